import type { Locale } from '../../../../src/shared/issues.js';
import { D, type Dec, dec } from '../../../../src/model/money/decimal.js';
import { type LeafContext, type LeafRaw, subjectOf, unavailableOutcome } from '../internal/leaf.js';
import { readFact, scaledValue, t, threshold } from '../internal/present.js';
import type { Band, BandsLeaf } from '../../../../src/scoring/schema/methods.js';

/** Does the value fall in the band? Lower-closed: [min, max); upper-closed: (min, max]. @internal */
export function inBand(v: Dec, b: Band, closed: 'lower' | 'upper'): boolean {
  if (closed === 'lower') return (b.min === undefined || v.gte(b.min)) && (b.max === undefined || v.lt(b.max));
  return (b.min === undefined || v.gt(b.min)) && (b.max === undefined || v.lte(b.max));
}

/** A band's label: its own, or generated from its bounds ("≤0%", "≥80%且<90%"). @internal */
export function bandLabel(b: Band, closed: 'lower' | 'upper', isRatio: boolean, locale: Locale): string {
  const own = locale === 'en' ? (b.labelEn ?? b.label) : b.label;
  if (own !== undefined) return own;
  const lo = b.min === undefined ? undefined : `${closed === 'lower' ? '≥' : '>'}${threshold(b.min, isRatio)}`;
  const hi = b.max === undefined ? undefined : `${closed === 'lower' ? '<' : '≤'}${threshold(b.max, isRatio)}`;
  if (lo && hi) return `${lo}${t(locale, '且', ' and ')}${hi}`;
  return lo ?? hi ?? t(locale, '任意值', 'any value');
}

/** `bands`: the points of the band the value falls in; a value in no band earns 0, and says so. @internal */
export function scoreBands(leaf: BandsLeaf, ctx: LeafContext): LeafRaw {
  const f = readFact(ctx.facts, leaf.fact);
  const subject = subjectOf(leaf, leaf.fact, ctx);
  const v = scaledValue(f);
  if (v === undefined) return unavailableOutcome(leaf, [[leaf.fact, f]], subject.metrics, ctx);
  const { locale } = ctx;
  const band = leaf.bands.find((b) => inBand(v, b, leaf.closed));
  if (!band) {
    const explanation = t(locale, `${subject.text}，不在评分标准所列任何分档内，得0分`, `${subject.text}: in none of the bands of the standard, earned 0 of ${leaf.points}`);
    return { kind: 'available', status: 'scored', earned: dec(0), metric: subject.metrics, explanation };
  }
  const label = bandLabel(band, leaf.closed, f.type === 'ratio', locale);
  const explanation = t(
    locale,
    `${subject.text}，属于“${label}”档，得${band.points}分（满分${leaf.points}分）`,
    `${subject.text}: in the band "${label}", earned ${band.points} of ${leaf.points}`,
  );
  return { kind: 'available', status: 'scored', earned: dec(band.points), metric: subject.metrics, explanation };
}
