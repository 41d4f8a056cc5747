/** Which indicator system an evaluation used, why, and whether the department is inside its scope. */
import type { Department } from './model/schema/department.js';
import type { Issue, Locale } from './shared/issues.js';
import { makeIssue } from './shared/makeIssue.js';
import { SCORING_MESSAGES } from './shared/messages/scoring.js';
import type { IndicatorSystem, SystemScope } from './scoring/index.js';

/**
 * The indicator system an evaluation used: its id and name, whether it was the default
 * (`chosenBy: 'default'`, no `system` option given) or given in the options, and why, in the locale.
 *
 * @example
 * ```ts
 * import { evaluateDepartment, type SystemChoice } from 'jixiao';
 * const choice: SystemChoice = evaluateDepartment(data).system;
 * if (choice.chosenBy === 'default') console.warn(choice.reason); // "未指定评价指标体系，缺省选用 enyang-2023"
 * ```
 */
export interface SystemChoice {
  readonly id: string;
  readonly name: string;
  readonly chosenBy: 'default' | 'option';
  readonly reason: string;
}

/** The id of the system used when no `system` option is given. @internal */
export const DEFAULT_SYSTEM_ID = 'enyang-2023';

/** Is `given` the same place name as `wanted` ("四川" and "四川省" are)? */
const samePlace = (given: string, wanted: string): boolean => given.startsWith(wanted) || wanted.startsWith(given);

/** Does the region match this scope region on every part both name? */
function regionMatches(region: Department['region'], want: NonNullable<SystemScope['regions']>[number]): boolean {
  for (const part of ['province', 'city', 'county'] as const) {
    const w = want[part];
    const g = region[part];
    if (w !== undefined && g !== undefined && !samePlace(g, w)) return false;
  }
  return true;
}

const regionText = (r: { province?: string | undefined; city?: string | undefined; county?: string | undefined }, any: string): string =>
  `${r.province ?? ''}${r.city ?? ''}${r.county ?? ''}` || any;

/**
 * The system choice and its notices: `system_default` when the default was used, and one
 * `system_scope_mismatch` for each part of the scope (region, fiscal year, level) the department
 * is outside of. A scope part the department does not state is not held against it. @internal
 */
export function chooseSystem(
  system: IndicatorSystem,
  chosenBy: SystemChoice['chosenBy'],
  department: Department,
  fiscalYear: number,
  locale: Locale,
): { choice: SystemChoice; notices: Issue[] } {
  const m = SCORING_MESSAGES[locale];
  const name = locale === 'en' ? (system.nameEn ?? system.name) : system.name;
  const reason = chosenBy === 'default' ? m.systemByDefault(system.id) : m.systemByOption(system.id);
  const notices: Issue[] = [];
  if (chosenBy === 'default') notices.push(makeIssue('system_default', ['options', 'system'], { system: system.id, name }, locale));
  const scope = system.scope;
  if (scope) {
    const mismatch = (path: (string | number)[], want: string, actual: string): void => {
      notices.push(makeIssue('system_scope_mismatch', path, { system: system.id, scope: want, actual }, locale));
    };
    const regions = scope.regions;
    if (regions && regions.length > 0 && !regions.some((r) => regionMatches(department.region, r))) {
      mismatch(['department', 'region'], m.scopeParts(regions.map((r) => regionText(r, m.anyRegion))), regionText(department.region, m.anyRegion));
    }
    const years = scope.fiscalYears;
    if (years && years.length > 0 && !years.includes(fiscalYear)) {
      mismatch(['report', 'fiscalYear'], m.scopeParts(years.map((y) => m.yearText(y))), m.yearText(fiscalYear));
    }
    const levels = scope.levels;
    if (levels && levels.length > 0 && !levels.includes(department.level)) mismatch(['department', 'level'], m.scopeParts(levels), department.level);
  }
  return { choice: { id: system.id, name, chosenBy, reason }, notices };
}
