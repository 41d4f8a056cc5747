import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBarProgress, fitLine, rateAndEta } from '../../src/cli/batch/progress.js';

describe('batch progress bar', () => {
  it('fits skip lines to the terminal: Chinese characters count two columns, a cut line ends with …', () => {
    expect(fitLine('abc', 10)).toBe('abc');
    expect(fitLine('[2] 部门甲.json：已跳过', 12)).toBe('[2] 部门甲.…');
    expect(fitLine('x'.repeat(30), 0)).toBe('x'.repeat(30)); // width unknown: whole line
  });

  it('shows the rate and the time left', () => {
    expect(rateAndEta(0, 10, 0)).toEqual({ rate: '–/s', left: '–' });
    expect(rateAndEta(5, 100, 2_000)).toEqual({ rate: '2.5/s', left: '0:38' });
    expect(rateAndEta(300, 1_500, 10_000)).toEqual({ rate: '30/s', left: '0:40' });
  });

  it('draws rate and ETA on the bar and prints a skip line cut to the terminal width', () => {
    let out = '';
    const stream = Object.assign(
      new Writable({
        write(chunk: Buffer, _enc, cb) {
          out += chunk.toString();
          cb();
        },
      }),
      { columns: 100, isTTY: true },
    );
    let t = 0;
    const p = createBarProgress(stream, 4, () => t);
    t = 1000;
    p.tick('', 'dept');
    p.skip(`[2] ${'很长的部门名称'.repeat(8)}：已跳过`);
    p.stop();
    expect(out).toMatch(/1\.0\/s|2\.0\/s/);
    expect(out).toMatch(/ETA \d+:\d\d/);
    expect(out).toMatch(/\[2\] (很长的部门名称)+[^\n]*…\n/);
    expect(out).not.toContain('很长的部门名称'.repeat(8));
  });
});
