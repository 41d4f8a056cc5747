import type { Locale } from '../shared/issues.js';
import { type Dec, dec } from '../model/money/decimal.js';
import { type PreparedGrade, prepareGrades } from './internal/prepare.js';
import type { GradeBand } from './schema/system.js';
import type { ScoreSheet } from './types.js';

/**
 * The grade (等级) of a total: the band with the highest `min` at or below it (lower bound
 * inclusive, so 90 is 优秀 when 优秀 starts at 90). `assumed` is carried over from the band: it is
 * true when the cut point is not confirmed for the system's jurisdiction.
 *
 * @param grades - The system's grade bands (one must start at 0).
 * @param total - The total score (decimal string).
 * @param locale - `en` picks `labelEn` when a band has one.
 * @returns The grade.
 * @example
 * ```ts
 * import { gradeFor, getBuiltInSystem } from 'jixiao/scoring';
 * gradeFor(getBuiltInSystem('enyang-2023')!.grades, '98'); // { label: '优秀', min: '90', assumed: false }
 * gradeFor(getBuiltInSystem('enyang-2023')!.grades, '89.99'); // { label: '良好', min: '80', assumed: true }
 * ```
 */
export function gradeFor(grades: readonly GradeBand[], total: string, locale: Locale = 'zh-CN'): ScoreSheet['grade'] {
  return gradeOf(prepareGrades(grades), dec(total), locale);
}

/** {@link gradeFor} on grades already sorted and read (a prepared system's). @internal */
export function gradeOf(sorted: readonly PreparedGrade[], total: Dec, locale: Locale): ScoreSheet['grade'] {
  const band = (sorted.find((g) => total.gte(g.min)) ?? sorted[sorted.length - 1])?.band;
  if (!band) return { label: '', min: '0', assumed: true };
  const label = locale === 'en' ? (band.labelEn ?? band.label) : band.label;
  return { label, min: band.min, assumed: band.assumed };
}
