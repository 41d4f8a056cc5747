import type { Locale } from '../issues.js';

/**
 * Every sentence scoring writes — a leaf's explanation (得分说明 / 扣分原因), its reweighting notes,
 * the fact displays inside them, and the details of an indicator system's issues — one function
 * per sentence, in each locale. Numbers come in already formatted: the tables only arrange words.
 * The zh-CN texts are those of the published report (test/render/golden/*.expected.md). @internal
 */
export interface ScoringMessages {
  /** Joins names in a list: "预算管理制度、财务管理制度". */
  readonly list: (items: readonly string[]) => string;
  /** Joins clauses: "…已满足；…未满足". */
  readonly clauses: (parts: readonly string[]) => string;

  // Fact displays.
  readonly noData: string;
  readonly yes: string;
  readonly no: string;
  readonly money: (shown: string) => string;
  /** A unit after a count ("14人", "14 people"). */
  readonly unit: (unit: string | undefined, unitEn: string | undefined) => string;
  readonly factNotSupplied: (fact: string) => string;
  /** A catalog label of a templated fact, with the fact's own name. */
  readonly templatedLabel: (label: string, fact: string) => string;
  /** Supporting facts after the main value: "（在职14人/编制17人）". */
  readonly details: (parts: readonly { readonly label: string; readonly display: string }[], isRatio: boolean) => string;

  // Results.
  readonly fullMarks: (points: string) => string;
  /** Earned less than full marks (`checklist`, `manual`). */
  readonly earnedOf: (earned: string, points: string) => string;

  // linear
  readonly linearFull: (p: { subject: string; target: string; points: string; above: boolean }) => string;
  readonly linearDeduct: (p: {
    subject: string;
    isRatio: boolean;
    above: boolean;
    distance: string;
    target: string;
    perPoint: string;
    deduction: string;
    capped: boolean;
    earned: string;
    points: string;
  }) => string;

  // bands
  readonly bandBoth: (lo: string, hi: string) => string;
  readonly bandAny: string;
  readonly bandHit: (p: { subject: string; label: string; earned: string; points: string }) => string;
  readonly bandMiss: (subject: string, points: string) => string;

  // ratio
  readonly ratioReached: (subject: string, target: string, points: string) => string;
  readonly ratioBelow: (p: { subject: string; target: string; points: string; shown: string; earned: string }) => string;

  // checklist
  readonly itemsMet: (labels: readonly string[], all: boolean) => string;
  readonly itemsUnmet: (items: readonly { readonly label: string; readonly points: string }[]) => string;
  readonly itemsMissing: (items: readonly { readonly label: string; readonly reason: string }[], policy: 'full' | 'zero' | 'reweight') => string;
  readonly checklist: (name: string, parts: readonly string[], result: string) => string;

  // perViolation
  readonly violationsNone: (label: string, count: string, points: string) => string;
  readonly violationsDeduct: (p: {
    label: string;
    count: string;
    perItem: string;
    deduction: string;
    capped: boolean;
    earned: string;
    points: string;
  }) => string;

  // categorical
  readonly caseHit: (p: { head: string; label: string; earned: string; points: string }) => string;
  readonly caseOtherwise: (p: { head: string; shown: string; earned: string; points: string }) => string;
  readonly caseNone: (head: string, shown: string, points: string) => string;

  // manual
  readonly noAssessment: string;
  readonly saidScore: (score: string) => string;
  readonly saidNoDeduction: string;
  readonly saidDeduction: (deduction: string) => string;
  readonly clampNote: (points: string, earned: string) => string;
  readonly assessed: (reason: string, said: string, result: string) => string;

  // Policies for missing data and assessments.
  readonly cannotApply: (name: string, reasons: readonly string[]) => string;
  readonly policyFull: (points: string) => string;
  readonly policyZero: string;

  // Reweighting.
  readonly gaveAway: (points: string, receivers: readonly string[]) => string;
  readonly nobodyReceives: string;
  readonly receivedFrom: (p: { givers: readonly string[]; points: string; max: string; earned: string }) => string;
  readonly parentReweighted: (p: { points: string; max: string; earned: string }) => string;

