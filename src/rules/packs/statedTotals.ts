import type { Rule } from '../schema.js';
import { sameWithinRounding, t } from './build.js';
import { REF_53, REF_ROUNDING } from './refs.js';

/** Where a stated total comes from: the report itself (the input's `statedTotals`). [K] @internal */
const REF_STATED = {
  doc: 'jixiao：报告中“合计 = 各部分之和”的表述（输入 statedTotals），按同一舍入规则核对',
  reliability: 'K',
} as const;

const identity = { category: 'consistency', refs: [REF_STATED, REF_ROUNDING] } as const;

/**
 * Every other total a report states together with its parts (issue #16, point 6), keyed by the
 * pair's id: money within the rounding bound, counts exactly; "其中" lists (`partial`) only may not
 * exceed their total. And each staffing category against its own 编制. @internal
 */
export const STATED_TOTAL_RULES: readonly Rule[] = [
  {
    ...identity,
    id: 'identity.stated-total',
    title: t('报告所列合计等于其各部分之和', 'A stated total equals the sum of its stated parts'),
    description: t(
      '报告中列明合计及其各部分的金额（如项目支出与所列项目），合计应等于各部分之和，差额在舍入误差界限以内视为尾差。',
      'Wherever the report states an amount with its parts (project spending and the projects listed…), the total must equal the sum of the parts within the rounding bound.',
    ),
    severity: 'error',
    tags: ['identity', 'stated-total'],
    forEach: 'statedTotals',
    check: sameWithinRounding('statedTotal.{key}.total', 'statedTotal.{key}.parts'),
  },
  {
    ...identity,
    id: 'identity.stated-total.partial',
    title: t('报告所列“其中”各项之和不超过合计', 'The "of which" parts do not exceed their stated total'),
    description: t(
      '报告只列出合计中的一部分（“其中”）时，各部分之和不应超过合计。',
      'When the report lists only some parts of a total ("of which"), their sum must not exceed it.',
    ),
    severity: 'error',
    tags: ['identity', 'stated-total'],
    forEach: 'statedTotalsPartial',
    check: { fact: 'statedTotal.{key}.parts', op: 'lte', value: { fact: 'statedTotal.{key}.total' }, tolerance: 'rounding' },
  },
  {
    ...identity,
    refs: [REF_STATED],
    id: 'identity.stated-count',
    title: t('报告所列数量合计等于其各部分之和', 'A stated count equals the sum of its stated parts'),
    description: t(
      '报告中列明数量合计及其各部分（如产出、工作量、分类人数），合计应等于各部分之和（数量不舍入，须完全相等）。',
      'Wherever the report states a count with its parts (outputs, workloads, staff by category), the total must equal the sum exactly.',
    ),
    severity: 'warning',
    tags: ['stated-total'],
    forEach: 'statedCounts',
    check: { fact: 'statedCount.{key}.total', op: 'eq', value: { fact: 'statedCount.{key}.parts' } },
  },
  {
    ...identity,
    refs: [REF_STATED],
    id: 'identity.stated-count.partial',
    title: t('报告所列“其中”各项数量之和不超过合计', 'The "of which" counts do not exceed their stated total'),
    description: t(
      '报告只列出合计中的一部分（“其中”）时，各部分之和不应超过合计。',
      'When the report lists only some parts of a count, their sum must not exceed it.',
    ),
    severity: 'warning',
    tags: ['stated-total'],
    forEach: 'statedCountsPartial',
    check: { fact: 'statedCount.{key}.parts', op: 'lte', value: { fact: 'statedCount.{key}.total' } },
  },
  {
    ...identity,
    refs: [REF_STATED],
    id: 'identity.stated-part.within-quota',
    title: t('报告所列分项不超过其自身核定数', 'A stated part within its own quota'),
    description: t('报告所列分项（如某类人员）给出自身核定数时，不应超过该核定数。', 'A stated part that has its own quota must not exceed it.'),
    severity: 'warning',
    tags: ['stated-total'],
    forEach: 'statedQuotas',
    check: { fact: 'statedQuota.{key}.value', op: 'lte', value: { fact: 'statedQuota.{key}.quota' } },
  },
  {
    id: 'staffing.category-within-quota',
    title: t('各类在职人员不超过本类编制', 'Each staff category within its own quota'),
    description: t(
      '公务员、事业人员、工勤人员（及核定了编制的其他人员）各自不超过本类核定编制；总数在编制以内不能抵消某一类超编。',
      'Civil servants, institution and logistics staff (and others with a stated quota) each stay within their own quota; a total within the quota does not offset one category over it.',
    ),
    severity: 'error',
    category: 'compliance',
    refs: [REF_53],
    tags: ['staffing'],
    forEach: 'staffCategories',
    check: { fact: 'staff.category.{key}.actual', op: 'lte', value: { fact: 'staff.category.{key}.authorized' } },
  },
  {
    id: 'staffing.outside-quota.listed',
    title: t('编外人员单列，不并入在职人员', 'Staff outside any quota are listed apart'),
    description: t(
      '未核定编制的其他（编外）人员不计入在职人员、不占编制，但不应被悄然吸收：有编外人员时提示核对其是否实为超编人员。',
      'Other staff with no stated quota do not count as in-post, but are not silently absorbed: when there are any, check they are not over-quota staff.',
    ),
    severity: 'warning',
    category: 'compliance',
    refs: [REF_53],
    tags: ['staffing'],
    check: { fact: 'staff.outsideQuota', op: 'eq', value: '0' },
  },
];
