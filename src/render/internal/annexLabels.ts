/**
 * Words of the annexes as a reader meets them (附表1 in the Sichuan/Hunan 评分表 form, 附表2 exceptions
 * first, 附件说明 and 落款), per locale: the message table of these tables, kept apart from `labels.ts`
 * so its keys can grow without touching the narrative's table.
 */
import type { ReportLocale } from '../types.js';

/** @internal */
export interface AnnexLabels {
  /** 附件 label of annex n, printed alone before its heading: `附件1`. */
  readonly annexLabel: (n: number) => string;
  /** The 附件说明 lines (GB/T 9704 §7.3.6): `附件：1.评分表`, then `　　　2.合规性审核结果`. */
  readonly annexList: (titles: readonly string[]) => string[];
  /** 附表1 columns: the indicator level n (1-based) and the rest. */
  readonly level: (n: number) => string;
  readonly standard: string;
  readonly evidence: string;
  /** A group's name in its level column: `部门决策（20分）`. */
  readonly groupCell: (name: string, points: string) => string;
  /** The mark of lost points before a 扣分原因: `✗ 扣1分：`. */
  readonly lost: (points: string) => string;
  /** Evidence of a manual leaf (an evaluator's judgement, no computed value). */
  readonly manualEvidence: string;
  readonly pendingEvidence: string;
  readonly pendingReason: string;
  /** Evidence of a per-violation leaf: `发现问题0项`. */
  readonly violations: (n: string) => string;
  /** Evidence of a checklist leaf: `4项中满足4项`. */
  readonly checklist: (met: number, of: number) => string;
  /** 附表2: the count sentence. */
  readonly findingsSummary: (c: { total: number; fail: number; attention: number; pass: number; na: number }) => string;
  readonly exceptionsCaption: string;
  readonly passedCaption: string;
  readonly notApplicableCaption: string;
  readonly noExceptions: string;
  readonly item: string;
  readonly severity: string;
  readonly verdict: string;
  readonly situation: string;
  readonly basis: string;
  readonly count: string;
  readonly reason: string;
  /** Verdict words, with the mark a reader sees without colour. */
  readonly failMark: string;
  readonly waivedMark: (reason: string) => string;
  readonly errorMark: string;
  readonly suspectMark: string;
  /** The passed-group cell: `✓ 通过`, `✓ 5项均通过（其中2项为舍入差异）`. */
  readonly passedCount: (n: number, rounding: number) => string;
  /** A finding's title with the item it is about: `各项“三公”经费实际支出不超过预算（公务接待费）`. */
  readonly keyed: (title: string, key: string) => string;
  /** The items of a passed group: `（201、208、210）`. */
  readonly items: (keys: readonly string[]) => string;
  /** Plain sentences for a failed comparison: actual and expected already formatted with units. */
  readonly over: (actual: string, limit: string, by: string) => string;
  readonly under: (actual: string, floor: string, by: string) => string;
  readonly notBelow: (actual: string, limit: string) => string;
  readonly notAbove: (actual: string, floor: string) => string;
  /** A stated figure against the figure computed from its parts. */
  readonly differs: (actual: string, expected: string, by: string) => string;
  /** Two figures that should agree, neither of them the computed one. */
  readonly apart: (actual: string, expected: string, by: string) => string;
  readonly outside: (actual: string, range: string) => string;
  readonly shouldBe: (actual: string, expected: string) => string;
  /** A pass within the rounding bound by more than typical rounding: `相差0.14万元，在舍入界限内，但大于通常的舍入误差0.01万元，请核实`. */
  readonly suspect: (actual: string, expected: string, by: string, typical: string | undefined) => string;
  /** Not applicable: a fact the data do not give (its reason as written by the rules), or a condition that does not hold. */
  readonly notGiven: (reason: string) => string;
  readonly noSuchMatter: string;
  readonly noItems: string;
  /** `超预算0.40万元`: the flag of a bar over budget. */
  readonly overBudget: (by: string) => string;
  /** A note under a figure listing its flagged values (.docx, where bars cannot be hatched one by one). */
  readonly flaggedNote: (items: readonly string[]) => string;
  readonly disclosureKinds: Readonly<Record<string, string>>;
  readonly staffCategories: Readonly<Record<string, string>>;
  /** 依据 of a check with no document of its own: the report's figures must agree with one another. */
  readonly ownFigures: string;
}