  // Details of an indicator system's issues and of unused assessments.
  readonly parentIsLeaf: (parent: string) => string;
  readonly notManual: (indicator: string) => string;
  readonly bandNoMin: (n: number) => string;
  readonly bandNoMax: (n: number) => string;
  readonly bandEmpty: (n: number, min: string, max: string) => string;
  readonly bandsUnsorted: (p: { n: number; min: string; prev: number; prevMin: string }) => string;
  readonly bandsGap: (p: { prev: number; n: number; from: string; to: string }) => string;
  readonly bandsOverlap: (p: { prev: number; n: number; from: string; to: string }) => string;
  readonly gradeRepeats: (label: string, min: string) => string;
  readonly gradeAboveTotal: (label: string, min: string, total: string) => string;
  readonly gradeNoZero: string;

  // Zero-denominator policies of ratio leaves.
  /** After the leaf's name: the facts' reasons ("：…为 0，…也为 0（0÷0），无法计算比率"). */
  readonly zeroHead: (reasons: readonly string[]) => string;
  /** The zero policy applied, with its case, outcome, source and reliability. */
  readonly zeroRule: (p: {
    case: 'zeroOverZero' | 'zeroDenominator';
    outcome: 'full' | 'not_applicable' | 'zero' | 'unavailable';
    source: string;
    reliability: string;
    declared: boolean;
    points: string;
    reweight: boolean;
  }) => string;

  // Parts over budget, named in a deduction reason.
  /** "公务接待费实际1.20万元，超出预算0.40万元" (several joined with "；"). */
  readonly overruns: (items: readonly { readonly label: string; readonly actual: string; readonly over: string }[]) => string;
  /** The overruns before the rest of the reason. */
  readonly overrunLead: (overruns: string) => string;
  /** A manual leaf nobody has assessed yet: counted as 0 for now, total provisional. */
  readonly pending: (points: string) => string;
  /** Why the result's indicator system was used. */
  readonly systemByDefault: (id: string) => string;
  readonly systemByOption: (id: string) => string;
  /** A scope or a department's place, for the scope notice: "四川省巴中市恩阳区、2022年度、county". */
  readonly anyRegion: string;
  readonly yearText: (year: number) => string;
  readonly scopeParts: (parts: readonly string[]) => string;
  /** A claimed item, a claimed grade, a claimed total, for the review notices. */
  readonly claimItem: (id: string) => string;
  readonly unknownIndicator: (id: string) => string;
  readonly claimGrade: string;
  readonly claimTotal: string;
  readonly unknownGrade: (label: string, expected: string) => string;
}

