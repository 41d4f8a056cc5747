import type { Issue, Issues, Locale, Result } from '../shared/issues.js';
import { scanInput } from '../shared/scan.js';
import { makeIssue } from '../shared/makeIssue.js';
import { sumOf, toCanonical } from '../model/money/decimal.js';
import { checkGrades } from './internal/checkBands.js';
import { checkTree } from './internal/checkTree.js';
import { normalizeTree } from './internal/normalize.js';
import { mapSystemIssues } from './internal/systemIssues.js';
import { type IndicatorSystem, IndicatorSystemSchema } from './schema/system.js';

/**
 * Options for {@link validateIndicatorSystem}.
 *
 * @example
 * ```ts
 * import type { ValidateSystemOptions } from 'jixiao/scoring';
 * const options: ValidateSystemOptions = { locale: 'en' };
 * ```
 */
export interface ValidateSystemOptions {
  /** Language of issue messages: `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
}

/** The failure of a non-empty list of issues (every caller has checked it is non-empty). */
function fail([first, ...rest]: readonly Issue[]): { ok: false; issues: Issues } {
  if (first === undefined) throw new Error('[jixiao] internal: a failed validation without issues');
  return { ok: false, issues: [first, ...rest] };
}

/**
 * Validate an indicator system (as parsed JSON/YAML or an object) and return it with its tree
 * nested. Beyond the shapes checked by {@link IndicatorSystemSchema}, it rejects, each with a
 * located issue: duplicate ids (`duplicate_id`), unknown or leaf parents (`unknown_indicator`),
 * cycles of `parent` references (`cycle`), children whose points do not add up to their parent's
 * or roots that do not add up to the declared `total` (`points_mismatch`), unknown facts or facts
 * of the wrong type (`unknown_fact`, `invalid_value`), unknown methods (`unknown_method`), bands with
 * gaps, overlaps or out of order and bad grade bands (`invalid_bands`).
 *
 * @param data - The system, e.g. `JSON.parse(text)`.
 * @param options - `locale` for the messages.
 * @returns The validated system (nested, defaults applied), or the issues.
 * @example
 * ```ts
 * import { validateIndicatorSystem } from 'jixiao/scoring';
 * const r = validateIndicatorSystem(JSON.parse(text), { locale: 'en' });
 * if (!r.ok) for (const i of r.issues) console.error(i.message); // "indicators[0].points: children's points add up to 19, not the parent's 20"
 * ```
 */
export function validateIndicatorSystem(data: unknown, options: ValidateSystemOptions = {}): Result<IndicatorSystem> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const scanned = scanInput(data, locale);
  if (scanned.length > 0) return fail(scanned);
  const parsed = IndicatorSystemSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return fail(mapSystemIssues(parsed.error.issues as Parameters<typeof mapSystemIssues>[0], locale));
  const system = parsed.data;
  const tree = normalizeTree(system.indicators, locale);
  if (!tree.ok) return fail(tree.issues);
  const issues: Issue[] = [];
  checkTree(tree.value.roots, tree.value.paths, locale, issues);
  const total = sumOf(tree.value.roots.map((n) => n.points));
  if (!total.eq(system.total)) issues.push(makeIssue('points_mismatch', ['total'], { actual: toCanonical(total), expected: system.total }, locale));
  issues.push(...checkGrades(system.grades, system.total, locale));
  if (issues.length > 0) return fail(issues);
  return { ok: true, value: { ...system, indicators: tree.value.roots } };
}
