import type { Rule } from '../schema.js';
import { sameWithinRounding, t } from './build.js';
import { REF_53, REF_FINAL_ACCOUNTS, REF_ROUNDING } from './refs.js';

const ledger = { severity: 'error', category: 'consistency', refs: [REF_FINAL_ACCOUNTS, REF_ROUNDING], tags: ['identity'] } as const;
const staff = { severity: 'error', category: 'consistency', refs: [REF_53], tags: ['staffing'] } as const;

/** Stated figures agree with their detail (一致), and the detail is there (完整). @internal */
export const CONSISTENCY_RULES: readonly Rule[] = [
  {
    ...ledger,
    id: 'expenditure.total.equals-lines',
    title: t('本年支出合计等于支出明细之和', 'Stated current spending equals the sum of the lines'),
    description: t(
      '报告所列本年支出合计应等于各条支出明细（功能分类 × 经济分类）之和。',
      'The stated current spending must equal the sum of the expenditure lines (functional × economic).',
    ),
    check: sameWithinRounding('expenditure.total.stated', 'expenditure.total.lines'),
  },
  {
    ...ledger,
    id: 'expenditure.functional.stated-equals-lines',
    title: t('各功能分类报告数等于其明细之和', 'Each stated functional class equals its lines'),
    description: t(
      '按支出功能分类列示的每一个类、款、项，其报告数应等于归属该科目的支出明细之和。',
      'Every stated functional class, 款 or 项 must equal the sum of the lines under it.',
    ),
    forEach: 'functionalCodes',
    check: sameWithinRounding('expenditure.functional.{key}.stated', 'expenditure.functional.{key}.lines'),
  },
  {
    ...ledger,
    id: 'expenditure.economic.stated-equals-lines',
    title: t('各经济分类报告数等于其跨功能分类的明细之和', 'Each stated economic class equals its lines across functional classes'),
    description: t(
      '按经济分类列示的每一个类、款，其报告数应等于各功能分类下该经济科目明细之和。',
      'Every stated economic class or 款 must equal the sum of its lines across all functional classes.',
    ),
    forEach: 'economicCodes',
    check: sameWithinRounding('expenditure.economic.{key}.stated', 'expenditure.economic.{key}.lines'),
  },
  {
    ...ledger,
    id: 'expenditure.basic.equals-lines',
    title: t('基本支出报告数等于基本支出明细之和', 'Stated basic spending equals its lines'),
    check: sameWithinRounding('expenditure.basic.stated', 'expenditure.basic.lines'),
  },
  {
    ...ledger,
    id: 'expenditure.project.equals-lines',
    title: t('项目支出报告数等于项目支出明细之和', 'Stated project spending equals its lines'),
    check: sameWithinRounding('expenditure.project.stated', 'expenditure.project.lines'),
  },
  {
    id: 'expenditure.lines.present',
    title: t('提供了支出明细', 'Expenditure lines are given'),
    description: t(
      '没有功能分类 × 经济分类的支出明细，就无法复核各项报告数，也无法核对“三公”经费与会计科目。',
      'Without functional × economic lines, no stated figure can be recomputed and 三公 cannot be matched to the ledger.',
    ),
    severity: 'warning',
    category: 'completeness',
    refs: [REF_FINAL_ACCOUNTS],
    tags: ['detail'],
    check: { fact: 'expenditure.lines.count', op: 'gt', value: '0' },
  },
  {
    ...staff,
    id: 'staff.authorized.stated-equals-parts',
    title: t('编制总数等于各类编制之和', 'Stated authorized staff equals its parts'),
    check: { fact: 'staff.authorized.stated', op: 'eq', value: { fact: 'staff.authorized.total' } },
  },
  {
    ...staff,
    id: 'staff.actual.stated-equals-parts',
    title: t('实有人员总数等于各类人员之和', 'Stated actual staff equals its parts'),
    description: t(
      '实有人员总数（含购买服务人员）应等于公务员、事业、工勤、购买服务及其他人员之和。',
      'Actual staff (incl. purchased services) must equal the sum of its kinds.',
    ),
    check: { fact: 'staff.actual.stated', op: 'eq', value: { fact: 'staff.actual.total' } },
  },
];
