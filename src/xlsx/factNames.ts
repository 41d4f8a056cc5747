/**
 * Well-known indicator names and the fact each one reads (see `FACT_CATALOG`). Names are
 * matched after removing quotes and spaces, longest name first, anywhere in the indicator
 * name: "“三公经费”控制率" and "三公经费控制率（%）" both match `三公经费控制率`. Pass
 * `factNames` to the reader to add or override entries.
 *
 * @example
 * ```ts
 * import { INDICATOR_FACT_NAMES } from 'jixiao/xlsx';
 * INDICATOR_FACT_NAMES['在职人员控制率']; // "ratio.staffControl"
 * ```
 */
export const INDICATOR_FACT_NAMES: Readonly<Record<string, string>> = {
  在职人员控制率: 'ratio.staffControl',
  财政供养人员控制率: 'ratio.staffControl',
  人员控制率: 'ratio.staffControl',
  三公经费控制率: 'ratio.threePublicControl',
  三公经费变动率: 'ratio.threePublicChange',
  三公变动率: 'ratio.threePublicChange',
  结转结余变动率: 'ratio.carryOverChange',
  结转结余率: 'ratio.carryOver',
  预算完成率: 'ratio.budgetCompletion',
  预算执行率: 'ratio.budgetCompletion',
  预算调整率: 'ratio.budgetAdjustment',
  支付进度率: 'ratio.paymentProgress',
  公用经费控制率: 'ratio.publicExpenseControl',
  政府采购执行率: 'ratio.procurementExecution',
  重点支出安排率: 'ratio.keyExpenditure',
  固定资产利用率: 'ratio.fixedAssetUtilisation',
  实际完成率: 'ratio.taskCompletion',
  完成及时率: 'ratio.taskTimeliness',
  质量达标率: 'ratio.taskQuality',
  重点工作办结率: 'ratio.keyTaskCompletion',
  满意度: 'ratio.satisfaction',
  资金使用合规性: 'supervision.violations',
  预算公开: 'disclosure.budget.published',
  决算公开: 'disclosure.finalAccounts.published',
};
