import type { Staffing } from '../model/schema/department.js';
import { type FactRecord, count, ratio, unavailable } from './internal/factValue.js';

/**
 * Staffing facts: the authorized quota, the staff in post against it (civil servants, institution
 * and logistics staff), everyone actually employed, and the staff control rate. @internal
 */
export function staffFacts(s: Staffing): FactRecord {
  const authorized = s.authorized.civilServant + s.authorized.institution + s.authorized.logistics + (s.authorized.other ?? 0);
  const inPost = s.actual.civilServant + s.actual.institution + s.actual.logistics;
  return {
    'staff.authorized.total': count(authorized),
    'staff.authorized.stated': s.authorizedTotal !== undefined ? count(s.authorizedTotal) : unavailable('count', 'authorizedNotStated', {}),
    'staff.inPost': count(inPost),
    'staff.actual.total': count(inPost + s.actual.purchasedService + s.actual.other),
    'staff.actual.stated': s.actualTotal !== undefined ? count(s.actualTotal) : unavailable('count', 'actualNotStated', {}),
    'staff.purchasedService': count(s.actual.purchasedService + s.actual.other),
    'ratio.staffControl': ratio(String(inPost), String(authorized), { num: 'inPostStaff', den: 'authorizedStaff' }),
  };
}
