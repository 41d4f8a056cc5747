import type { Rule } from '../schema.js';
import { t } from './build.js';
import { REF_143, REF_53, REF_BUDGET_LAW_14, REF_PROCUREMENT_LAW } from './refs.js';

const disclosure = { category: 'compliance', refs: [REF_BUDGET_LAW_14, REF_143], tags: ['disclosure'] } as const;

/** Staffing, procurement, carry-over and disclosure rules (合规). @internal */
export const COMPLIANCE_RULES: readonly Rule[] = [
  {
    id: 'staff.in-post.within-quota',
    title: t('在职人员不超过核定编制', 'In-post staff within the authorized quota'),
    description: t(
      '在职人员控制率（在职人员数 ÷ 编制数）不超过 100%。购买服务人员和其他编外人员不占编制，不计入在职人员，单列说明。',
      'In-post staff ÷ authorized staff is at most 100%. Purchased-service and other non-quota staff do not count and are reported separately.',
    ),
    severity: 'error',
    category: 'compliance',
    refs: [REF_53],
    tags: ['staffing'],
    check: { fact: 'staff.inPost', op: 'lte', value: { fact: 'staff.authorized.total' } },
    context: [{ fact: 'staff.purchasedService', note: t('不占编制，未计入在职人员', 'outside the quota, not counted as in-post') }],
  },
  {
    id: 'procurement.capital-above-limit-reported',
    title: t('限额以上的资本性支出应有政府采购', 'Capital purchases above the procurement limit are procured'),
    description: t(
      '部门报告未发生政府采购时，单笔资本性支出（310 类明细）不应超过适用的分散采购限额标准（按货物、服务限额从严比较）。限额因地区、级次和年度而异，未配置时不适用。集中采购目录以内的项目不论金额均属政府采购，本规则无法识别。',
      'When the department reports no procurement, no capital line (310) should exceed the applicable decentralised-procurement limit (compared, conservatively, with the goods/services limit). Limits vary by region, level and year; without one the rule does not apply. Items in the centralised catalogue are procurement at any amount, which this rule cannot see.',
    ),
    severity: 'warning',
    category: 'compliance',
    refs: [REF_PROCUREMENT_LAW],
    tags: ['procurement'],
    when: {
      all: [
        { fact: 'procurement.occurred', op: 'isFalse' },
        { fact: 'expenditure.capital.lines', op: 'gt', value: '0' },
      ],
    },
    check: { fact: 'expenditure.capital.maxLine', op: 'lte', value: { threshold: 'procurement.decentralizedLimit.goodsServices' } },
  },
  {
    id: 'carry-over.ratio.within-ceiling',
    title: t('结转结余率不超过上限', 'Carry-over rate within the ceiling'),
    description: t(
      '结转结余率（年末结转结余 ÷ 支出预算数）不超过所在地区、年度配置的上限；未配置上限时不适用（未内置任何上限）。',
      'Carry-out ÷ expenditure budget is at most the configured ceiling; none is built in, so without one the rule does not apply.',
    ),
    severity: 'warning',
    category: 'compliance',
    refs: [REF_53],
    tags: ['carry-over'],
    check: { fact: 'ratio.carryOver', op: 'lte', value: { threshold: 'carryOver.maxRatio' } },
  },
  {
    ...disclosure,
    id: 'disclosure.budget.published',
    title: t('已公开部门预算', 'Department budget published'),
    description: t(
      '已公开被评价年度或其后年度（通常为评价年度）的部门预算。',
      'The budget of the evaluated year or later (usually the evaluation year) has been published.',
    ),
    severity: 'error',
    check: { fact: 'disclosure.budget.published', op: 'isTrue' },
  },
  {
    ...disclosure,
    id: 'disclosure.final-accounts.published',
    title: t('已公开部门决算', 'Final accounts published'),
    description: t(
      '已公开被评价年度上一年度或其后年度的部门决算。',
      'The final accounts of the year before the evaluated year, or later, have been published.',
    ),
    severity: 'error',
    check: { fact: 'disclosure.finalAccounts.published', op: 'isTrue' },
  },
  {
    ...disclosure,
    id: 'disclosure.budget.on-time',
    title: t('部门预算在批复后规定时限内公开', 'Department budget published within the deadline'),
    description: t(
      '自财政部门批复至公开的天数（截至评价基准日 asOf 仍未公开的，计至基准日）不超过规定时限。',
      'Days from approval to publication (to the as-of date when still unpublished) are within the deadline.',
    ),
    severity: 'warning',
    check: { fact: 'disclosure.budget.delayDays', op: 'lte', value: { threshold: 'disclosure.deadlineDays' } },
  },
  {
    ...disclosure,
    id: 'disclosure.final-accounts.on-time',
    title: t('部门决算在批复后规定时限内公开', 'Final accounts published within the deadline'),
    description: t(
      '自财政部门批复至公开的天数（截至评价基准日 asOf 仍未公开的，计至基准日）不超过规定时限。',
      'Days from approval to publication (to the as-of date when still unpublished) are within the deadline.',
    ),
    severity: 'warning',
    check: { fact: 'disclosure.finalAccounts.delayDays', op: 'lte', value: { threshold: 'disclosure.deadlineDays' } },
  },
];
