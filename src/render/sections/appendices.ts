/** 附表1 评分表 (the indicator tree in the 评分表 form) and 附表2 合规性审核结果 (exceptions first), the 附件说明 and 落款. */
import type { ScoreNode } from '../../scoring/types.js';
import { type Dec, dec, toCanonical } from '../../model/money/decimal.js';
import { formatDate, formatPoints } from '../format/number.js';
import { type AnnexLabels, annexLabelsFor } from '../internal/annexLabels.js';
import { type Ctx, para, section } from '../internal/context.js';
import type { ReportClosing, ReportSection, TableBlock, TableRow } from '../types.js';
import { findingsBlocks } from './findingCells.js';

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

/** A leaf's points lost, `"1"`, or undefined when it lost none. */
const lostPoints = (n: ScoreNode): string | undefined => (formatPoints(n.deducted) !== '0' ? formatPoints(n.deducted) : undefined);

/**
 * The computed evidence of a leaf, from its scoring trace: the metric it was scored on (82.35%,
 * −47.10%), the count of problems found, the items of a checklist met, or that an evaluator judged it.
 */
function evidenceOf(ctx: Ctx, A: AnnexLabels, n: ScoreNode): string {
  const m = n.metric ?? [];
  if (n.status === 'pending') return A.pendingEvidence;
  if (n.method === 'manual') return A.manualEvidence;
  if (n.method === 'checklist' && m.length > 0) return A.checklist(m.filter((x) => x.value === true).length, m.length);
  const first = m[0];
  if (!first) return '—';
  return n.method === 'perViolation' && first.value !== null ? A.violations(first.display) : ctx.text(first.display);
}

/**
 * 扣分原因 that says what happened: the evaluator's own reason for an assessed leaf, the scoring
 * explanation (figures, band, rule) for a computed one; a trailing "扣N分" is dropped because the
 * mark before it (`✗ 扣1分：`) says it. Empty when nothing was lost.
 */
function reasonOf(ctx: Ctx, A: AnnexLabels, n: ScoreNode): string {
  if (n.status === 'pending') return n.explanation ? ctx.text(n.explanation) : A.pendingReason;
  const lost = lostPoints(n);
  if (lost === undefined) return '';
  const said = ctx.text((n.method === 'manual' && n.assessment?.reason) || n.explanation || '');
  const trimmed = said.replace(new RegExp(`[，,]?扣${lost.replace('.', '\\.')}分[。.]?$`, 'u'), '');
  return `${A.lost(lost)}${trimmed}`;
}

/** The depth of the deepest leaf (root nodes are depth 1). */
const depthOf = (nodes: readonly ScoreNode[]): number => nodes.reduce((d, n) => Math.max(d, 1 + (n.children?.length ? depthOf(n.children) : 0)), 0);

interface Walk {
  readonly levels: number;
  readonly claimed: ReadonlyMap<string, Dec> | undefined;
  readonly rows: TableRow[];
}

/** One row per leaf; an ancestor's name (with its points) in its level's column on the first row under it. */
function leafRows(ctx: Ctx, A: AnnexLabels, nodes: readonly ScoreNode[], path: readonly (string | undefined)[], w: Walk): void {
  nodes.forEach((n, i) => {
    const lead = path.map((p) => (i === 0 ? p : undefined));
    if (n.children && n.children.length > 0) {
      leafRows(ctx, A, n.children, [...lead, A.groupCell(ctx.text(n.name), formatPoints(n.max))], w);
      return;
    }
    const names = [...lead.map((p) => p ?? ''), ctx.text(n.name)];
    while (names.length < w.levels) names.push('');
    const c = w.claimed?.get(n.id);
    const points = c !== undefined ? [formatPoints(toCanonical(c)), formatPoints(n.earned)] : [formatPoints(n.earned)];
    const standard = n.standard ? ctx.text(n.standard) : '—';
    w.rows.push({
      cells: [...names.slice(0, w.levels), formatPoints(n.max), standard, evidenceOf(ctx, A, n), ...points, reasonOf(ctx, A, n)],
      ...(lostPoints(n) !== undefined || n.status === 'pending' ? { alert: true } : {}),
      data: { 'indicator-id': n.id },
    });
  });
}

