import type { Locale } from '../../shared/issues.js';
import { SCORING_MESSAGES } from '../../shared/messages/scoring.js';
import { type Dec, dec } from '../../model/money/decimal.js';
import { type LeafContext, type LeafRaw, readSubject, scored, unavailableOutcome } from '../internal/leaf.js';
import { scaledValue, threshold } from '../internal/present.js';
import type { Band, BandsLeaf } from '../schema/methods.js';

/** Does the value fall in the band? Lower-closed: [min, max); upper-closed: (min, max]. @internal */
export function inBand(v: Dec, b: Band, closed: 'lower' | 'upper'): boolean {
  if (closed === 'lower') return (b.min === undefined || v.gte(dec(b.min))) && (b.max === undefined || v.lt(dec(b.max)));
  return (b.min === undefined || v.gt(dec(b.min))) && (b.max === undefined || v.lte(dec(b.max)));
}

/** A band's label: its own, or generated from its bounds ("≤0%", "≥80%且<90%"). @internal */
export function bandLabel(b: Band, closed: 'lower' | 'upper', isRatio: boolean, locale: Locale): string {
  const own = locale === 'en' ? (b.labelEn ?? b.label) : b.label;
  if (own !== undefined) return own;
  const lo = b.min === undefined ? undefined : `${closed === 'lower' ? '≥' : '>'}${threshold(b.min, isRatio)}`;
  const hi = b.max === undefined ? undefined : `${closed === 'lower' ? '<' : '≤'}${threshold(b.max, isRatio)}`;
  const m = SCORING_MESSAGES[locale];
  if (lo && hi) return m.bandBoth(lo, hi);
  return lo ?? hi ?? m.bandAny;
}

/** `bands`: the points of the band the value falls in; a value in no band earns 0, and says so. @internal */
export function scoreBands(leaf: BandsLeaf, ctx: LeafContext): LeafRaw {
  const subject = readSubject(leaf, leaf.fact, ctx);
  const v = scaledValue(subject.f);
  if (v === undefined) return unavailableOutcome(leaf, [subject.f], subject.metrics, ctx);
  const band = leaf.bands.find((b) => inBand(v, b, leaf.closed));
  if (!band) return scored(dec(0), subject.metrics, ctx.m.bandMiss(subject.text, leaf.points));
  const label = bandLabel(band, leaf.closed, subject.f.type === 'ratio', ctx.locale);
  return scored(dec(band.points), subject.metrics, ctx.m.bandHit({ subject: subject.text, label, earned: band.points, points: leaf.points }));
}
