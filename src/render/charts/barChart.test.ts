import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fit, textWidth } from './barChart.js';

// The implementations before they were made faster (a regex per character; `fit` re-measuring
// every prefix): the new ones must give the same numbers and the same cut, bit for bit.
const refWidth = (s: string, size = 12): number => {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFEF]/u.test(ch) ? size : size * 0.6;
  return w;
};
const refFit = (label: string, max: number): string => {
  if (refWidth(label) <= max) return label;
  let out = '';
  for (const ch of label) {
    if (refWidth(`${out}${ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
};

const label = fc
  .array(
    fc.oneof(
      fc.constantFrom('中', '文', 'a', '1', ' ', '…', '，', '\u2e7f', '\u2e80', '\uffef', '\ufff0', '\ud800', '\udfff', '𠀀', '😀'),
      fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    ),
    { maxLength: 40 },
  )
  .map((a) => a.join(''));

describe('bar chart text measure', () => {
  test('textWidth and fit as before, for any label and width', () => {
    fc.assert(
      fc.property(
        label,
        fc.oneof(fc.integer({ min: 0, max: 300 }), fc.double({ min: 0, max: 300, noNaN: true })),
        fc.constantFrom(11, 12, 13.5),
        (s, max, size) => {
          expect(textWidth(s, size)).toBe(refWidth(s, size));
          expect(fit(s, max)).toBe(refFit(s, max));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
