import { utils, write } from '@e965/xlsx';
import { dec, toCanonical } from '../../model/money/decimal.js';
import type { ScoreNode, ScoreSheet } from '../../scoring/types.js';
import { type LayoutNode, layoutSheet } from './layout.js';

/** Headers of an exported score sheet, after the level columns. @internal */
export const SCORE_COLUMNS = ['分值', '得分', '扣分', '扣分原因', '评分标准', '数据', '方法类型', '状态', '指标ID'] as const;

function toLayout(n: ScoreNode): LayoutNode {
  if (n.children?.length) return { name: n.name, points: n.max, children: n.children.map(toLayout) };
  return {
    name: n.name,
    cells: {
      分值: n.max,
      得分: n.earned,
      扣分: n.deducted,
      扣分原因: n.explanation,
      评分标准: n.standard,
      数据: n.metric?.map((m) => m.display).join('；'),
      方法类型: n.method,
      状态: n.status,
      指标ID: n.id,
    },
  };
}

/** Write a scored sheet as .xlsx bytes. @internal */
export function writeScoreSheetBytes(sheet: ScoreSheet, bookType: 'xlsx' | 'biff8', maxCellText: number): Uint8Array {
  const ws = layoutSheet(sheet.root.map(toLayout), {
    title: `${sheet.systemName}评分表`,
    columns: SCORE_COLUMNS,
    numeric: new Set(['分值', '得分', '扣分']),
    hidden: new Set(['指标ID']),
    widths: { 扣分原因: 40, 评分标准: 40, 数据: 24 },
    maxCellText,
    footer: [
      { label: '合计', cells: { 分值: sheet.max, 得分: sheet.total, 扣分: subtract(sheet.max, sheet.total) } },
      { label: '等级', cells: { 扣分原因: `${sheet.grade.label}${sheet.grade.assumed ? '（等级划分系假定）' : ''}` } },
    ],
  });
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, '评分表');
  return new Uint8Array(write(wb, { type: 'array', bookType, compression: true, bookSST: bookType === 'biff8' }) as ArrayBuffer);
}

function subtract(a: string, b: string): string {
  return toCanonical(dec(a).minus(b));
}