const ZH: AnnexLabels = {
  annexLabel: (n) => `附件${n}`,
  annexList: (titles) => titles.map((t, i) => `${i === 0 ? '附件：' : '　　　'}${i + 1}.${t}`),
  level: (n) => `${['一', '二', '三', '四', '五', '六'][n - 1] ?? String(n)}级指标`,
  standard: '评分标准',
  evidence: '指标值',
  groupCell: (name, points) => `${name}（${points}分）`,
  lost: (points) => `✗\u00a0扣${points}分：`,
  manualEvidence: '评价人评议',
  pendingEvidence: '待评',
  pendingReason: '尚待评价人评分，总分暂定',
  violations: (n) => `发现问题${n}项`,
  checklist: (met, of) => `${of}项中满足${met}项`,
  findingsSummary: (c) => {
    const parts = [c.fail && `未通过${c.fail}项`, c.attention && `需关注${c.attention}项`, c.pass && `通过${c.pass}项`, c.na && `不适用${c.na}项`].filter(
      Boolean,
    );
    const order = c.fail + c.attention > 0 ? '未通过和需关注的事项列于前，' : '';
    return `共审核${c.total}项${parts.length ? `，${parts.join('，')}` : ''}。${order}通过和不适用的事项按规则合并列示。`;
  },
  exceptionsCaption: '未通过及需关注的事项',
  passedCaption: '通过的事项',
  notApplicableCaption: '不适用的事项',
  noExceptions: '未发现未通过或需关注的事项。',
  item: '审核事项',
  severity: '类别',
  verdict: '结论',
  situation: '情况',
  basis: '依据',
  count: '审核结果',
  reason: '原因',
  failMark: '✗\u00a0未通过',
  waivedMark: (reason) => `已豁免（${reason}）`,
  errorMark: '？\u00a0无法判断',
  suspectMark: '！\u00a0需核实',
  passedCount: (n, rounding) =>
    n === 1 ? `✓\u00a0通过${rounding > 0 ? '（舍入差异）' : ''}` : `✓\u00a0${n}项均通过${rounding > 0 ? `（其中${rounding}项为舍入差异）` : ''}`,
  keyed: (title, key) => `${title}（${key}）`,
  items: (keys) => `（${keys.join('、')}）`,
  over: (a, e, d) => `${a}，超过上限${e}，超出${d}`,
  under: (a, e, d) => `${a}，低于下限${e}，相差${d}`,
  notBelow: (a, e) => `${a}，应低于${e}`,
  notAbove: (a, e) => `${a}，应高于${e}`,
  differs: (a, e, d) => `报告数${a}，核算数${e}，相差${d}`,
  apart: (a, e, d) => `${a}，与${e}相差${d}`,
  outside: (a, r) => `${a}，不在${r}之内`,
  shouldBe: (a, e) => `${a}，应为${e}`,
  suspect: (a, e, d, t) => `报告数${a}，核算数${e}，相差${d}，在舍入界限内，但大于通常的舍入误差${t ? t : ''}，请核实`,
  notGiven: (reason) => `${reason}，不适用`,
  noSuchMatter: '本年度无此类事项，不适用',
  noItems: '无可核对的项目，不适用',
  overBudget: (by) => `超预算${by}`,
  flaggedNote: (items) => `注：${items.join('；')}。`,
  disclosureKinds: { budget: '部门预算', final_accounts: '部门决算', performance: '绩效信息', three_public_funds: '“三公”经费' },
  staffCategories: { civilServant: '公务员', institution: '事业人员', logistics: '工勤人员', other: '其他人员' },
  ownFigures: '报告所列数据之间的勾稽关系',
};

