import type { Locale } from '../../shared/issues.js';
import { SCORING_MESSAGES } from '../../shared/messages/scoring.js';
import type { Dec } from '../../model/money/decimal.js';
import { type LeafContext, type LeafRaw, readSubject, scored, unavailableOutcome, ZERO } from '../internal/leaf.js';
import type { PreparedBand, PreparedOf } from '../internal/prepare.js';
import { threshold } from '../internal/present.js';
import type { Band } from '../schema/methods.js';

/** Does the value fall in the band? Lower-closed: [min, max); upper-closed: (min, max]. @internal */
export function inBand(v: Dec, b: PreparedBand, closed: 'lower' | 'upper'): boolean {
  if (closed === 'lower') return (b.min === undefined || v.gte(b.min)) && (b.max === undefined || v.lt(b.max));
  return (b.min === undefined || v.gt(b.min)) && (b.max === undefined || v.lte(b.max));
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
export function scoreBands(p: PreparedOf<'bands'>, ctx: LeafContext): LeafRaw {
  const leaf = p.node;
  const subject = readSubject(leaf, leaf.fact, ctx);
  const { v } = subject;
  if (v === undefined) return unavailableOutcome(p, [subject.f], subject.metrics, ctx);
  const hit = p.bands.find((b) => inBand(v, b, leaf.closed));
  if (!hit) return scored(ZERO, subject.metrics, ctx.m.bandMiss(subject.text, leaf.points));
  const band = hit.band;
  const label = bandLabel(band, leaf.closed, subject.f.type === 'ratio', ctx.locale);
  return scored(hit.points, subject.metrics, ctx.m.bandHit({ subject: subject.text, label, earned: band.points, points: leaf.points }));
}
