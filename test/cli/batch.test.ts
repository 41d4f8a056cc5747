import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enyang, renamed, WRONG_SHAPE } from './fixtures.js';
import { buildCli, runCli, runInProcess } from './runCli.js';

interface Summary {
  evaluated: number;
  failed: number;
  ranking: { rank: number; name: string; total: string; grade: string; failedRules: string[]; report: string; source: string }[];
  gradeDistribution: Record<string, number>;
  mostFailedRules: { ruleId: string; departments: number }[];
  failures: { name: string; source: string; issueCount: number; issues: string[] }[];
}

let cli = '';
let dir = '';
const jixiao = (...args: string[]) => runInProcess(args, { cwd: dir });
const readSummary = (out: string) => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'jixiao-batch-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao batch NDJSON', () => {
  it('skips a broken department in the middle, writes the others, exits 3', async () => {
    const file = join(dir, 'departments.ndjson');
    const lines = [JSON.stringify(renamed('甲局')), '{ not json', '', JSON.stringify(WRONG_SHAPE), JSON.stringify(renamed('乙局'))];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const out = join(dir, 'out-ndjson');
    const tmp = join(dir, 'tmp-ndjson');
    mkdirSync(tmp);
    const r = await runInProcess(['batch', file, '-o', out, '--format', 'json'], { cwd: dir, env: { TMPDIR: tmp } });
    expect(r.code).toBe(3);
    expect(readdirSync(tmp)).toEqual([]); // the summary's spill file is deleted
    expect(r.stderr).toContain('departments.ndjson:2');
    expect(r.stderr).toContain('departments.ndjson:4');
    const summary = readSummary(out);
    expect([summary.evaluated, summary.failed]).toEqual([2, 2]);
    expect(summary.failures.map((f) => f.source)).toEqual(['departments.ndjson:2', 'departments.ndjson:4']);
    expect(summary.failures[1]?.issueCount).toBeGreaterThan(1);
    expect(summary.ranking.map((d) => [d.rank, d.name, d.total, d.grade])).toEqual([
      [1, '甲局', '98', '优秀'],
      [1, '乙局', '98', '优秀'],
    ]);
    expect(summary.gradeDistribution).toEqual({ 优秀: 2 });
    const reports = readdirSync(out).sort();
    expect(reports).toEqual(['line-0001-甲局.json', 'line-0005-乙局.json', 'summary.json', 'summary.md', 'summary.xlsx']);
    const report = JSON.parse(readFileSync(join(out, 'line-0001-甲局.json'), 'utf8')) as { score: { total: string } };
    expect(report.score.total).toBe('98');
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).toContain('# 批量评价汇总');
    expect(md).toContain('| 1 | 甲局 | 98 | 优秀 |');
    expect(md).toContain('departments.ndjson:2');
    expect(r.stdout).toContain('成功 2 个，失败 2 个');
  });

  it('exits 0 when every department is evaluated; plain progress lines without a TTY', async () => {
    const file = join(dir, 'ok.jsonl');
    writeFileSync(file, [renamed('丙局'), renamed('丁局')].map((d) => JSON.stringify(d)).join('\r\n'));
    const out = join(dir, 'out-ok');
    const r = await jixiao('batch', file, '-o', out, '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\[1\] ok\.jsonl:1: 丙局 98 Excellent$/m);
    expect(r.stderr).toMatch(/^\[2\] ok\.jsonl:2: 丁局 98 Excellent$/m);
    expect([readSummary(out).evaluated, readSummary(out).failed]).toEqual([2, 0]);
    expect(existsSync(join(out, 'line-0001-丙局.md'))).toBe(true);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('# Batch evaluation summary');
  });

  it('keeps memory flat: 60 departments of ~0.5 MB each in a 64 MB heap (it runs out of memory if reports are kept)', async () => {
    const big = enyang();
    big['department'] = { ...(big['department'] as Record<string, unknown>), functions: '负责'.repeat(45_000) };
    big['report'] = { ...(big['report'] as Record<string, unknown>), conclusion: '规范'.repeat(45_000) };
    const file = join(dir, 'many.ndjson');
    const line = JSON.stringify(big);
    writeFileSync(file, `${Array.from({ length: 60 }, () => line).join('\n')}\n`);
    const out = join(dir, 'out-many');
    const r = await runCli(cli, ['batch', file, '-o', out, '--format', 'html'], { cwd: dir, nodeOptions: ['--max-old-space-size=64'] });
    expect(r.stderr).not.toContain('heap out of memory');
    expect(r.stderr.split('\n').filter((l) => l.includes('优秀'))).toHaveLength(60);
    expect(r.code).toBe(0);
    const summary = readSummary(out);
    expect(summary.evaluated).toBe(60);
    expect(new Set(summary.ranking.map((d) => d.report)).size).toBe(60);
  }, 180_000);
});

