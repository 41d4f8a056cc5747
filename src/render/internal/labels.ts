/**
 * Words of the appendices, tables and figures, per locale: the message table of the render layer
 * (every sentence or punctuation mark that depends on the locale is here, not in a ternary).
 * The narrative itself is Chinese.
 */
import type { ReportLocale } from '../types.js';

/** @internal */
export interface Labels {
  readonly appendixScores: string;
  readonly appendixFindings: string;
  readonly appendixNumber: (n: number) => string;
  readonly figureNumber: (n: number) => string;
  readonly indicator: string;
  readonly points: string;
  readonly earned: string;
  readonly reason: string;
  readonly total: string;
  readonly grade: string;
  readonly rule: string;
  readonly severity: string;
  readonly status: string;
  readonly actual: string;
  readonly expected: string;
  readonly difference: string;
  readonly reference: string;
  readonly severities: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly statuses: Readonly<Record<'pass' | 'fail' | 'not_applicable' | 'error', string>>;
  readonly waived: (reason: string) => string;
  readonly rounding: string;
  readonly noFindings: string;
  /** A note printed before 附表2 (units), or empty. */
  readonly findingsNote: string;
  readonly gradeAssumed: string;
  readonly figEconomic: (year: number) => string;
  readonly figFunctional: (year: number) => string;
  readonly figThreePublic: (year: number) => string;
  readonly figScores: string;
  readonly budget: string;
  readonly actualSpending: string;
  readonly available: string;
  readonly category: string;
  readonly wan: string;
  readonly pointsUnit: string;
  readonly systemLine: (name: string, version: string, note?: string) => string;
  /** A remark after a value: `（x）` in Chinese, ` (x)` in English. */
  readonly aside: (x: string) => string;
  /** After a label: `：` / `: `. */
  readonly colon: string;
  /** Between the values of one cell and between references: `；` / `; `. */
  readonly listSeparator: string;
  /** Between the items of a list value: `、` / `, `. */
  readonly itemSeparator: string;
  readonly yes: string;
  readonly no: string;
  /** Printed after a money value in 附表2 (`万元`; in English the note above the table says it). */
  readonly moneySuffix: string;
  /** The expected cell of the operators without an operand. */
  readonly noOperand: Readonly<Record<'isTrue' | 'isFalse' | 'available', string>>;
  /** Whether input text set into these labels (a finding's title, a leaf's reason) gets the Chinese punctuation pass. */
  readonly punctuateInput: boolean;
  /** A category of the economic or functional figures. */
  readonly classLabel: (code: string, name: string) => string;
  /** One value of a chart's text alternative: with its series name when there are several. */
  readonly chartValue: (series: string | undefined, value: string, unit: string) => string;
  /** One category of a chart's text alternative with its values. */
  readonly chartCategory: (category: string, values: readonly string[]) => string;
  /** The whole text alternative of a chart. */
  readonly chartDescription: (categories: readonly string[], unit: string) => string;
  /** After the system line when no system was chosen: the default was used. */
  readonly systemDefault: string;
  /** After a total and grade while any indicator is pending. */
  readonly provisional: string;
  /** How much of the sheet is assessed: `已评 39 / 100 分`. */
  readonly assessedOf: (points: string, of: string) => string;
  /** The 附表1 columns in review: the department's claimed points and the points the data supports. */
  readonly claimedPoints: string;
  readonly reviewedPoints: string;
}