/**
 * 附表1 评分表 in the form of the Sichuan/Hunan 评分表: 一级/二级/三级指标 (as deep as the system goes),
 * 分值, 评分标准, the computed 指标值, 得分 (自评分 beside 核定分 when the claims differ) and 扣分原因.
 * @internal
 */
export function scoreTable(ctx: Ctx): TableBlock {
  const L = ctx.labels;
  const A = annexLabelsFor(ctx.locale);
  const s = ctx.result.score;
  const claimed = claimedColumn(ctx);
  const levels = Math.max(1, depthOf(s.root));
  const w: Walk = { levels, claimed: claimed?.byId, rows: [] };
  leafRows(ctx, A, s.root, [], w);
  const totals = claimed ? [formatPoints(claimed.total), formatPoints(s.total)] : [formatPoints(s.total)];
  const blanks = (k: number): string[] => Array.from({ length: k }, () => '');
  w.rows.push({ cells: [L.total, ...blanks(levels - 1), formatPoints(s.max), '', '', ...totals, gradeCell(ctx)], emphasis: true });
  const earned = claimed
    ? [
        { label: L.claimedPoints, align: 'right' as const, width: '6%' },
        { label: L.reviewedPoints, align: 'right' as const, width: '6%' },
      ]
    : [{ label: L.earned, align: 'right' as const, width: '5%' }];
  // The level columns share about a quarter of the width; the standard gets the most.
  const levelWidth = Math.floor((levels <= 3 ? 24 : 28) / levels);
  return {
    kind: 'table',
    id: 'tbl-scores',
    caption: `${L.appendixNumber(1)}${L.appendixScores}`,
    columns: [
      ...Array.from({ length: levels }, (_, i) => ({ label: A.level(i + 1), align: 'left' as const, width: `${levelWidth}%` })),
      { label: L.points, align: 'right', width: '5%' },
      { label: A.standard, align: 'left', width: claimed ? '30%' : '35%' },
      { label: A.evidence, align: 'left', width: '10%' },
      ...earned,
      { label: L.reason, align: 'left', width: '21%' },
    ],
    rows: w.rows,
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

/** Both appendices, each with its 附件 label. @internal */
export function appendixSections(ctx: Ctx): ReportSection[] {
  const L = ctx.labels;
  const A = annexLabelsFor(ctx.locale);
  const lang = ctx.locale === 'en' ? { lang: 'en' as const } : {};
  const findings = ctx.result.rules.findings;
  return [
    { ...section('app-1', L.appendixNumber(1), L.appendixScores, [para(systemSentence(ctx)), scoreTable(ctx)]), label: A.annexLabel(1), ...lang },
    {
      ...section('app-2', L.appendixNumber(2), L.appendixFindings, findings.length ? findingsBlocks(ctx) : [para(L.noFindings)]),
      label: A.annexLabel(2),
      ...lang,
    },
  ];
}

/**
 * The close of the body (GB/T 9704 §7.3.5–7.3.6): the 附件说明 naming the annexes (when they are
 * printed) and the 落款 — the department in a self-evaluation, and the date the input gives. @internal
 */
export function closingOf(ctx: Ctx, appendices: readonly ReportSection[]): ReportClosing {
  const A = annexLabelsFor(ctx.locale);
  const r = ctx.input.report;
  const signature = [...(r.mode === 'self' ? [ctx.text(ctx.input.department.name)] : []), ...(r.publishedOn ? [formatDate(r.publishedOn)] : [])];
  return { annexes: appendices.length > 0 ? A.annexList(appendices.map((a) => a.title)) : [], signature };
}