const zhCN: ScoringMessages = {
  list: (items) => items.join('、'),
  clauses: (parts) => parts.join('；'),

  noData: '无数据',
  yes: '是',
  no: '否',
  money: (shown) => `${shown}万元`,
  unit: (unit) => unit ?? '',
  factNotSupplied: (fact) => `未提供事实 ${fact}`,
  templatedLabel: (label, fact) => `${label}（${fact}）`,
  details: (parts, isRatio) => `（${parts.map((p) => `${p.label}${p.display}`).join(isRatio ? '/' : '，')}）`,

  fullMarks: (points) => `得满分${points}分`,
  earnedOf: (earned, points) => `得${earned}分（满分${points}分）`,

  linearFull: ({ subject, target, points, above }) => `${subject}，${above ? '不超过' : '不低于'}${target}，得满分${points}分`,
  linearDeduct: (p) => {
    const side = p.above ? '超过' : '低于';
    const how = p.isRatio
      ? `${side}${p.target}共${p.distance}个百分点，每个百分点扣${p.perPoint}分`
      : `${side}${p.target}共${p.distance}，每1扣${p.perPoint}分`;
    return `${p.subject}，${how}，应扣${p.deduction}分${p.capped ? '，扣完为止' : ''}，得${p.earned}分`;
  },

  bandBoth: (lo, hi) => `${lo}且${hi}`,
  bandAny: '任意值',
  bandHit: ({ subject, label, earned, points }) => `${subject}，属于“${label}”档，得${earned}分（满分${points}分）`,
  bandMiss: (subject) => `${subject}，不在评分标准所列任何分档内，得0分`,

  ratioReached: (subject, target, points) => `${subject}，达到目标${target}，得满分${points}分`,
  ratioBelow: ({ subject, target, points, shown, earned }) => `${subject}，未达到目标${target}，按完成比例计分：${points} × ${shown} ÷ ${target} = ${earned}分`,

  itemsMet: (labels, all) => `${labels.join('、')}${all && labels.length > 1 ? '均' : ''}已满足`,
  itemsUnmet: (items) => items.map((i) => `${i.label}未满足（扣${i.points}分）`).join('、'),
  itemsMissing: (items, policy) => {
    const how = policy === 'full' ? '按满分计' : policy === 'zero' ? '按0分计' : '其分值按比例分配至其余各项';
    return `${items.map((i) => `${i.label}（${i.reason}）`).join('、')}无数据，${how}`;
  },
  checklist: (name, parts, result) => `${name}：${parts.join('；')}，${result}`,

  violationsNone: (label, count, points) => `${label}${count}项，得满分${points}分`,
  violationsDeduct: (p) => `${p.label}${p.count}项，每项扣${p.perItem}分，应扣${p.deduction}分${p.capped ? '，扣完为止' : ''}，得${p.earned}分`,

  caseHit: ({ head, label, earned, points }) => `${head}：${label}，得${earned}分（满分${points}分）`,
  caseOtherwise: ({ head, shown, earned, points }) => `${head}：${shown}，不属于所列情形，按其他情形得${earned}分（满分${points}分）`,
  caseNone: (head, shown) => `${head}：${shown}，不属于评分标准所列情形，得0分`,

  noAssessment: '缺少评价意见',
  saidScore: (score) => `评价意见：得${score}分`,
  saidNoDeduction: '评价意见：不扣分',
  saidDeduction: (deduction) => `评价意见：扣${deduction}分`,
  clampNote: (points, earned) => `；超出本项0至${points}分的范围，按${earned}分计`,
  assessed: (reason, said, result) => `${reason}（${said}），${result}`,

  cannotApply: (name, reasons) => `${name}：${reasons.join('；')}，无法按评分标准计算`,
  policyFull: (points) => `，按体系规定计满分${points}分`,
  policyZero: '，按体系规定计0分',

  gaveAway: (points, receivers) => `；按体系规定，本项${points}分按比例分配至同级指标：${receivers.join('、')}`,
  nobodyReceives: '；按规定应将分值按比例分配至同级指标，但同级指标均无可评分的数据或评价意见，本项按0分计',
  receivedFrom: ({ givers, points, max, earned }) =>
    `；同级指标${givers.join('、')}的分值按比例重新分配，本项满分由${points}分调整为${max}分，得分按比例折算为${earned}分`,
  parentReweighted: ({ points, max, earned }) => `；上级指标的分值经重新分配，本项满分由${points}分调整为${max}分，得分按比例折算为${earned}分`,

  parentIsLeaf: (parent) => `上级指标 ${parent} 是末级指标（有评分方法），不能有下级指标`,
  notManual: (indicator) => `指标 ${indicator} 不是人工评分指标，评价意见未采用（该项按数据计分）`,
  bandNoMin: (n) => `只有第1档可以没有下限（第${n}档缺少 min）`,
  bandNoMax: (n) => `只有最后一档可以没有上限（第${n}档缺少 max）`,
  bandEmpty: (n, min, max) => `第${n}档的下限 ${min} 不小于上限 ${max}`,
  bandsUnsorted: ({ n, min, prev, prevMin }) => `分档未按升序排列：第${n}档下限 ${min} 小于第${prev}档下限 ${prevMin}`,
  bandsGap: ({ prev, n, from, to }) => `第${prev}档与第${n}档之间有空缺（${from} 至 ${to}）`,
  bandsOverlap: ({ prev, n, from, to }) => `第${prev}档与第${n}档重叠（${from} 至 ${to}）`,
  gradeRepeats: (label, min) => `等级“${label}”的下限 ${min} 与其他等级重复`,
  gradeAboveTotal: (label, min, total) => `等级“${label}”的下限 ${min} 超过总分 ${total}`,
  gradeNoZero: '须有一个下限为 0 的等级，使任何得分都有等级',
  zeroHead: (reasons) => `：${reasons.join('；')}`,
  zeroRule: (p) => {
    const c = p.case === 'zeroOverZero' ? '分子分母均为0' : '分母为0';
    const o = { full: '计满分', not_applicable: '视为不适用', zero: '计0分', unavailable: '按缺数据规则处理' }[p.outcome];
    const rule = `${p.declared ? '本指标' : '缺省'}零分母规则（${c}：${o}；依据：${p.source}〔${p.reliability}〕）`;
    if (p.outcome === 'unavailable') return `；${rule}`;
    if (p.outcome === 'full') return `，按${rule}得满分${p.points}分`;
    if (p.outcome === 'zero') return `，按${rule}得0分`;
    return p.reweight ? `，按${rule}不适用，分值按比例分配给同级指标` : `，按${rule}不适用，按满分${p.points}分计`;
  },
  overruns: (items) => items.map((i) => `${i.label}实际${i.actual}，超出预算${i.over}`).join('；'),
  overrunLead: (o) => `${o}，`,
  pending: (points) => `待评：尚无评价意见，暂计0分（满分${points}分），总分与等级为暂定`,
  systemByDefault: (id) => `未指定评价指标体系，缺省选用 ${id}`,
  systemByOption: (id) => `按调用方指定选用 ${id}`,
  anyRegion: '不限地区',
  yearText: (year) => `${year}年度`,
  scopeParts: (parts) => parts.join('、'),
  claimItem: (id) => `指标 ${id} 的得分`,
  unknownIndicator: (id) => `所选指标体系中没有指标 ${id}`,
  claimGrade: '等级',
  claimTotal: '总分',
  unknownGrade: (label, expected) => `所选指标体系没有等级“${label}”（可用：${expected}）`,
};

