import { D, type Dec, dec } from '../../model/money/decimal.js';

const UNIT = dec('0.01');

/**
 * Split `total` (2 decimals) over `weights` in proportion, to 2 decimals, so that the parts add up
 * to `total` exactly (largest remainder; ties go to the earlier part). Zero weights get 0. @internal
 */
export function allocatePoints(total: Dec, weights: readonly Dec[]): Dec[] {
  const sum = weights.reduce((a, w) => a.plus(w), dec(0));
  if (sum.isZero()) return weights.map(() => dec(0));
  // Weights already worth the total at 2 decimals (nothing was reweighted): each part is its weight.
  if (sum.eq(total) && weights.every((w) => w.decimalPlaces() <= 2)) return [...weights];
  const raw = weights.map((w) => total.times(w).div(sum));
  const parts = raw.map((x) => x.toDecimalPlaces(2, D.ROUND_FLOOR));
  let rest = total.minus(parts.reduce((a, b) => a.plus(b), dec(0)));
  const order = raw
    .map((x, i) => ({ i, rem: x.minus(parts[i] as Dec) }))
    .filter(({ i }) => !(weights[i] as Dec).isZero())
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  for (const { i } of order) {
    if (rest.lt(UNIT)) break;
    parts[i] = (parts[i] as Dec).plus(UNIT);
    rest = rest.minus(UNIT);
  }
  return parts;
}
