/**
 * canonicalOf uses a stated amount's string as is when it already has the canonical form; it must
 * always equal the slow path toCanonical(dec(s)), for canonical and non-canonical spellings alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalOf, statedMoney, money } from '../../src/facts/internal/build.js';
import { dec, toCanonical } from '../../src/model/money/decimal.js';

const digits = (max: number) => fc.array(fc.constantFrom(...'0123456789'), { maxLength: max }).map((d) => d.join(''));
/** Decimal strings in many spellings: leading/trailing zeros, bare point, exponent, sign. */
const spelling = fc
  .tuple(fc.constantFrom('', '', '', '-', '+'), fc.constantFrom('', '0', '00'), digits(20), fc.constantFrom('', '.', '.'), digits(12), fc.constantFrom('', '', '', '0', '00'), fc.constantFrom('', '', 'e3', 'e-2', 'E1'))
  .map(([sign, lead, int, point, frac, trail, exp]) => `${sign}${lead}${int}${point}${frac}${point ? trail : ''}${exp}`)
  .filter((s) => /\d/.test(s.replace(/e.*$/i, '')) && !/^[-+]?\.?(e|$)/i.test(s));

describe('canonicalOf', () => {
  it('equals toCanonical(dec(s)) on any decimal spelling', () => {
    fc.assert(
      fc.property(spelling, (s) => {
        expect(canonicalOf(s)).toBe(toCanonical(dec(s)));
        expect(statedMoney(s)).toEqual(money(dec(s), 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps canonical strings and rewrites the others', () => {
    for (const s of ['0', '0.8', '576.08', '1000', '0.000001', '123456789012.123456']) expect(canonicalOf(s)).toBe(s);
    expect(canonicalOf('0.80')).toBe('0.8');
    expect(canonicalOf('00.5')).toBe('0.5');
    expect(canonicalOf('1.')).toBe('1');
    expect(canonicalOf('.5')).toBe('0.5');
    expect(canonicalOf('-0')).toBe('0');
    expect(canonicalOf('1e3')).toBe('1000');
  });
});