const en: ScoringMessages = {
  list: (items) => items.join(', '),
  clauses: (parts) => parts.join('; '),

  noData: 'n/a',
  yes: 'yes',
  no: 'no',
  money: (shown) => `${shown} 万元`,
  unit: (_unit, unitEn) => (unitEn ? ` ${unitEn}` : ''),
  factNotSupplied: (fact) => `fact ${fact} was not supplied`,
  templatedLabel: (label, fact) => `${label} (${fact})`,
  details: (parts, isRatio) => ` (${parts.map((p) => `${p.label} ${p.display}`).join(isRatio ? ' / ' : ', ')})`,

  fullMarks: (points) => `full marks ${points}`,
  earnedOf: (earned, points) => `earned ${earned} of ${points}`,

  linearFull: ({ subject, target, points, above }) => `${subject}: not ${above ? 'above' : 'below'} ${target}, full marks ${points}`,
  linearDeduct: (p) => {
    const side = p.above ? 'above' : 'below';
    const how = p.isRatio
      ? `${p.distance} percentage points ${side} ${p.target}, ${p.perPoint} per point`
      : `${p.distance} ${side} ${p.target}, ${p.perPoint} per unit`;
    return `${p.subject}: ${how}: deduction ${p.deduction}${p.capped ? ', capped at the points available' : ''}; earned ${p.earned} of ${p.points}`;
  },

  bandBoth: (lo, hi) => `${lo} and ${hi}`,
  bandAny: 'any value',
  bandHit: ({ subject, label, earned, points }) => `${subject}: in the band "${label}", earned ${earned} of ${points}`,
  bandMiss: (subject, points) => `${subject}: in none of the bands of the standard, earned 0 of ${points}`,

  ratioReached: (subject, target, points) => `${subject}: target ${target} reached, full marks ${points}`,
  ratioBelow: ({ subject, target, points, shown, earned }) =>
    `${subject}: below the target ${target}, scored in proportion: ${points} × ${shown} ÷ ${target} = ${earned}`,

  itemsMet: (labels) => `met: ${labels.join(', ')}`,
  itemsUnmet: (items) => `not met: ${items.map((i) => `${i.label} (−${i.points})`).join(', ')}`,
  itemsMissing: (items, policy) => {
    const how = policy === 'full' ? 'counted as met' : policy === 'zero' ? 'counted as not met' : 'their points are spread over the other items in proportion';
    return `${items.map((i) => `${i.label} (${i.reason})`).join(', ')}: no data, ${how}`;
  },
  checklist: (name, parts, result) => `${name}: ${parts.join('; ')}; ${result}`,

  violationsNone: (label, count, points) => `${label}: ${count}, full marks ${points}`,
  violationsDeduct: (p) =>
    `${p.label}: ${p.count}, ${p.perItem} each: deduction ${p.deduction}${p.capped ? ', capped at the points available' : ''}; earned ${p.earned} of ${p.points}`,

  caseHit: ({ head, label, earned, points }) => `${head}: ${label}, earned ${earned} of ${points}`,
  caseOtherwise: ({ head, shown, earned, points }) => `${head}: ${shown}, not a listed case: "otherwise" earns ${earned} of ${points}`,
  caseNone: (head, shown, points) => `${head}: ${shown}, not a case listed by the standard: earned 0 of ${points}`,

  noAssessment: 'no assessment given',
  saidScore: (score) => `assessment: ${score} points`,
  saidNoDeduction: 'assessment: no deduction',
  saidDeduction: (deduction) => `assessment: −${deduction}`,
  clampNote: (points, earned) => `; outside 0–${points}, scored ${earned}`,
  assessed: (reason, said, result) => `${reason} (${said}); ${result}`,

  cannotApply: (name, reasons) => `${name}: ${reasons.join('; ')}; the standard cannot be applied`,
  policyFull: (points) => `; scored full marks (${points}) as the system provides`,
  policyZero: '; scored 0 as the system provides',

  gaveAway: (points, receivers) => `; as the system provides, its ${points} points are spread over its siblings in proportion: ${receivers.join(', ')}`,
  nobodyReceives: '; the system would spread its points over the siblings, but none of them could be scored: scored 0',
  receivedFrom: ({ givers, points, max, earned }) =>
    `; the points of ${givers.join(', ')} were spread over the siblings: this item is worth ${max} instead of ${points}, earned ${earned} in proportion`,
  parentReweighted: ({ points, max, earned }) =>
    `; its parent's points were reweighted: this item is worth ${max} instead of ${points}, earned ${earned} in proportion`,

  parentIsLeaf: (parent) => `parent ${parent} is a leaf (it has a method) and cannot have children`,
  notManual: (indicator) => `indicator ${indicator} is not a manual leaf; the assessment is not used (it is scored from data)`,
  bandNoMin: (n) => `only the first band may have no lower bound (band ${n} has no min)`,
  bandNoMax: (n) => `only the last band may have no upper bound (band ${n} has no max)`,
  bandEmpty: (n, min, max) => `band ${n}: min ${min} is not below max ${max}`,
  bandsUnsorted: ({ n, min, prev, prevMin }) => `bands are not sorted ascending: band ${n} starts at ${min}, below band ${prev}'s ${prevMin}`,
  bandsGap: ({ prev, n, from, to }) => `gap between band ${prev} and band ${n} (${from} to ${to})`,
  bandsOverlap: ({ prev, n, from, to }) => `band ${prev} overlaps band ${n} (${from} to ${to})`,
  gradeRepeats: (label, min) => `grade "${label}" repeats the minimum ${min}`,
  gradeAboveTotal: (label, min, total) => `grade "${label}" starts at ${min}, above the total ${total}`,
  gradeNoZero: 'one grade must start at 0 so that every total has a grade',
  zeroHead: (reasons) => `: ${reasons.join('; ')}`,
  zeroRule: (p) => {
    const c = p.case === 'zeroOverZero' ? '0 ÷ 0' : 'zero denominator';
    const o = { full: 'full marks', not_applicable: 'not applicable', zero: '0 points', unavailable: 'treated as missing data' }[p.outcome];
    const rule = `${p.declared ? "the indicator's" : 'the default'} zero-denominator policy (${c}: ${o}; source: ${p.source} [${p.reliability}])`;
    if (p.outcome === 'unavailable') return `; ${rule}`;
    if (p.outcome === 'full') return `; full marks (${p.points}) under ${rule}`;
    if (p.outcome === 'zero') return `; 0 points under ${rule}`;
    return p.reweight ? `; not applicable under ${rule}, its points go to its siblings` : `; not applicable under ${rule}, scored full marks (${p.points})`;
  },
  overruns: (items) => items.map((i) => `${i.label}: actual ${i.actual}, ${i.over} over budget`).join('; '),
  overrunLead: (o) => `${o}; `,
  pending: (points) => `pending: no assessment yet, counted as 0 of ${points} for now; the total and grade are provisional`,
  systemByDefault: (id) => `no indicator system was given; ${id} is the default`,
  systemByOption: (id) => `${id} was given in the options`,
  anyRegion: 'any region',
  yearText: (year) => `fiscal year ${year}`,
  scopeParts: (parts) => parts.join(', '),
  claimItem: (id) => `score of indicator ${id}`,
  unknownIndicator: (id) => `the indicator system has no indicator ${id}`,
  claimGrade: 'grade',
  claimTotal: 'total',
  unknownGrade: (label, expected) => `the indicator system has no grade "${label}" (available: ${expected})`,
};

/** The scoring sentences by locale. @internal */
export const SCORING_MESSAGES: Readonly<Record<Locale, ScoringMessages>> = { 'zh-CN': zhCN, en };
