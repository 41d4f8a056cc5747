import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, dec, sumOf, toCanonical } from './decimal.js';

describe('dec (memoised Decimal parsing)', () => {
  it('returns one shared instance per decimal string, equal to a fresh parse', () => {
    const a = dec('284.80');
    expect(dec('284.80')).toBe(a);
    expect(a.eq(new D('284.8'))).toBe(true);
    expect(toCanonical(a)).toBe('284.8');
  });

  it('returns a Decimal argument as is and parses numbers without the memo', () => {
    const x = new D('1.5');
    expect(dec(x)).toBe(x);
    expect(dec(0).isZero()).toBe(true);
    expect(dec(10).eq(10)).toBe(true);
  });

  it('shared values are never changed by arithmetic on them (decimal.js values are immutable)', () => {
    const a = dec('0.1');
    const b = a.plus('0.2').times(3).minus(a);
    expect(toCanonical(b)).toBe('0.8');
    expect(toCanonical(dec('0.1'))).toBe('0.1');
    expect(dec('0.1')).toBe(a);
  });

  it('stays correct past the memo bound (it is cleared when full, not grown)', () => {
    const first = dec('123.456');
    for (let i = 0; i < 10_000; i++) expect(toCanonical(dec(`${i}.25`))).toBe(`${i}.25`);
    // The memo was cleared on the way, so this is a new instance, with the same value.
    const again = dec('123.456');
    expect(again).not.toBe(first);
    expect(again.eq(first)).toBe(true);
  });

  it('sumOf adds exactly, whatever the memo holds (property)', () => {
    const cents = fc.integer({ min: -10_000_000, max: 10_000_000 });
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 30 }), (xs) => {
        const strings = xs.map((c) => toCanonical(new D(c).div(100)));
        const expected = xs.reduce((a, c) => a + BigInt(c), 0n);
        expect(toCanonical(sumOf(strings).times(100))).toBe(expected.toString());
      }),
    );
  });
});
