import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renamed } from './fixtures.js';
import { runInProcess } from './runCli.js';

let dir = '';
const jixiao = (...args: string[]) => runInProcess(args, { cwd: dir });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-batch-opts-'));
  const lines = [renamed('甲局'), renamed('乙局'), renamed('甲局')].map((d) => JSON.stringify(d));
  writeFileSync(join(dir, 'departments.ndjson'), `${lines.join('\n')}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao batch options', () => {
  it('--format json writes compact one-line reports, named by line number (same names never collide)', async () => {
    const out = join(dir, 'out-json');
    const r = await jixiao('batch', join(dir, 'departments.ndjson'), '-o', out, '--format', 'json');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'line-0001-甲局.json',
      'line-0002-乙局.json',
      'line-0003-甲局.json',
      'summary.json',
      'summary.md',
      'summary.xlsx',
    ]);
    const text = readFileSync(join(out, 'line-0003-甲局.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(2);
    expect((JSON.parse(text) as { score: { total: string } }).score.total).toBe('98');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { ranking: { report: string }[] };
    expect(summary.ranking.map((d) => d.report)).toEqual(['line-0001-甲局.json', 'line-0002-乙局.json', 'line-0003-甲局.json']);
  });

  it('--summary-only writes summary.json, summary.md and summary.xlsx only', async () => {
    const out = join(dir, 'out-summary');
    const r = await jixiao('batch', join(dir, 'departments.ndjson'), '-o', out, '--summary-only');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['summary.json', 'summary.md', 'summary.xlsx']);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
      evaluated: number;
      ranking: { name: string; total: string; report: string }[];
    };
    expect(summary.evaluated).toBe(3);
    expect(summary.ranking.map((d) => [d.name, d.total, d.report])).toEqual([
      ['甲局', '98', ''],
      ['乙局', '98', ''],
      ['甲局', '98', ''],
    ]);
  });
});
