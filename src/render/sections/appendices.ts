/** 附表1 评分表 (the full indicator tree) and 附表2 合规性审核结果 (every finding). */
import type { ScoreNode } from '../../scoring/types.js';
import { formatPoints } from '../format/number.js';
import { type Ctx, para, paras, section } from '../internal/context.js';
import type { ReportSection, TableBlock, TableRow } from '../types.js';
import { findingRows } from './findingCells.js';

function scoreRows(ctx: Ctx, nodes: readonly ScoreNode[], level: number, out: TableRow[]): TableRow[] {
  for (const n of nodes) {
    const leaf = !n.children || n.children.length === 0;
    const deducted = formatPoints(n.deducted) !== '0';
    const reason = leaf ? (deducted ? ctx.text(n.explanation ?? '') || '—' : '—') : '';
    out.push({ cells: [ctx.text(n.name), formatPoints(n.max), formatPoints(n.earned), reason], level, ...(leaf ? {} : { emphasis: true }) });
    if (!leaf) scoreRows(ctx, n.children ?? [], level + 1, out);
  }
  return out;
}

/** 附表1 评分表. @internal */
export function scoreTable(ctx: Ctx): TableBlock {
  const L = ctx.labels;
  const s = ctx.result.score;
  const grade = `${L.grade}${L.colon}${s.grade.label}${s.grade.assumed ? L.aside(L.gradeAssumed) : ''}`;
  const rows = scoreRows(ctx, s.root, 0, []);
  rows.push({ cells: [L.total, formatPoints(s.max), formatPoints(s.total), grade], emphasis: true });
  return {
    kind: 'table',
    id: 'tbl-scores',
    caption: `${L.appendixNumber(1)}${L.appendixScores}`,
    columns: [
      { label: L.indicator, align: 'left', width: '34%' },
      { label: L.points, align: 'right', width: '9%' },
      { label: L.earned, align: 'right', width: '9%' },
      { label: L.reason, align: 'left', width: '48%' },
    ],
    rows,
  };
}

/** 附表2 合规性审核结果. @internal */
export function findingsTable(ctx: Ctx): TableBlock {
  const L = ctx.labels;
  return {
    kind: 'table',
    id: 'tbl-findings',
    caption: `${L.appendixNumber(2)}${L.appendixFindings}`,
    columns: [
      { label: L.rule, align: 'left', width: '22%' },
      { label: L.severity, align: 'center', width: '9%' },
      { label: L.status, align: 'center', width: '10%' },
      { label: L.actual, align: 'right', width: '13%' },
      { label: L.expected, align: 'right', width: '13%' },
      { label: L.difference, align: 'right', width: '13%' },
      { label: L.reference, align: 'left', width: '20%' },
    ],
    rows: findingRows(ctx),
  };
}

/** Both appendices. @internal */
export function appendixSections(ctx: Ctx): ReportSection[] {
  const L = ctx.labels;
  const lang = ctx.locale === 'en' ? { lang: 'en' as const } : {};
  const s = ctx.result.score;
  const findings = ctx.result.rules.findings;
  return [
    { ...section('app-1', L.appendixNumber(1), L.appendixScores, [para(L.systemLine(ctx.text(s.systemName), s.systemVersion)), scoreTable(ctx)]), ...lang },
    {
      ...section('app-2', L.appendixNumber(2), L.appendixFindings, findings.length ? [...paras([L.findingsNote]), findingsTable(ctx)] : [para(L.noFindings)]),
      ...lang,
    },
  ];
}
