import type { Locale } from '../../shared/issues.js';
import type { Dec } from '../../model/money/decimal.js';
import type { CompiledBand, CompiledLeaf } from '../internal/compiled.js';
import { type LeafContext, type LeafRaw, subjectOf, unavailableOutcome, ZERO, leafRaw } from '../internal/leaf.js';
import { readFact, scaledValue, threshold } from '../internal/present.js';
import type { Band, BandsLeaf } from '../schema/methods.js';

/** Does the value fall in the band? Lower-closed: [min, max); upper-closed: (min, max]. @internal */
export function inBand(v: Dec, b: CompiledBand, closed: 'lower' | 'upper'): boolean {
  if (closed === 'lower') return (b.min === undefined || v.gte(b.min)) && (b.max === undefined || v.lt(b.max));
  return (b.min === undefined || v.gt(b.min)) && (b.max === undefined || v.lte(b.max));
}

/** A band's label: its own, or generated from its bounds ("≤0%", "≥80%且<90%"). @internal */
export function bandLabel(b: Band, closed: 'lower' | 'upper', isRatio: boolean, locale: Locale): string {
  const own = locale === 'en' ? (b.labelEn ?? b.label) : b.label;
  if (own !== undefined) return own;
  const lo = b.min === undefined ? undefined : `${closed === 'lower' ? '≥' : '>'}${threshold(b.min, isRatio)}`;
  const hi = b.max === undefined ? undefined : `${closed === 'lower' ? '<' : '≤'}${threshold(b.max, isRatio)}`;
  if (lo && hi) return `${lo}${locale === 'en' ? ' and ' : '且'}${hi}`;
  return lo ?? hi ?? (locale === 'en' ? 'any value' : '任意值');
}

/** `bands`: the points of the band the value falls in; a value in no band earns 0, and says so. @internal */
export function scoreBands(leaf: BandsLeaf, c: CompiledLeaf, ctx: LeafContext): LeafRaw {
  const f = readFact(ctx.facts, leaf.fact);
  const subject = subjectOf(c, leaf.fact, f, ctx);
  const v = scaledValue(f);
  if (v === undefined) return unavailableOutcome(c, [[leaf.fact, f]], subject.metrics, ctx);
  const { locale } = ctx;
  const band = (c.bands as readonly CompiledBand[]).find((b) => inBand(v, b, leaf.closed));
  if (!band) {
    const explanation = locale === 'en' ? `${subject.text}: in none of the bands of the standard, earned 0 of ${leaf.points}` : `${subject.text}，不在评分标准所列任何分档内，得0分`;
    return leafRaw('available', 'scored', ZERO, subject.metrics, explanation);
  }
  const label = bandLabel(band.band, leaf.closed, f.type === 'ratio', locale);
  const explanation = locale === 'en'
    ? `${subject.text}: in the band "${label}", earned ${band.band.points} of ${leaf.points}`
    : `${subject.text}，属于“${label}”档，得${band.band.points}分（满分${leaf.points}分）`;
  return leafRaw('available', 'scored', band.points, subject.metrics, explanation);
}
