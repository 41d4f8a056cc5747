import { describe, expect, it } from 'vitest';
import { D } from '../../model/money/decimal.js';
import { SCORING_MESSAGES } from '../../shared/messages/scoring.js';
import { displayFact, fixed, short } from './present.js';

describe('fixed', () => {
  it('rounds half-up and writes exactly the places asked for, never "-0.00"', () => {
    const cases: [string, number, string][] = [
      ['82.352941', 2, '82.35'],
      ['0.8', 2, '0.80'],
      ['71', 2, '71.00'],
      ['9.995', 2, '10.00'],
      ['-0.004', 2, '0.00'],
      ['-0.5', 2, '-0.50'],
      ['12.5', 0, '13'],
    ];
    for (const [v, places, out] of cases) expect(fixed(new D(v), places)).toBe(out);
  });
});

describe('displayFact', () => {
  const zh = SCORING_MESSAGES['zh-CN'];
  it('shows ratios in percent to 2 decimals, money in 万元 to 2 decimals, counts canonically', () => {
    expect(displayFact({ status: 'ok', type: 'ratio', value: '0.8235294117647058823529411764705882352941' }, zh)).toBe('82.35%');
    expect(displayFact({ status: 'ok', type: 'ratio', value: '0.99995' }, zh)).toBe('100.00%');
    expect(displayFact({ status: 'ok', type: 'money', value: '0.8' }, zh)).toBe('0.80万元');
    expect(displayFact({ status: 'ok', type: 'money', value: '0.8' }, SCORING_MESSAGES.en)).toBe('0.80 万元');
    expect(displayFact({ status: 'ok', type: 'count', value: '14' }, zh, '人')).toBe('14人');
    expect(displayFact({ status: 'ok', type: 'boolean', value: false }, zh)).toBe('否');
    expect(displayFact({ status: 'unavailable', type: 'ratio', reason: '无', reasonEn: 'none' }, SCORING_MESSAGES.en)).toBe('n/a');
  });
});

describe('short', () => {
  it('rounds half-up to 2 decimals and drops trailing zeros', () => {
    expect(['11.7647', '12.50', '4.005', '4', '-0.004', '5.8823529'].map((v) => short(new D(v)))).toEqual(['11.76', '12.5', '4.01', '4', '0', '5.88']);
  });
});
