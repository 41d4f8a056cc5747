import type { EvaluationInput } from '../model/schema/input.js';
import { type FactRecord, count, moneyOf, statedMoney } from './internal/factValue.js';
import type { InputFields } from './internal/inputField.js';
import { sumOf } from './internal/sum.js';

/** The staffing categories that have their own 编制 (quota). @internal */
export const STAFF_CATEGORIES = ['civilServant', 'institution', 'logistics', 'other'] as const;

/**
 * The input field each stated total is read from (see `FactDefinition.input`): the item of
 * `statedTotals` with that id, except 项目支出 checked against its projects, which is
 * `ledger.expenditure.project` (an exact name, before the pattern). @internal
 */
export const STATED_TOTAL_INPUT: InputFields = {
  'statedTotal.expenditure-projects.total': 'ledger.expenditure.project',
  'statedTotal.{id}.total': 'statedTotals[id={id}].total',
  'statedCount.{id}.total': 'statedTotals[id={id}].total',
  'staff.category.{category}.actual': 'department.staffing.actual.{category}',
  'staff.category.{category}.authorized': 'department.staffing.authorized.{category}',
};

/** The keys of the stated totals, by kind and whether their parts are complete (the `forEach` sets). @internal */
export interface StatedTotalSets {
  readonly statedTotals: string[];
  readonly statedTotalsPartial: string[];
  readonly statedCounts: string[];
  readonly statedCountsPartial: string[];
  readonly statedQuotas: string[];
  readonly staffCategories: string[];
}

/**
 * Facts and sets of every total a report states with its parts (issue #16, point 6): the input's
 * `statedTotals` (`statedTotal.{id}.total|parts` for money, `statedCount.{id}.total|parts` for
 * counts, and `statedQuota.{id}-{n}.value|quota` for a part with its own quota), the pairs derived
 * from structured fields that no other rule checks (项目支出 against its listed projects, as
 * `statedTotal.expenditure-projects.*`), each staffing category against its own 编制
 * (`staff.category.{category}.actual|authorized`), staff outside the quota and retirees, kept
 * apart from in-post staff. One generic rule per kind judges every pair, keyed by its id. The facts
 * are written into `values`; the sets are returned. @internal
 */
export function statedTotalFacts(input: EvaluationInput, values: FactRecord): StatedTotalSets {
  const sets: StatedTotalSets = { statedTotals: [], statedTotalsPartial: [], statedCounts: [], statedCountsPartial: [], statedQuotas: [], staffCategories: [] };
  for (const t of input.statedTotals ?? []) {
    if (t.kind === 'money') {
      values[`statedTotal.${t.id}.total`] = statedMoney(t.total);
      values[`statedTotal.${t.id}.parts`] = moneyOf(sumOf(t.parts.map((p) => p.value)));
      (t.partial === true ? sets.statedTotalsPartial : sets.statedTotals).push(t.id);
    } else {
      values[`statedCount.${t.id}.total`] = count(t.total);
      values[`statedCount.${t.id}.parts`] = count(t.parts.reduce((n, p) => n + p.value, 0));
      (t.partial === true ? sets.statedCountsPartial : sets.statedCounts).push(t.id);
      t.parts.forEach((p, i) => {
        if (p.quota === undefined) return;
        const key = `${t.id}-${i + 1}`;
        values[`statedQuota.${key}.value`] = count(p.value);
        values[`statedQuota.${key}.quota`] = count(p.quota);
        sets.statedQuotas.push(key);
      });
    }
  }
  // 项目支出 as stated against the projects listed with it (when the report gives both).
  const ex = input.ledger.expenditure;
  if (ex.project !== undefined && ex.projects.length > 0) {
    values['statedTotal.expenditure-projects.total'] = statedMoney(ex.project);
    values['statedTotal.expenditure-projects.parts'] = moneyOf(sumOf(ex.projects.map((p) => p.amount)));
    sets.statedTotals.push('expenditure-projects');
  }
  // Each staffing category against its own 编制; 编外 (`other`) only where a quota for it is stated.
  const staffing = input.department.staffing;
  const authorized: Readonly<Record<string, number | undefined>> = staffing?.authorized ?? {};
  const actual: Readonly<Record<string, number | undefined>> = staffing?.actual ?? {};
  for (const c of STAFF_CATEGORIES) {
    const quota = authorized[c];
    const have = actual[c];
    if (quota === undefined || have === undefined) continue;
    values[`staff.category.${c}.actual`] = count(have);
    values[`staff.category.${c}.authorized`] = count(quota);
    sets.staffCategories.push(c);
  }
  // Staff outside every quota (编外, not 购买服务) when no quota is stated for them: listed, not absorbed.
  const outside = actual.other;
  if (outside !== undefined && authorized.other === undefined) values['staff.outsideQuota'] = count(outside);
  if (staffing?.retired !== undefined) values['staff.retired'] = count(staffing.retired);
  return sets;
}
