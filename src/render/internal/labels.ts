/** Words of the appendices, tables and figures, per locale. The narrative itself is Chinese. */
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
  readonly systemLine: (name: string, version: string) => string;
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
  systemLine: (name, version) => `评价指标体系：${name}（${version}）。`,
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
  severities: { error: 'error', warning: 'warning', info: 'info' },
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
  systemLine: (name, version) => `Indicator system: ${name} (${version}).`,
};

/** Labels for a locale. @internal */
export function labelsFor(locale: ReportLocale): Labels {
  return locale === 'en' ? EN : ZH;
}
