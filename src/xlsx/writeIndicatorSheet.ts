import { utils, write } from '@e965/xlsx';
import type { IndicatorSystem } from '../scoring/schema/system.js';
import type { ScoreSheet } from '../scoring/types.js';
import { type LayoutNode, layoutSheet } from './internal/layout.js';
import { CELL_TEXT_LIMIT, MACHINE_SHEET, machineSheet } from './internal/machine.js';
import { childrenOf, type Data, FIELDS, omit, rootsOf, text } from './internal/system.js';
import { writeScoreSheetBytes } from './internal/writeScoreSheet.js';

/**
 * Options of {@link writeIndicatorSheet}.
 *
 * @example
 * ```ts
 * import { getBuiltInSystem } from 'jixiao';
 * import { writeIndicatorSheet, type WriteSheetOptions } from 'jixiao/xlsx';
 * import { writeFileSync } from 'node:fs';
 * const options: WriteSheetOptions = { format: 'xls' };
 * const system = getBuiltInSystem('enyang-2023');
 * if (system) writeFileSync('system.xls', writeIndicatorSheet(system, options));
 * ```
 */
export interface WriteSheetOptions {
  /** `xlsx` (default) or legacy `xls` (BIFF8, for older office suites). */
  readonly format?: 'xlsx' | 'xls';
}

/** Chinese names of the method types, shown in the 方法类型 column. */
const METHOD_NAMES: Readonly<Record<string, string>> = {
  linear: '线性扣分',
  bands: '分档计分',
  ratio: '按比例计分',
  checklist: '逐项核查',
  perViolation: '逐项扣分',
  categorical: '分类计分',
  manual: '人工评分',
};

/**
 * Headers of an exported indicator system, after the 一级/二级/三级指标 columns (指标ID is hidden).
 *
 * @example
 * ```ts
 * import { SYSTEM_COLUMNS } from 'jixiao/xlsx';
 * SYSTEM_COLUMNS; // ['分值', '指标解释', '评分标准', '方法类型', '数据来源', '指标ID']
 * ```
 */
export const SYSTEM_COLUMNS = ['分值', '指标解释', '评分标准', '方法类型', '数据来源', '指标ID'] as const;

function methodOf(node: Data): { type?: string; fact?: string } {
  const type = text(node, FIELDS.method);
  const facts = node['facts'];
  const fact = text(node, 'fact') ?? (Array.isArray(facts) ? facts.filter((f) => typeof f === 'string').join('、') : undefined);
  return { ...(type !== undefined ? { type } : {}), ...(fact ? { fact } : {}) };
}

function toLayout(node: Data): LayoutNode {
  const name = text(node, FIELDS.name) ?? '';
  const points = text(node, FIELDS.points);
  const children = childrenOf(node);
  if (children.length > 0) return { name, ...(points !== undefined ? { points } : {}), children: children.map(toLayout) };
  const m = methodOf(node);
  return {
    name,
    cells: {
      分值: points,
      指标解释: text(node, FIELDS.explanation),
      评分标准: text(node, FIELDS.standard),
      方法类型: m.type ? (METHOD_NAMES[m.type] ?? m.type) : undefined,
      数据来源: m.fact,
      指标ID: text(node, FIELDS.id),
    },
  };
}

function machineNodes(nodes: readonly Data[], prefix: readonly string[], out: { path: string[]; data: Data }[]): typeof out {
  for (const n of nodes) {
    const path = [...prefix, text(n, FIELDS.name) ?? ''];
    out.push({ path, data: omit(n, FIELDS.children) });
    machineNodes(childrenOf(n), path, out);
  }
  return out;
}

const isScoreSheet = (x: unknown): x is ScoreSheet =>
  typeof x === 'object' && x !== null && 'systemId' in x && 'total' in x && 'deductions' in x && Array.isArray((x as ScoreSheet).root);

/**
 * Write an indicator system — or an evaluation's score sheet — as `.xlsx` (or `.xls`) bytes in the common
 * layout (一级/二级/三级指标 with merged cells, 分值, 指标解释, 评分标准 …). A system's sheet
 * also carries a hidden `jixiao` sheet with each node's machine-readable data (ids, method
 * parameters), so {@link readIndicatorSheet} gives the same system back.
 *
 * @example
 * ```ts
 * import { writeIndicatorSheet } from 'jixiao/xlsx';
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('system.xlsx', writeIndicatorSheet(system));
 * writeFileSync('score.xlsx', writeIndicatorSheet(result.score));
 * ```
 */
export function writeIndicatorSheet(input: IndicatorSystem | ScoreSheet, options: WriteSheetOptions = {}): Uint8Array {
  const bookType = options.format === 'xls' ? 'biff8' : 'xlsx';
  if (isScoreSheet(input)) return writeScoreSheetBytes(input, bookType, CELL_TEXT_LIMIT[options.format ?? 'xlsx']);
  const system = input as unknown as Data;
  const roots = rootsOf(system);
  const ws = layoutSheet(roots.map(toLayout), {
    title: text(system, 'name') ?? '',
    columns: SYSTEM_COLUMNS,
    numeric: new Set(['分值']),
    hidden: new Set(['指标ID']),
    widths: { 指标解释: 40, 评分标准: 50, 数据来源: 24 },
    maxCellText: CELL_TEXT_LIMIT[options.format ?? 'xlsx'],
  });
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, '指标体系');
  utils.book_append_sheet(
    wb,
    machineSheet(omit(system, FIELDS.tree), machineNodes(roots, [], []), Math.min(30_000, CELL_TEXT_LIMIT[options.format ?? 'xlsx'])),
    MACHINE_SHEET,
  );
  wb.Workbook = {
    Sheets: [
      { name: '指标体系', Hidden: 0 },
      { name: MACHINE_SHEET, Hidden: 1 },
    ],
  };
  return new Uint8Array(write(wb, { type: 'array', bookType, compression: true, bookSST: bookType === 'biff8' }) as ArrayBuffer);
}
