import type { Locale } from '../../../src/shared/issues.js';
import { dec } from '../../../src/model/money/decimal.js';
import type { GradeBand } from '../../../src/scoring/schema/system.js';
import type { ScoreSheet } from '../../../src/scoring/types.js';

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
  const sorted = [...grades].sort((a, b) => dec(b.min).comparedTo(a.min));
  const band = sorted.find((g) => dec(total).gte(g.min)) ?? sorted[sorted.length - 1];
  if (!band) return { label: '', min: '0', assumed: true };
  const label = locale === 'en' ? (band.labelEn ?? band.label) : band.label;
  return { label, min: band.min, assumed: band.assumed };
}
