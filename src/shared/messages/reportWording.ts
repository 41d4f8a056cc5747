import type { Locale } from '../issues.js';

/**
 * The sentences the report generates from the result (四、评价结论, 五、存在的问题及建议 and the
 * 待核实 notes), in zh-CN (公文 register) and en. Callers format every value first (amounts with
 * their unit, points); these functions only choose the words and the order. @internal
 */

/** The areas a failed check is reported under (one problem paragraph and one suggestion each). @internal */
export type ReportArea = 'accounts' | 'threePublic' | 'staffing' | 'disclosure' | 'procurement' | 'carryOver' | 'other';

/** One deduction of the score sheet: what it is called and the points lost. @internal */
export interface WordedDeduction {
  readonly label: string;
  readonly points: string;
}

/** One indicator whose claimed score differs from the computed one. @internal */
export interface WordedDifference {
  readonly name: string;
  readonly claimed: string;
  readonly computed: string;
}

/** What the score sentence says. @internal */
export interface ScoreWords {
  /** A self-evaluation (`我局…自评结果`) or an evaluation by someone else. */
  readonly self: boolean;
  /** How the department is named: `我局` in a self-evaluation, else its short name. */
  readonly who: string;
  readonly year: number;
  readonly total: string;
  readonly grade: string;
  /** While indicators are pending: points assessed, of, and how many are pending. */
  readonly pending?: { readonly points: string; readonly of: string; readonly count: number };
  /** The department's claimed total when it differs from the computed one, with its grade when claimed. */
  readonly claimed?: { readonly total: string; readonly grade?: string; readonly lower: boolean; readonly difference: string };
  readonly deductions: readonly WordedDeduction[];
  /** Indicators whose claimed score differs from the computed one (printed whether or not a total is claimed). */
  readonly differences: readonly WordedDifference[];
}

/** Counts of the compliance review. @internal */
export interface RuleCounts {
  readonly total: number;
  readonly pass: number;
  readonly fail: number;
  readonly errors: number;
  readonly waived: number;
  readonly notApplicable: number;
  readonly error: number;
  readonly appendix: boolean;
}

/** The sentences of the report, in one language. @internal */
export interface ReportWording {
  /** Printed before a note for the author: visible in every output, not by colour alone. */
  readonly flagPrefix: string;
  readonly areas: Readonly<Record<ReportArea, string>>;
  /** One improvement suggestion per area with a failed check. */
  readonly suggestions: Readonly<Record<ReportArea, string>>;
  /** The opening of 评价结论 when no mandatory check failed (generated when the input has none). */
  readonly conclusionClean: string;
  /** The opening when mandatory checks failed: how many, in which areas. */
  readonly conclusionFailed: (count: number, areas: readonly string[]) => string;
  /** The input's own opening followed by the score sentence. */
  readonly withLead: (lead: string, rest: string) => string;
  /** The flag replacing the input's opening when mandatory checks failed. */
  readonly conclusionUnsupported: (lead: string, count: number) => string;
  readonly score: (w: ScoreWords) => string;
  readonly rules: (c: RuleCounts) => string;
  /** 存在问题: the paragraph of one area. */
  readonly problemArea: (area: string, clauses: readonly string[]) => string;
  /** Before the problems found by the compliance review. */
  readonly problemsLead: string;
  readonly noProblems: string;
  readonly noSuggestions: string;
  /** A stated total that fails its check: the computed figure is printed, the stated one flagged. */
  readonly statedTotalDiffers: (what: string, stated: string, computed: string) => string;
  /** A department's explanation that the figures no longer support. */
  readonly explanationUnsupported: (explanation: string, why: string) => string;
  /** Why: an item over its budget. */
  readonly overBudget: (item: string, actual: string, budget: string) => string;
  /** Names of stated totals in {@link ReportWording.statedTotalDiffers}. */
  readonly totals: { readonly income: string; readonly expenditure: string; readonly carryOut: string; readonly functional: (name: string) => string };
  /** The 三公 total, named in {@link ReportWording.overBudget}. */
  readonly threePublicTotal: string;
  /** Why: the explanation states amounts the data do not have. */
  readonly staleAmounts: (stated: readonly string[], data: readonly string[]) => string;
}

