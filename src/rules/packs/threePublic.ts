import type { Rule } from '../schema.js';
import { sameWithinRounding, t } from './build.js';
import { REF_53, REF_ROUNDING, REF_THREE_PUBLIC_CODES, REF_THREE_PUBLIC_CUT } from './refs.js';

const base = { category: 'compliance', tags: ['three-public'] } as const;

/** "三公"经费 rules. @internal */
export const THREE_PUBLIC_RULES: readonly Rule[] = [
  {
    ...base,
    id: 'three-public.item.within-budget',
    title: t('各项“三公”经费实际支出不超过预算', 'Each "three public" item within its budget'),
    description: t(
      '因公出国（境）费、公务用车购置费、公务用车运行维护费、公务接待费的实际支出均不应超过预算；未发生支出的项目不要求列预算。',
      'Each of the four items must not exceed its budget; an item with no spending needs no budget.',
    ),
    severity: 'error',
    refs: [REF_53],
    forEach: 'threePublicItems',
    check: {
      any: [
        { fact: 'threePublic.{key}.actual', op: 'eq', value: '0' },
        { fact: 'threePublic.{key}.actual', op: 'lte', value: { fact: 'threePublic.{key}.budget' } },
      ],
    },
  },
  {
    ...base,
    id: 'three-public.total.within-budget',
    title: t('“三公”经费实际合计不超过预算合计', '"Three public" total within budget'),
    description: t('“三公”经费控制率（实际 ÷ 预算）不超过 100%。', 'The control rate (actual ÷ budget) is at most 100%.'),
    severity: 'error',
    refs: [REF_53],
    check: { fact: 'threePublic.total.actual', op: 'lte', value: { fact: 'threePublic.total.budget' } },
  },
  {
    ...base,
    id: 'three-public.total.not-increasing',
    title: t('“三公”经费只减不增', '"Three public" spending does not increase'),
    description: t(
      '本年“三公”经费实际合计不高于上年实际合计（上年数据缺失时不适用）。',
      "This year's actual total is not above last year's (not applicable when last year is unknown).",
    ),
    severity: 'warning',
    refs: [REF_THREE_PUBLIC_CUT, REF_53],
    check: { fact: 'threePublic.total.actual', op: 'lte', value: { fact: 'threePublic.total.priorYearActual' } },
  },
  {
    ...base,
    id: 'three-public.item.matches-ledger',
    title: t('“三公”经费与对应经济科目明细一致', '"Three public" items match their ledger lines'),
    description: t(
      '各项“三公”经费实际支出应与支出明细中对应经济科目（30212、31013、30231、30217）之和一致。“三公”经费按财政拨款口径公开，如有其他资金来源须说明差异。',
      'Each item must match the lines of its economic code (30212, 31013, 30231, 30217). Published 三公 figures cover fiscal appropriations only; explain any difference.',
    ),
    severity: 'warning',
    refs: [REF_THREE_PUBLIC_CODES, REF_ROUNDING],
    forEach: 'threePublicItems',
    when: { fact: 'expenditure.lines.count', op: 'gt', value: '0' },
    check: sameWithinRounding('threePublic.{key}.actual', 'threePublic.{key}.ledger'),
  },
  {
    ...base,
    id: 'three-public.total.stated-actual-equals-items',
    title: t('“三公”经费实际合计报告数等于各项之和', 'Stated "three public" actual total equals its items'),
    severity: 'error',
    category: 'consistency',
    refs: [REF_ROUNDING],
    check: sameWithinRounding('threePublic.total.statedActual', 'threePublic.total.actual'),
  },
  {
    ...base,
    id: 'three-public.total.stated-budget-equals-items',
    title: t('“三公”经费预算合计报告数等于各项之和', 'Stated "three public" budget total equals its items'),
    severity: 'error',
    category: 'consistency',
    refs: [REF_ROUNDING],
    check: sameWithinRounding('threePublic.total.statedBudget', 'threePublic.total.budget'),
  },
];
