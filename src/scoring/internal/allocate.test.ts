import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, toCanonical } from '../../model/money/decimal.js';
import { allocatePoints } from './allocate.js';

const canon = (xs: readonly Dec[]): string[] => xs.map((x) => toCanonical(x));

describe('allocatePoints', () => {
  it('gives each part its own weight when the weights already add up to the total (no reweighting)', () => {
    expect(canon(allocatePoints(new D(10), [new D(4), new D('3.5'), new D('2.5')]))).toEqual(['4', '3.5', '2.5']);
  });

  it('spreads the total by largest remainder when they do not', () => {
    // 10 over weights 1:1:1 → 3.33 each, the cent left over goes to the first.
    expect(canon(allocatePoints(new D(10), [new D(1), new D(1), new D(1)]))).toEqual(['3.34', '3.33', '3.33']);
    expect(canon(allocatePoints(new D(6), [new D(2), new D(0), new D(2)]))).toEqual(['3', '0', '3']);
  });

  it('weights with more than 2 decimals that add up to the total still come out at 2 decimals', () => {
    const parts = allocatePoints(new D(1), [new D('0.333'), new D('0.333'), new D('0.334')]);
    expect(parts.every((p) => p.decimalPlaces() <= 2)).toBe(true);
    expect(toCanonical(parts.reduce((a, b) => a.plus(b), new D(0)))).toBe('1');
  });

  it('parts always add up to the total, have 2 decimals and follow the weights (property)', () => {
    const weight = fc.integer({ min: 0, max: 10_000 }).map((c) => new D(c).div(100));
    const total = fc.integer({ min: 1, max: 20_000 }).map((c) => new D(c).div(100));
    fc.assert(
      fc.property(fc.array(weight, { minLength: 1, maxLength: 12 }), total, fc.boolean(), (ws, t, exact) => {
        const sum = ws.reduce((a, w) => a.plus(w), new D(0));
        const target = exact && !sum.isZero() ? sum : t;
        const parts = allocatePoints(target, ws);
        expect(parts).toHaveLength(ws.length);
        if (sum.isZero()) return;
        expect(toCanonical(parts.reduce((a, b) => a.plus(b), new D(0)))).toBe(toCanonical(target));
        parts.forEach((p, i) => {
          expect(p.decimalPlaces()).toBeLessThanOrEqual(2);
          const exactShare = target.times(ws[i] as Dec).div(sum);
          expect(p.minus(exactShare).abs().lt('0.01')).toBe(true);
          if ((ws[i] as Dec).isZero()) expect(p.isZero()).toBe(true);
        });
        if (exact) expect(canon(parts)).toEqual(canon(ws));
      }),
    );
  });
});
