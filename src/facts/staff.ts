import type { Staffing } from '../model/schema/department.js';
import { enteredCount, notEntered } from './internal/absent.js';
import { type FactRecord, count, ratio, ratioTerms, unavailable } from './internal/factValue.js';
import type { InputFields } from './internal/inputField.js';
import type { FactValue } from './types.js';

/** Unavailable facts whose reason names nothing in the input: built once, at load, shared (frozen) by every result. */
const AUTHORIZED_NOT_STATED = unavailable('count', 'authorizedNotStated', {});
const ACTUAL_NOT_STATED = unavailable('count', 'actualNotStated', {});

const AUTHORIZED = 'department.staffing.authorized';
const ACTUAL = 'department.staffing.actual';

/** The input field each stated staffing total is read from (see `FactDefinition.input`). @internal */
export const STAFF_INPUT: InputFields = {
  'staff.authorized.stated': 'department.staffing.authorizedTotal',
  'staff.actual.stated': 'department.staffing.actualTotal',
};
const STAFF_CONTROL = ratioTerms('inPostStaff', 'authorizedStaff');

/** The categories that count against the quota, in the order a missing one is named. */
const IN_QUOTA = ['civilServant', 'institution', 'logistics'] as const;

type Counts = { readonly [K in (typeof IN_QUOTA)[number] | 'other']?: number | undefined };

/** The sum of the in-quota categories (+ `other` when given), or the path of the first one left out. */
function quotaSum(counts: Counts | undefined, prefix: string, withOther: boolean): { total: number } | { missing: string } {
  let total = 0;
  for (const key of IN_QUOTA) {
    const n = counts?.[key];
    if (n === undefined) return { missing: `${prefix}.${key}` };
    total += n;
  }
  return { total: total + (withOther ? (counts?.other ?? 0) : 0) };
}

const countOr = (s: { total: number } | { missing: string }): FactValue => ('total' in s ? count(s.total) : notEntered('count', s.missing));

/**
 * Staffing facts: the authorized quota, the staff in post against it (civil servants, institution
 * and logistics staff), everyone actually employed, and the staff control rate. Absent is not
 * zero: a category the input leaves out makes the facts that need it unavailable, naming the
 * field (e.g. "未填写 department.staffing.actual.civilServant"). In-post staff are the three quota
 * categories when all are given, else the stated `inPostTotal`. `other` (其他编制 / 其他编外) is
 * an extra category added only when given; the control rate's denominator is the sum of the quota
 * categories, else the stated `authorizedTotal`. Written into `facts`. @internal
 */
export function staffFacts(s: Staffing | undefined, facts: FactRecord): void {
  const authorized = quotaSum(s?.authorized, AUTHORIZED, true);
  const byCategory = quotaSum(s?.actual, ACTUAL, false);
  // the categories when all three are given, else the in-post total the report states
  const inPost = 'missing' in byCategory && s?.inPostTotal !== undefined ? { total: s.inPostTotal } : byCategory;
  const extra = s?.actual?.purchasedService;
  const other = s?.actual?.other;
  const quota = 'total' in authorized ? authorized.total : s?.authorizedTotal;
  facts['staff.authorized.total'] = countOr(authorized);
  facts['staff.authorized.stated'] = s?.authorizedTotal !== undefined ? count(s.authorizedTotal) : AUTHORIZED_NOT_STATED;
  facts['staff.inPost'] = countOr(inPost);
  facts['staff.actual.total'] =
    'missing' in byCategory
      ? notEntered('count', byCategory.missing)
      : extra === undefined
        ? notEntered('count', `${ACTUAL}.purchasedService`)
        : count(byCategory.total + extra + (other ?? 0));
  facts['staff.actual.stated'] = s?.actualTotal !== undefined ? count(s.actualTotal) : ACTUAL_NOT_STATED;
  facts['staff.purchasedService'] =
    extra === undefined && other === undefined ? enteredCount(undefined, `${ACTUAL}.purchasedService`) : count((extra ?? 0) + (other ?? 0));
  facts['ratio.staffControl'] =
    'missing' in inPost
      ? notEntered('ratio', inPost.missing)
      : quota === undefined
        ? notEntered('ratio', 'missing' in authorized ? authorized.missing : AUTHORIZED)
        : ratio(String(inPost.total), String(quota), STAFF_CONTROL);
}