const EN: AnnexLabels = {
  annexLabel: (n) => `Annex ${n}`,
  annexList: (titles) => [`Annexes: ${titles.map((t, i) => `${i + 1}. ${t}`).join('; ')}`],
  level: (n) => `Level ${n}`,
  standard: 'Scoring standard',
  evidence: 'Value',
  groupCell: (name, points) => `${name} (${points})`,
  lost: (points) => `✗\u00a0−${points}: `,
  manualEvidence: 'evaluator’s judgement',
  pendingEvidence: 'pending',
  pendingReason: 'awaiting the evaluator’s score; the total is provisional',
  violations: (n) => `${n} found`,
  checklist: (met, of) => `${met} of ${of} met`,
  findingsSummary: (c) => {
    const parts = [
      c.fail && `${c.fail} failed`,
      c.attention && `${c.attention} need attention`,
      c.pass && `${c.pass} passed`,
      c.na && `${c.na} not applicable`,
    ].filter(Boolean);
    const grouped = 'passed and not-applicable checks are grouped by rule.';
    const order = c.fail + c.attention > 0 ? `Failed and flagged checks come first; ${grouped}` : `P${grouped.slice(1)}`;
    return `${c.total} checks${parts.length ? `: ${parts.join(', ')}` : ''}. ${order}`;
  },
  exceptionsCaption: 'Failed and flagged checks',
  passedCaption: 'Passed checks',
  notApplicableCaption: 'Checks not applicable',
  noExceptions: 'No check failed or needs attention.',
  item: 'Check',
  severity: 'Severity',
  verdict: 'Verdict',
  situation: 'What was found',
  basis: 'Basis',
  count: 'Result',
  reason: 'Why',
  failMark: '✗\u00a0failed',
  waivedMark: (reason) => `waived (${reason})`,
  errorMark: '? undecided',
  suspectMark: '! verify',
  passedCount: (n, rounding) =>
    n === 1 ? `✓\u00a0passed${rounding > 0 ? ' (rounding)' : ''}` : `✓\u00a0all ${n} passed${rounding > 0 ? ` (${rounding} within rounding)` : ''}`,
  keyed: (title, key) => `${title} (${key})`,
  items: (keys) => ` (${keys.join(', ')})`,
  over: (a, e, d) => `${a}, above the limit ${e} by ${d}`,
  under: (a, e, d) => `${a}, below the floor ${e} by ${d}`,
  notBelow: (a, e) => `${a}, should be below ${e}`,
  notAbove: (a, e) => `${a}, should be above ${e}`,
  differs: (a, e, d) => `stated ${a}, computed ${e}, difference ${d}`,
  apart: (a, e, d) => `${a}, differs from ${e} by ${d}`,
  outside: (a, r) => `${a}, outside ${r}`,
  shouldBe: (a, e) => `${a}, should be ${e}`,
  suspect: (a, e, d, t) =>
    `stated ${a}, computed ${e}, difference ${d}: within the rounding bound but above typical rounding${t ? ` ${t}` : ''}; please verify`,
  notGiven: (reason) => `${reason}: not applicable`,
  noSuchMatter: 'no such matter this year: not applicable',
  noItems: 'nothing to check: not applicable',
  overBudget: (by) => `over budget by ${by}`,
  flaggedNote: (items) => `Note: ${items.join('; ')}.`,
  disclosureKinds: { budget: 'budget', final_accounts: 'final accounts', performance: 'performance information', three_public_funds: 'three public funds' },
  staffCategories: { civilServant: 'civil servants', institution: 'institution staff', logistics: 'logistics staff', other: 'other staff' },
  ownFigures: 'the report’s own figures must agree',
};

/** Annex words for a locale. @internal */
export function annexLabelsFor(locale: ReportLocale): AnnexLabels {
  return locale === 'en' ? EN : ZH;
}
