import { describe, expect, test } from 'vitest';
import { px, scaleBars, toChartNumber } from './chartScale.js';

describe('chart scale (the only decimal → number conversion)', () => {
  test('the largest value fills the length; zeros and all-zero input give zero bars', () => {
    expect(scaleBars([['284.8'], ['171.48'], ['0']], 448)).toEqual([[448], [269.7], [0]]);
    expect(scaleBars([['0', '0']], 100)).toEqual([[0, 0]]);
  });

  test('values are rounded to cents before conversion; negatives and junk draw as 0', () => {
    expect(toChartNumber('0.004')).toBe(0);
    expect(toChartNumber('12345678901.235')).toBe(12345678901.24);
    expect(toChartNumber('-3')).toBe(0);
    expect(toChartNumber('abc')).toBe(0);
  });

  test('coordinates print without float noise', () => {
    expect(px(0.1 + 0.2)).toBe('0.3');
    expect(px(-0.01)).toBe('0');
    expect(px(120)).toBe('120');
  });
});