describe('jixiao batch temporary file', () => {
  it('is deleted when the batch is interrupted (SIGTERM), and the process still ends by the signal', async () => {
    const file = join(dir, 'interrupted.ndjson');
    const line = JSON.stringify(enyang());
    writeFileSync(file, `${Array.from({ length: 2000 }, () => line).join('\n')}\n`);
    const tmp = join(dir, 'tmp-interrupted');
    mkdirSync(tmp);
    const child = spawn(process.execPath, [cli, 'batch', file, '-o', join(dir, 'out-interrupted'), '--summary-only'], {
      cwd: dir,
      env: { ...process.env, TMPDIR: tmp },
      stdio: 'ignore',
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    for (let i = 0; i < 1500 && readdirSync(tmp).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(tmp)).toHaveLength(1); // the spill folder, while the batch runs
    child.kill('SIGTERM');
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' });
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);
});

describe('jixiao batch DIR', () => {
  it('evaluates .json/.yaml files one by one, skips the broken one, exits 3', async () => {
    const src = join(dir, 'departments');
    mkdirSync(src);
    writeFileSync(join(src, 'a.json'), JSON.stringify(renamed('甲局')));
    writeFileSync(join(src, 'b-broken.json'), '{"unit": ');
    writeFileSync(join(src, 'c.yaml'), stringify(renamed('丙局')));
    writeFileSync(join(src, 'd.json'), JSON.stringify(WRONG_SHAPE));
    writeFileSync(join(src, 'notes.txt'), 'not a department');
    writeFileSync(join(src, '.hidden.json'), '{}');
    const out = join(dir, 'out-dir');
    const r = await jixiao('batch', src, '-o', out, '--format', 'md');
    expect(r.code).toBe(3);
    const summary = readSummary(out);
    expect([summary.evaluated, summary.failed]).toEqual([2, 2]);
    expect(summary.failures.map((f) => f.source).sort()).toEqual(['b-broken.json', 'd.json']);
    expect(summary.ranking.map((d) => d.report).sort()).toEqual(['a.md', 'c.md']);
    expect(r.stderr).toContain('b-broken.json');
    expect(summary.ranking.map((d) => [d.name, d.source]).sort()).toEqual([
      ['丙局', 'c.yaml'],
      ['甲局', 'a.json'],
    ]);
    expect(readFileSync(join(out, 'c.md'), 'utf8')).toMatch(/^# /);
  });

  it('usage and I/O errors: no -o (2), a plain file that is not NDJSON (2), a missing source (4)', async () => {
    const src = join(dir, 'departments');
    expect((await jixiao('batch', src)).code).toBe(2);
    const plain = join(dir, 'one.json');
    writeFileSync(plain, JSON.stringify(enyang()));
    expect((await jixiao('batch', plain, '-o', join(dir, 'x'))).code).toBe(2);
    const missing = await jixiao('batch', join(dir, 'nowhere'), '-o', join(dir, 'y'), '--locale', 'en');
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('file not found');
  });

  it("exit 4 naming the temp folder when the summary's temporary file cannot be created", async () => {
    const file = join(dir, 'one.ndjson');
    writeFileSync(file, `${JSON.stringify(renamed('甲局'))}\n`);
    const noTmp = join(dir, 'no-such-tmp');
    const r = await runInProcess(['batch', file, '-o', join(dir, 'out-notmp'), '--locale', 'en'], { cwd: dir, env: { TMPDIR: noTmp } });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`cannot write ${noTmp}: ENOENT`);
  });
});
