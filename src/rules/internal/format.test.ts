import { describe, expect, it } from 'vitest';
import { exactMoney, formatAbsolute, formatDifference, formatValue } from './format.js';

describe('formatting compared values for messages', () => {
  it('money in 万元 with two decimals, half-up', () => {
    expect(['576.08', '0', '12', '-3.5', '0.8', '1.50', '-0', '0.125', '2.675'].map((v) => formatValue(v, 'money', 'zh-CN'))).toEqual([
      '576.08 万元',
      '0.00 万元',
      '12.00 万元',
      '-3.50 万元',
      '0.80 万元',
      '1.50 万元',
      '0.00 万元',
      '0.13 万元',
      '2.68 万元',
    ]);
  });

  it('ratios as percentages, booleans and missing values in words, other numbers as they are', () => {
    expect(formatValue('0.8235', 'ratio', 'en')).toBe('82.35%');
    expect([true, false, null].map((v) => formatValue(v, 'boolean', 'zh-CN'))).toEqual(['是', '否', '无']);
    expect([true, false, null].map((v) => formatValue(v, 'boolean', 'en'))).toEqual(['yes', 'no', 'n/a']);
    expect(formatValue('14', 'count', 'en')).toBe('14');
  });

  it('differences signed, absolute values unsigned', () => {
    expect(formatDifference('0.3', 'money', 'en')).toBe('+0.30 万元');
    expect(formatDifference('-0.02', 'money', 'en')).toBe('-0.02 万元');
    expect(formatAbsolute('-0.02', 'money', 'en')).toBe('0.02 万元');
  });

  it('rounding bounds exactly, with at least two decimals', () => {
    expect(['0.05', '0.075', '1', '0.00003'].map(exactMoney)).toEqual(['0.05 万元', '0.075 万元', '1.00 万元', '0.00003 万元']);
  });
});
