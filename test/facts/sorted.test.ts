/**
 * The code sets of the facts are sorted by insertion when short (no Set, no sort work array):
 * they must equal `[...new Set(xs)].sort()` for any strings, short or long (the fallback).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortStrings, sortedDistinct } from '../../src/facts/internal/build.js';

const code = fc.oneof(fc.constantFrom('301', '302', '30201', '310', '201', '2010101', '3', '', 'Z', 'a', '302'), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));

describe('sortedDistinct and sortStrings', () => {
  it('equal a Set and Array.prototype.sort', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(code, { maxLength: 40 }), fc.array(code, { minLength: 30, maxLength: 120 })), (xs) => {
        const expected = [...new Set(xs)].sort();
        expect(sortedDistinct(xs.map((c) => ({ code: c })), (x) => x.code)).toEqual(expected);
        expect(sortStrings([...new Set(xs)])).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });
});