const ZH: ReportWording = {
  flagPrefix: '【待核实】',
  areas: {
    accounts: '收支核算',
    threePublic: '“三公”经费管理',
    staffing: '人员编制管理',
    disclosure: '预决算信息公开',
    procurement: '政府采购管理',
    carryOver: '结转结余管理',
    other: '其他',
  },
  suggestions: {
    accounts: '加强决算编报审核，确保报告所列合计数与各组成部分之和一致、报表数据与账簿明细相符。',
    threePublic: '严格执行“三公”经费预算，从严控制公务接待等支出，确需超预算支出的应按规定履行预算调整程序并作出说明。',
    staffing: '严格执行机构编制管理规定，将在职人员控制在核定编制以内，编外人员单独列示。',
    disclosure: '按照《中华人民共和国预算法》和《地方预决算公开操作规程》的规定，及时、完整公开部门预算和决算信息。',
    procurement: '对达到政府采购限额标准的支出依法实施政府采购，如实报告政府采购情况。',
    carryOver: '加快预算执行进度，及时清理盘活结转结余资金。',
    other: '对合规性审核发现的其他问题逐项整改并作出说明。',
  },
  conclusionClean: '综合以上各项指标，财务管理健全规范，合规性审核强制性事项全部通过',
  conclusionFailed: (count, areas) =>
    `综合以上各项指标，合规性审核发现强制性问题${count}项${areas.length > 0 ? `，涉及${areas.join('、')}等方面` : ''}，财务管理有待进一步规范。`,
  withLead: (lead, rest) => `${lead}，${rest}`,
  conclusionUnsupported: (lead, count) => `报告原文“${lead}”与合规性审核结果不符（强制性审核事项未通过${count}项），未予采用，请核实后修改。`,
  score: (w) => {
    const kind = w.self ? '自评结果' : '评价结果';
    const pending = w.pending ? `，暂定；已评${w.pending.points}/${w.pending.of}分，待评${w.pending.count}项` : '';
    const ded = w.deductions.map((d) => `${d.label}扣${d.points}分`).join('，');
    const diffs = w.differences.map((d) => `${d.name}自评${d.claimed}分、核定${d.computed}分`).join('；');
    const differ = diffs ? `自评分与核定分不一致的指标：${diffs}。` : '';
    if (!w.claimed) {
      const head = `${w.who}${w.year}年部门整体支出绩效${kind}：总评分${w.total}分（${w.grade}${pending}）。`;
      return `${head}${ded ? `主要扣分点为${ded}。` : '各项指标均未扣分。'}${differ}`;
    }
    const c = w.claimed;
    const claimedGrade = c.grade ? `（${c.grade}）` : '';
    const head = `${w.who}${w.year}年部门整体支出绩效${kind}：自评分${c.total}分${claimedGrade}，依据所提供数据核定为${w.total}分（${w.grade}${pending}），较自评分${c.lower ? '核减' : '核增'}${c.difference}分。`;
    const deductions = ded ? `核定扣分点为${ded}。` : '核定各项指标均未扣分。';
    return `${head}${deductions}${differ}`;
  },
  rules: (c) => {
    const parts = [`共审核${c.total}项`, `通过${c.pass}项`];
    if (c.fail > 0) parts.push(`未通过${c.fail}项${c.errors > 0 ? `（其中强制性${c.errors}项）` : ''}`);
    if (c.waived > 0) parts.push(`已豁免${c.waived}项`);
    if (c.notApplicable > 0) parts.push(`不适用${c.notApplicable}项`);
    if (c.error > 0) parts.push(`无法判断${c.error}项`);
    return `经合规性审核，${parts.join('，')}${c.appendix ? '，详见附表2' : ''}。`;
  },
  problemArea: (area, clauses) => `${area}方面：${clauses.join('；')}。`,
  problemsLead: '经合规性审核，发现以下问题：',
  noProblems: '未发现需要说明的问题。',
  noSuggestions: '无。',
  statedTotalDiffers: (what, stated, computed) => `报告所列${what}${stated}与其各组成部分之和${computed}不一致，上文按各组成部分之和列示，请核实。`,
  explanationUnsupported: (explanation, why) => `部门说明“${explanation}”与数据不符（${why}），未作为事实引用，请核实后修改。`,
  overBudget: (item, actual, budget) => `${item}实际支出${actual}，超过年初预算${budget}`,
  threePublicTotal: '“三公”经费合计',
  totals: { income: '收入决算总额', expenditure: '支出决算总额', carryOut: '年末结转和结余', functional: (name) => name },
  staleAmounts: (stated, data) =>
    data.length > 0 ? `说明所列金额${stated.join('、')}与报告数据${data.join('、')}不一致` : `说明所列金额${stated.join('、')}在报告数据中没有对应`,
};

