/**
 * Issue #17, round two: hostile input that is valid by every documented limit but used to cost
 * quadratic time. Budgets are checked benchmark-style, never against the wall clock: each
 * adversarial text at the length limit is timed against a benign text of the same length through
 * the same function, and must cost at most GROWTH times as much (a quadratic regex costs hundreds
 * to thousands of times more at these lengths; a linear one a small constant).
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/index.js';
import { evaluateDepartment } from '../../src/evaluate.js';
import { endSentence, hasAmount, joinLines, narrativeAfterAmounts, narrativeBeforeAmounts, trimEndOf } from '../../src/render/format/typography.js';
import { INPUT_LIMITS } from '../../src/shared/scan.js';
import { factMatcher } from '../../src/xlsx/internal/factLookup.js';
import { enyang, setAt } from './support.js';

const GROWTH = 50;
const N = INPUT_LIMITS.maxStringLength - 10;

/**
 * One run's CPU time in ms (this process's, so time spent waiting for a core on a loaded machine is
 * not counted), with a floor so a near-zero baseline cannot inflate the ratio.
 */
function cpuMs(f: () => unknown): number {
  const t = process.cpuUsage();
  f();
  const u = process.cpuUsage(t);
  return Math.max((u.user + u.system) / 1000, 1);
}

/** Fastest of `runs` runs, stopping early once one is under `enough` ms. */
function cost(f: () => unknown, runs: number, enough = 0): number {
  let best = Infinity;
  for (let i = 0; i < runs && best >= enough; i++) best = Math.min(best, cpuMs(f));
  return best;
}

/**
 * The adversarial text must cost no more than GROWTH × the benign one of the same length. The hostile
 * text gets up to three runs, stopping at the first one within budget: a collection or another
 * process landing in one run cannot fail the test, and a quadratic function fails all three.
 */
function expectLinear(f: (s: string) => unknown, hostile: string, benign: string): void {
  expect(hostile.length).toBe(benign.length);
  const base = cost(() => f(benign), 3);
  const bad = cost(() => f(hostile), 3, GROWTH * base);
  expect(bad / base, `hostile ${bad.toFixed(1)} ms vs benign ${base.toFixed(1)} ms`).toBeLessThan(GROWTH);
}

const benign = (n: number): string => '严格执行中央八项规定'.repeat(Math.ceil(n / 10)).slice(0, n);

describe('every regex applied to user text runs in linear time (#17.2)', () => {
  it('amounts in notes: 99,990 digits and "x元"', () => {
    const hostile = `${'9'.repeat(N - 2)}x元`;
    for (const f of [hasAmount, narrativeBeforeAmounts, narrativeAfterAmounts]) expectLinear(f, hostile, benign(N));
    const spaced = `1${' '.repeat(N - 3)}x元`;
    expectLinear(narrativeAfterAmounts, spaced, benign(N));
    // Same answers as before.
    expect(narrativeAfterAmounts('12.34.5元,其余')).toBe('其余');
    expect(narrativeBeforeAmounts('用于日常支出,包括工资166.26万元')).toBe('用于日常支出');
  });

  it('trailing punctuation and line joins', () => {
    expectLinear(endSentence, `${'，'.repeat(N - 1)}x`, benign(N));
    expectLinear((s) => trimEndOf(s, '。，,；;'), `${'。'.repeat(N - 1)}x`, benign(N));
    expectLinear(joinLines, `${' '.repeat(N - 1)}x`, benign(N));
    expect(joinLines('a  \n \r\n b  c')).toBe('a b  c');
    expect(endSentence('结论，，')).toBe('结论。');
  });

  it('indicator names in a sheet: a run of "(" (cell text up to 32,767 characters)', () => {
    const match = factMatcher(undefined);
    expectLinear((s) => match(s, ''), `${'('.repeat(32_766)})`, benign(32_767));
    expect(match('预算执行率(%)', '')).toEqual(match('预算执行率', ''));
  });

  it('a whole report with hostile notes renders within the same budget as benign ones', () => {
    const render = (text: string): string => {
      const input = enyang();
      setAt(input, ['report', 'conclusion'], text);
      return renderMarkdown(evaluateDepartment(input));
    };
    expectLinear(render, `${'9'.repeat(N - 3)}x元，`, benign(N));
  });
});

describe('YAML is capped by measured memory, not only by the JSON text limit (#17.3)', () => {
  /** Values (scalars, arrays, objects) in a parsed tree. */
  const countValues = (v: unknown): number => {
    let n = 0;
    const stack = [v];
    while (stack.length > 0) {
      const x = stack.pop();
      n++;
      if (x && typeof x === 'object') stack.push(...Object.values(x as object));
    }
    return n;
  };

  it('refuses YAML over 2,000,000 characters, and over 100,000 values, before parsing', async () => {
    const { readDataText } = await import('../../src/model/text.js');
    const lines: string[] = [];
    for (let i = 0, len = 0; len <= 2_000_000; i++) {
      const l = `k${i}: ${i}\n`;
      lines.push(l);
      len += l.length;
    }
    const r = readDataText(lines.join(''), { format: 'yaml' });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['string_too_long']);
    const flow = `a: [${'0,'.repeat(100_000)}0]\n`; // 200 KB, 100,001 values: used to cost ~90 MiB and a second
    const f = readDataText(flow, { format: 'yaml' });
    expect(f.ok ? [] : f.issues.map((i) => i.code)).toEqual(['too_many_items']);
    // The same data as JSON is fine (JSON.parse is cheap).
    expect(readDataText(JSON.stringify({ a: new Array(100_001).fill(0) }), { format: 'json' }).ok).toBe(true);
  });

  it('the mark count bounds the values of every accepted shape (so memory is bounded at the cap)', async () => {
    const { readDataText } = await import('../../src/model/text.js');
    const shapes = [
      `a: [${'0,'.repeat(49_990)}0]\n`,
      '- 0\n'.repeat(99_990),
      `${'- '.repeat(200)}0\n`,
      Array.from({ length: 49_990 }, (_, i) => `k${i}: v\n`).join(''),
      `{${Array.from({ length: 30_000 }, (_, i) => `k${i}: [0, {x: 1}]`).join(', ')}}\n`,
    ];
    for (const text of shapes) {
      let marks = 1;
      for (const c of text) if ('\n,-:?[{'.includes(c)) marks++;
      const r = readDataText(text, { format: 'yaml' });
      if (!r.ok) {
        expect(marks).toBeGreaterThan(100_000);
        continue;
      }
      expect(countValues(r.value)).toBeLessThanOrEqual(marks);
    }
  });

  it('a real department in YAML is far below the caps', async () => {
    const { readDataText } = await import('../../src/model/text.js');
    const { stringify } = await import('yaml');
    expect(readDataText(stringify(enyang()), { format: 'yaml' }).ok).toBe(true);
  });
});
