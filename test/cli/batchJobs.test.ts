// `jixiao batch --jobs N` (worker threads) and the order of a directory, through the BUILT command.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types: the benchmarks' seeded generator
import { generateDepartment } from '../../bench/generate.mjs';
import { compareCodePoints } from '../../src/cli/batch/sources.js';
import { renamed } from './fixtures.js';
import { buildCli, runCli } from './runCli.js';

let cli = '';
let dir = '';
const jixiao = (...args: string[]) => runCli(cli, args, { cwd: dir });

/** File names whose code-point order differs from creation order and from UTF-16 code-unit order (ﬁ U+FB01 < 𝒜 U+1D49C). */
const NAMES = ['𝒜', 'b', 'ﬁ', '10', 'Z', 'a', '9', 'ä', '部门', 'e'];

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'jixiao-jobs-'));
  mkdirSync(join(dir, 'in'));
  NAMES.forEach((name, i) => {
    const data = generateDepartment({ seed: `jobs-${i}`, lines: 12 }) as Record<string, unknown>;
    writeFileSync(join(dir, 'in', `${name}.json`), JSON.stringify(data));
  });
  // two departments with equal totals: their order in the ranking is the directory's (sorted) order
  writeFileSync(join(dir, 'in', 'y-same.json'), JSON.stringify(renamed('同分甲')));
  writeFileSync(join(dir, 'in', 'x-same.json'), JSON.stringify(renamed('同分乙')));
  writeFileSync(join(dir, 'in', 'broken.json'), '{ "oops": ');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const summary = (out: string): unknown => JSON.parse(readFileSync(join(dir, out, 'summary.json'), 'utf8'));

describe('jixiao batch --jobs', () => {
  it('--jobs 2 gives the same summary.json, reports and progress lines as --jobs 1', async () => {
    expect(existsSync(join(dirname(cli), 'batchWorker.js'))).toBe(true); // the worker threads' script is built beside main.js
    const one = await jixiao('batch', 'in', '-o', 'out1', '--jobs', '1', '--locale', 'en');
    const two = await jixiao('batch', 'in', '-o', 'out2', '--jobs', '2', '--locale', 'en');
    expect(one.code).toBe(3); // broken.json is skipped
    expect(two.code).toBe(3);
    expect(summary('out2')).toEqual(summary('out1'));
    expect(two.stderr).toBe(one.stderr);
    for (const name of ['a', '部门', '𝒜'])
      expect(readFileSync(join(dir, 'out2', `${name}.md`), 'utf8')).toBe(readFileSync(join(dir, 'out1', `${name}.md`), 'utf8'));
  });

  it('a directory is taken in code-point order of the file names, whatever order the files were created in', async () => {
    const r = await jixiao('batch', 'in', '-o', 'out-order', '--summary-only', '--locale', 'en');
    const sources = [...r.stderr.matchAll(/^\[\d+\] ([^:]+):/gmu)].map((m) => m[1]);
    const expected = [...NAMES.map((n) => `${n}.json`), 'y-same.json', 'x-same.json', 'broken.json'].sort(compareCodePoints);
    expect(sources).toEqual(expected);
    expect(expected.indexOf('ﬁ.json')).toBeLessThan(expected.indexOf('𝒜.json'));
    expect(expected.slice(0, 3)).toEqual(['10.json', '9.json', 'Z.json']);
    const ranking = (summary('out-order') as { ranking: { source: string; name: string }[] }).ranking.filter((x) => x.name.startsWith('同分'));
    expect(ranking.map((x) => x.source)).toEqual(['x-same.json', 'y-same.json']);
  });

  it('writes summary.xlsx for finance staff beside summary.json and summary.md: the same ranking and failures', async () => {
    const wb = read(readFileSync(join(dir, 'out1', 'summary.xlsx')), { type: 'array' });
    expect(wb.SheetNames).toEqual(['Ranking', 'Grades', 'Failed rules', 'Failed']);
    const rows = utils.sheet_to_json<string[]>(wb.Sheets['Ranking']!, { header: 1, raw: false });
    const json = summary('out1') as { ranking: { rank: number; name: string; total: string; source: string }[]; failures: { source: string }[] };
    expect(rows.slice(1).map((r) => [Number(r[0]), r[1], r[2], r[5]])).toEqual(json.ranking.map((r) => [r.rank, r.name, r.total, r.source]));
    const failed = utils.sheet_to_json<string[]>(wb.Sheets['Failed']!, { header: 1, raw: false });
    expect(failed.slice(1).map((r) => r[0])).toEqual(json.failures.map((f) => f.source));
  });

  it('--summary-only says that only the summaries were written', async () => {
    const r = await jixiao('batch', 'in', '-o', 'out-summary', '--summary-only', '--locale', 'en', '--jobs', '2');
    expect(r.stdout).toMatch(/--summary-only: no per-department reports/);
    expect(r.stdout).not.toMatch(/^batch done: .*reports, summary/);
  });

  it('--jobs must be a whole number from 1: usage error (exit 2)', async () => {
    expect((await jixiao('batch', 'in', '-o', 'out-bad', '--jobs', '0')).code).toBe(2);
    expect((await jixiao('batch', 'in', '-o', 'out-bad', '--jobs', 'two')).code).toBe(2);
  });
});