const ZH: Labels = {
  appendixScores: '评分表',
  appendixFindings: '合规性审核结果',
  appendixNumber: (n) => `附表${n}　`,
  figureNumber: (n) => `图${n}　`,
  indicator: '指标',
  points: '分值',
  earned: '得分',
  reason: '扣分原因',
  total: '合计',
  grade: '等级',
  rule: '规则',
  severity: '类别',
  status: '结论',
  actual: '实际值',
  expected: '标准值',
  difference: '差异',
  reference: '依据',
  severities: { error: '强制性', warning: '提示性', info: '信息' },
  statuses: { pass: '通过', fail: '未通过', not_applicable: '不适用', error: '无法判断' },
  waived: (reason) => `已豁免：${reason}`,
  rounding: '舍入差异',
  noFindings: '未运行合规性审核规则。',
  findingsNote: '',
  gradeAssumed: '等级分数线系推定',
  figEconomic: (y) => `${y}年支出按经济分类`,
  figFunctional: (y) => `${y}年支出按功能分类`,
  figThreePublic: (y) => `${y}年“三公”经费预算与实际支出`,
  figScores: '一级指标得分与分值',
  budget: '年初预算',
  actualSpending: '实际支出',
  available: '分值',
  category: '项目',
  wan: '万元',
  pointsUnit: '分',
  systemLine: (name, version, note = '') => `评价指标体系：${name}（${version}）${note}。`,
  aside: (x) => `（${x}）`,
  colon: '：',
  listSeparator: '；',
  itemSeparator: '、',
  yes: '是',
  no: '否',
  moneySuffix: '万元',
  noOperand: { isTrue: '= 是', isFalse: '= 否', available: '可得' },
  punctuateInput: true,
  classLabel: (_code, name) => name,
  chartValue: (series, value, unit) => `${series ?? ''}${value}${unit}`,
  chartCategory: (category, values) => `${category}${values.join('，')}`,
  chartDescription: (categories) => `${categories.join('；')}。`,
  systemDefault: '（未指定评价指标体系，缺省选用）',
  provisional: '暂定',
  assessedOf: (points, of) => `已评 ${points} / ${of} 分`,
  claimedPoints: '自评分',
  reviewedPoints: '核定分',
};

const EN: Labels = {
  appendixScores: 'Score sheet',
  appendixFindings: 'Compliance review',
  appendixNumber: (n) => `Appendix table ${n}. `,
  figureNumber: (n) => `Figure ${n}. `,
  indicator: 'Indicator',
  points: 'Points',
  earned: 'Earned',
  reason: 'Reason for deduction',
  total: 'Total',
  grade: 'Grade',
  rule: 'Rule',
  severity: 'Severity',
  status: 'Status',
  actual: 'Actual',
  expected: 'Expected',
  difference: 'Difference',
  reference: 'Reference',
  severities: { error: 'mandatory', warning: 'advisory', info: 'information' },
  statuses: { pass: 'pass', fail: 'fail', not_applicable: 'not applicable', error: 'error' },
  waived: (reason) => `waived: ${reason}`,
  rounding: 'rounding difference',
  noFindings: 'No compliance rules were run.',
  findingsNote: 'Amounts in 10,000 yuan (万元); ratios in percent.',
  gradeAssumed: 'grade bands assumed',
  figEconomic: (y) => `Spending ${y} by economic class`,
  figFunctional: (y) => `Spending ${y} by functional class`,
  figThreePublic: (y) => `"Three public" funds ${y}: budget vs actual`,
  figScores: 'Points earned vs available by first-level indicator',
  budget: 'Budget',
  actualSpending: 'Actual',
  available: 'Available',
  category: 'Item',
  wan: '10k yuan',
  pointsUnit: 'points',
  systemLine: (name, version, note = '') => `Indicator system: ${name} (${version})${note}.`,
  aside: (x) => ` (${x})`,
  colon: ': ',
  listSeparator: '; ',
  itemSeparator: ', ',
  yes: 'yes',
  no: 'no',
  moneySuffix: '',
  noOperand: { isTrue: '= yes', isFalse: '= no', available: 'available' },
  punctuateInput: false,
  classLabel: (code, name) => `${code} ${name}`,
  chartValue: (series, value) => (series === undefined ? value : `${series} ${value}`),
  chartCategory: (category, values) => `${category}: ${values.join(', ')}`,
  chartDescription: (categories, unit) => `${categories.join('; ')} (${unit}).`,
  systemDefault: ' (no system was given: used by default)',
  provisional: 'provisional',
  assessedOf: (points, of) => `assessed ${points} of ${of} points`,
  claimedPoints: 'Claimed',
  reviewedPoints: 'Reviewed',
};

/** Labels for a locale. @internal */
export function labelsFor(locale: ReportLocale): Labels {
  return locale === 'en' ? EN : ZH;
}
