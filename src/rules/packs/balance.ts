import type { Rule } from '../schema.js';
import { sameWithinRounding, t } from './build.js';
import { REF_FINAL_ACCOUNTS, REF_ROUNDING } from './refs.js';

const base = { severity: 'error', category: 'balance', refs: [REF_FINAL_ACCOUNTS, REF_ROUNDING], tags: ['identity'] } as const;

/** Ledger identities (平衡). @internal */
export const BALANCE_RULES: readonly Rule[] = [
  {
    ...base,
    id: 'income.total.equals-sources',
    title: t('收入总计等于本年收入各来源与上年结转结余之和', 'Total income equals the sources plus the amount carried in'),
    description: t(
      '报告所列收入决算总额应等于本年各项收入与上年结转和结余之和。',
      'The stated total income must equal the current-year sources plus the amount carried in from last year.',
    ),
    check: sameWithinRounding('income.total.stated', 'income.total.computed'),
  },
  {
    ...base,
    id: 'ledger.income-equals-expenditure',
    title: t('收入总计等于支出总计', 'Total income equals total expenditure'),
    description: t(
      '收支平衡：收入合计（本年收入 + 上年结转结余）应等于支出总计（本年支出 + 年末结转结余）。',
      'Balance: total income (current income + carried in) must equal the expenditure grand total (current spending + carry-out).',
    ),
    check: sameWithinRounding('income.total.computed', 'expenditure.grandTotal.computed'),
  },
  {
    ...base,
    id: 'expenditure.grand-total.equals-computed',
    title: t('支出决算总额等于本年支出与年末结转结余之和', 'Stated expenditure grand total equals spending plus carry-out'),
    description: t(
      '报告所列支出决算总额（含年末结转结余）应等于本年支出加年末结转和结余。',
      'The stated grand total (including carry-out) must equal current spending plus the carry-out.',
    ),
    check: sameWithinRounding('expenditure.grandTotal.stated', 'expenditure.grandTotal.computed'),
  },
  {
    ...base,
    id: 'expenditure.functional-equals-economic',
    title: t('功能分类合计等于经济分类合计', 'Functional total equals economic total'),
    description: t(
      '按支出功能分类列示的类级合计应等于按经济分类列示的类级合计。',
      'The sum of the stated functional classes must equal the sum of the stated economic classes.',
    ),
    check: sameWithinRounding('expenditure.total.functional', 'expenditure.total.economic'),
  },
  {
    ...base,
    id: 'expenditure.basic-plus-project.equals-total',
    title: t('基本支出与项目支出之和等于本年支出', 'Basic plus project spending equals current spending'),
    description: t(
      '报告所列基本支出与项目支出之和应等于支出明细合计。',
      'Stated basic plus stated project spending must equal the sum of the expenditure lines.',
    ),
    check: sameWithinRounding('expenditure.basicPlusProject.stated', 'expenditure.total.lines'),
  },
  {
    ...base,
    id: 'carry-out.equals-parts',
    title: t('年末结转结余等于基本支出与项目支出结转结余之和', 'Carry-out equals its basic and project parts'),
    description: t(
      '年末结转和结余总额应等于基本支出结转与项目支出结转、结余之和。',
      'The carry-out must equal the basic and project carry-forward and surplus.',
    ),
    tags: ['identity', 'carry-over'],
    check: sameWithinRounding('carryOut.total', 'carryOut.parts'),
  },
  {
    ...base,
    id: 'carry-out.derived.non-negative',
    title: t('倒算的年末结转结余不为负', 'Carry-out implied by income and spending is not negative'),
    description: t(
      '收入合计减本年支出即为应有的年末结转结余，不应为负数：否则本年支出超过了可用资金。',
      'Total income minus current spending is the carry-out the ledger implies; it must not be negative, or spending exceeded the funds available.',
    ),
    tags: ['identity', 'carry-over'],
    check: { fact: 'carryOut.derived', op: 'gte', value: '0', tolerance: 'rounding' },
  },
];