const EN: ReportWording = {
  flagPrefix: '[To be verified] ',
  areas: {
    accounts: 'Accounts and totals',
    threePublic: '"Three public" funds',
    staffing: 'Staffing',
    disclosure: 'Disclosure of budgets and final accounts',
    procurement: 'Government procurement',
    carryOver: 'Carry-over',
    other: 'Other',
  },
  suggestions: {
    accounts: 'Review the final accounts before publishing them, so that every stated total equals the sum of its parts and agrees with the ledger.',
    threePublic:
      'Keep "three public" spending within its budget, control official reception and similar spending strictly, and adjust the budget through the proper procedure, with an explanation, where more is needed.',
    staffing: 'Keep in-post staff within the approved quota and list staff outside the quota separately.',
    disclosure: 'Publish the department budget and final accounts completely and on time, as the Budget Law and the disclosure procedures require.',
    procurement: 'Procure through government procurement whatever reaches the procurement threshold, and report it.',
    carryOver: 'Speed up budget execution and put carried-over funds to use.',
    other: 'Correct each other problem found by the compliance review and explain it.',
  },
  conclusionClean: 'Taken together, financial management is sound and every mandatory compliance check passed',
  conclusionFailed: (count, areas) =>
    `Taken together, the compliance review found ${count} mandatory ${count === 1 ? 'check' : 'checks'} failed${areas.length > 0 ? ` (${areas.join(', ')})` : ''}; financial management needs to be tightened.`,
  withLead: (lead, rest) => (/[\p{Script=Han}”）]$/u.test(lead) ? `${lead}。${rest}` : `${lead}. ${rest}`),
  conclusionUnsupported: (lead, count) =>
    `The report's own wording "${lead}" contradicts the compliance review (${count} mandatory ${count === 1 ? 'check' : 'checks'} failed); it is not printed. Please check and revise it.`,
  score: (w) => {
    const kind = w.self ? 'Self-evaluation' : 'Evaluation';
    const pending = w.pending ? `, provisional: ${w.pending.points} of ${w.pending.of} points assessed, ${w.pending.count} pending` : '';
    const ded = w.deductions.map((d) => `${d.label} −${d.points}`).join(', ');
    const diffs = w.differences.map((d) => `${d.name} claimed ${d.claimed}, computed ${d.computed}`).join('; ');
    const differ = diffs ? ` Indicators where the claimed and computed scores differ: ${diffs}.` : '';
    if (!w.claimed) {
      const head = `${kind} of ${w.who} for ${w.year}: total score ${w.total} (${w.grade}${pending}).`;
      return `${head}${ded ? ` Main deductions: ${ded}.` : ' No indicator lost points.'}${differ}`;
    }
    const c = w.claimed;
    const head = `${kind} of ${w.who} for ${w.year}: claimed score ${c.total}${c.grade ? ` (${c.grade})` : ''}; the data support ${w.total} (${w.grade}${pending}), ${c.difference} ${c.difference === '1' ? 'point' : 'points'} ${c.lower ? 'less' : 'more'}.`;
    const deductions = ded ? ` Deductions on review: ${ded}.` : ' No indicator lost points on review.';
    return `${head}${deductions}${differ}`;
  },
  rules: (c) => {
    const parts = [`${c.total} checks`, `${c.pass} passed`];
    if (c.fail > 0) parts.push(`${c.fail} failed${c.errors > 0 ? ` (${c.errors} mandatory)` : ''}`);
    if (c.waived > 0) parts.push(`${c.waived} waived`);
    if (c.notApplicable > 0) parts.push(`${c.notApplicable} not applicable`);
    if (c.error > 0) parts.push(`${c.error} could not be decided`);
    return `Compliance review: ${parts.join(', ')}${c.appendix ? ' (see Appendix table 2)' : ''}.`;
  },
  problemArea: (area, clauses) => `${area}: ${clauses.join('; ')}.`,
  problemsLead: 'The compliance review found the following problems:',
  noProblems: 'No problems to report.',
  noSuggestions: 'None.',
  statedTotalDiffers: (what, stated, computed) =>
    `The report states ${what} as ${stated}, but its parts sum to ${computed}; the sum of the parts is printed above. Please check.`,
  explanationUnsupported: (explanation, why) =>
    `The department's explanation "${explanation}" does not fit the figures (${why}); it is not printed as fact. Please check and revise it.`,
  overBudget: (item, actual, budget) => `${item}: actual ${actual}, over the budget of ${budget}`,
  threePublicTotal: '"three public" total',
  totals: { income: 'total income', expenditure: 'total expenditure', carryOut: 'the year-end carry-over', functional: (name) => name },
  staleAmounts: (stated, data) => `it states ${stated.join(', ')}; the data ${data.length > 0 ? `show ${data.join(', ')}` : 'differ'}`,
};

/** The report's sentences in a locale. @internal */
export const reportWording = (locale: Locale): ReportWording => (locale === 'en' ? EN : ZH);
