/** 附表1 评分表 (the full indicator tree) and 附表2 合规性审核结果 (every finding). */
import type { ScoreNode } from '../../scoring/types.js';
import { type Dec, dec, toCanonical } from '../../model/money/decimal.js';
import { formatPoints } from '../format/number.js';
import { type Ctx, para, paras, section } from '../internal/context.js';
import type { ReportSection, TableBlock, TableRow } from '../types.js';
import { findingRows } from './findingCells.js';

/** The claimed points of each node (review), by id: a differing claim as claimed, else the computed points; groups add up. */
type Claims = ReadonlyMap<string, string>;

function claimedOf(n: ScoreNode, claims: Claims, out: Map<string, Dec>): Dec {
  const own = claims.get(n.id);
  const kids = n.children && n.children.length > 0 ? n.children.map((c) => claimedOf(c, claims, out)).reduce((a, b) => a.plus(b), dec(0)) : undefined;
  const v = own !== undefined ? dec(own) : (kids ?? dec(n.earned));
  out.set(n.id, v);
  return v;
}

/**
 * The claimed column, when the department's claims differ from what the data supports (or cannot be
 * matched): the 自评分 of every node and the claimed total. Undefined when every claim agrees — a
 * column equal to 核定分 says nothing (the Enyang reference's claimed 98 is its computed 98).
 */
function claimedColumn(ctx: Ctx): { byId: ReadonlyMap<string, Dec>; total: string } | undefined {
  const r = ctx.result.review;
  if (!r) return undefined;
  const s = ctx.result.score;
  const totalDiffers = r.claimedTotal !== undefined && !dec(r.claimedTotal).eq(dec(s.total));
  const gradeDiffers = r.claimedGrade !== undefined && r.claimedGrade !== r.computedGrade;
  if (r.differences.length === 0 && !totalDiffers && !gradeDiffers && (r.unmatched ?? []).length === 0) return undefined;
  const byId = new Map<string, Dec>();
  const claims = new Map(r.differences.map((d) => [d.indicatorId, d.claimed]));
  const sum = s.root.map((n) => claimedOf(n, claims, byId)).reduce((a, b) => a.plus(b), dec(0));
  return { byId, total: r.claimedTotal ?? toCanonical(sum) };
}

function scoreRows(ctx: Ctx, nodes: readonly ScoreNode[], level: number, out: TableRow[], claimed: ReadonlyMap<string, Dec> | undefined): TableRow[] {
  for (const n of nodes) {
    const leaf = !n.children || n.children.length === 0;
    const deducted = formatPoints(n.deducted) !== '0';
    const reason = leaf ? (deducted || n.status === 'pending' ? ctx.text(n.explanation ?? '') || '—' : '—') : '';
    const c = claimed?.get(n.id);
    const points = c !== undefined ? [formatPoints(toCanonical(c)), formatPoints(n.earned)] : [formatPoints(n.earned)];
    out.push({ cells: [ctx.text(n.name), formatPoints(n.max), ...points, reason], level, ...(leaf ? {} : { emphasis: true }) });
    if (!leaf) scoreRows(ctx, n.children ?? [], level + 1, out, claimed);
  }
  return out;
}

/** `等级：优秀`, with `（暂定）；已评 39 / 100 分` while any indicator is pending and the claimed grade when it differs. @internal */
export function gradeCell(ctx: Ctx): string {
  const L = ctx.labels;
  const s = ctx.result.score;
  const provisional = s.provisional === true;
  const assessed = provisional && s.assessed ? `${L.listSeparator}${L.assessedOf(formatPoints(s.assessed.points), formatPoints(s.assessed.of))}` : '';
  const r = ctx.result.review;
  const claimedGrade =
    r?.claimedGrade !== undefined && r.claimedGrade !== r.computedGrade ? `${L.listSeparator}${L.claimedPoints}${L.colon}${ctx.text(r.claimedGrade)}` : '';
  return `${L.grade}${L.colon}${s.grade.label}${s.grade.assumed ? L.aside(L.gradeAssumed) : ''}${provisional ? L.aside(L.provisional) : ''}${assessed}${claimedGrade}`;
}

/** 附表1 评分表. @internal */
export function scoreTable(ctx: Ctx): TableBlock {
  const L = ctx.labels;
  const s = ctx.result.score;
  const claimed = claimedColumn(ctx);
  const rows = scoreRows(ctx, s.root, 0, [], claimed?.byId);
  const totals = claimed ? [formatPoints(claimed.total), formatPoints(s.total)] : [formatPoints(s.total)];
  rows.push({ cells: [L.total, formatPoints(s.max), ...totals, gradeCell(ctx)], emphasis: true });
  const earned = claimed
    ? [
        { label: L.claimedPoints, align: 'right' as const, width: '9%' },
        { label: L.reviewedPoints, align: 'right' as const, width: '9%' },
      ]
    : [{ label: L.earned, align: 'right' as const, width: '9%' }];
  return {
    kind: 'table',
    id: 'tbl-scores',
    caption: `${L.appendixNumber(1)}${L.appendixScores}`,
    columns: [
      { label: L.indicator, align: 'left', width: '34%' },
      { label: L.points, align: 'right', width: '9%' },
      ...earned,
      { label: L.reason, align: 'left', width: claimed ? '39%' : '48%' },
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

/**
 * `评价指标体系：…（2023.1-reconstructed）（未指定评价指标体系，缺省选用）。`, followed by the scope notices
 * when the department is outside the system's scope. @internal
 */
export function systemSentence(ctx: Ctx): string {
  const L = ctx.labels;
  const s = ctx.result.score;
  const scope = ctx.result.notices.filter((n) => n.code === 'system_scope_mismatch').map((n) => L.aside(ctx.text(noticeText(n.message))));
  return L.systemLine(ctx.text(s.systemName), s.systemVersion, `${ctx.result.system?.chosenBy === 'default' ? L.systemDefault : ''}${scope.join('')}`);
}

/** A notice's message without its path prefix ("department.region：…"). */
const noticeText = (message: string): string => message.replace(/^[^：:]*[：:]\s*/u, '');

/** Both appendices. @internal */
export function appendixSections(ctx: Ctx): ReportSection[] {
  const L = ctx.labels;
  const lang = ctx.locale === 'en' ? { lang: 'en' as const } : {};
  const findings = ctx.result.rules.findings;
  return [
    { ...section('app-1', L.appendixNumber(1), L.appendixScores, [para(systemSentence(ctx)), scoreTable(ctx)]), ...lang },
    {
      ...section('app-2', L.appendixNumber(2), L.appendixFindings, findings.length ? [...paras([L.findingsNote]), findingsTable(ctx)] : [para(L.noFindings)]),
      ...lang,
    },
  ];
}
