// `jixiao init`, workbook input and stdin: in-process, and a workbook piped into the BUILT command.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, write } from '@e965/xlsx';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationInputData } from '../../src/index.js';
import { writeInputTemplate } from '../../src/xlsx/index.js';
import { enyang } from './fixtures.js';
import { buildCli, type CliRun, runInProcess } from './runCli.js';

let cli = '';
let dir = '';
const jixiao = (...args: string[]) => runInProcess(args, { cwd: dir });

/** Run the command in-process with `input` on its stdin. */
const withStdin = (args: readonly string[], input: string | Uint8Array): Promise<CliRun> => runInProcess(args, { cwd: dir, stdin: input });

/** Run the built command with `input` piped to its stdin. */
function builtWithStdin(args: readonly string[], input: string | Uint8Array): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'jixiao-init-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao init', () => {
  it('writes the commented YAML starter and the data-entry workbook, and refuses to overwrite them without --force', async () => {
    const r = await jixiao('init', 'start');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('jixiao-input.xlsx');
    const yaml = readFileSync(join(dir, 'start', 'jixiao-input.yaml'), 'utf8');
    expect(yaml).toMatch(/# 评价年度（必填）/);
    expect(yaml).toMatch(/没有的数据不要写 0/);
    const wb = read(readFileSync(join(dir, 'start', 'jixiao-input.xlsx')), { type: 'array' });
    expect(wb.SheetNames).toEqual(read(writeInputTemplate(), { type: 'array' }).SheetNames);

    const again = await jixiao('init', 'start', '--locale', 'en');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect((await jixiao('init', 'start', '--force')).code).toBe(0);
  });

  it('the YAML starter is valid as written and evaluates, with indicators left pending rather than filled with 0', async () => {
    await jixiao('init', 'yaml-start');
    const file = join(dir, 'yaml-start', 'jixiao-input.yaml');
    const data = parse(readFileSync(file, 'utf8')) as EvaluationInputData;
    expect(data.ledger?.budget).toBeUndefined();
    expect(data.performance).toBeUndefined();
    const r = await jixiao('evaluate', file, '--format', 'json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { score: { total: string }; facts: Record<string, unknown> };
    expect(result.score.total).toMatch(/^\d/);
    const json = JSON.stringify(JSON.parse(r.stdout));
    expect(json).toMatch(/"status":"(unavailable|unassessed|reweighted)"/);
  });

  it('round trip: the workbook init writes, filled cell by cell with the Enyang figures, evaluates to 98 (优秀)', async () => {
    await jixiao('init', 'book');
    const file = join(dir, 'book', 'jixiao-input.xlsx');
    // Fill init's own workbook: copy every filled cell of the template written from the fixture into it.
    const filled = read(writeInputTemplate({ data: enyang() as EvaluationInputData }), { type: 'array' });
    const book = read(readFileSync(file), { type: 'array' });
    for (const name of book.SheetNames) {
      const from = filled.Sheets[name]!;
      const to = book.Sheets[name]!;
      for (const addr of Object.keys(from).filter((k) => !k.startsWith('!'))) to[addr] = from[addr]!;
      if (from['!ref'] !== undefined) to['!ref'] = from['!ref'];
    }
    writeFileSync(file, new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    const r = await jixiao('evaluate', file, '--format', 'json');
    // stderr carries only the one-line summary (and which system was used)
    expect(r.stderr.split('\n')[0]).toBe('98分 优秀 · 强制性 0 未通过 · 提示性 0 · 待评 0 项');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { score: { total: string; grade: { label: string } } };
    expect(result.score.total).toBe('98');
    expect(result.score.grade.label).toBe('优秀');
  });

  it('an unfilled workbook is exit 1 with each issue at its sheet and cell', async () => {
    await jixiao('init', 'empty');
    const r = await jixiao('evaluate', join('empty', 'jixiao-input.xlsx'), '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('部门信息.B4');
    expect(r.stderr).toContain('部门信息.B10');
    expect(r.stdout).toBe('');
  });
});

describe('jixiao evaluate: spreadsheets and stdin', () => {
  it('a workbook is recognised by its bytes whatever its name', async () => {
    writeFileSync(join(dir, 'enyang.data'), writeInputTemplate({ data: enyang() as EvaluationInputData }));
    const r = await jixiao('evaluate', 'enyang.data', '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { score: { total: string } }).score.total).toBe('98');
  });

  it('an indicator sheet is taken with --system sheet.xlsx', async () => {
    const { writeIndicatorSheet } = await import('../../src/xlsx/index.js');
    const { getBuiltInSystem } = await import('../../src/scoring/index.js');
    writeFileSync(join(dir, 'system.xlsx'), writeIndicatorSheet(getBuiltInSystem('enyang-2023')!));
    writeFileSync(join(dir, 'enyang.json'), JSON.stringify(enyang()));
    const r = await jixiao('evaluate', 'enyang.json', '--system', 'system.xlsx', '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { score: { total: string } }).score.total).toBe('98');
  });

  it('`-` reads JSON, YAML or a workbook from stdin', async () => {
    const json = await withStdin(['evaluate', '-', '--format', 'json'], JSON.stringify(enyang()));
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { score: { total: string } }).score.total).toBe('98');
    const { stringify } = await import('yaml');
    const yaml = await withStdin(['evaluate', '-', '--format', 'json'], stringify(enyang()));
    expect((JSON.parse(yaml.stdout) as { score: { total: string } }).score.total).toBe('98');
    const book = await builtWithStdin(['evaluate', '-', '--format', 'json'], writeInputTemplate({ data: enyang() as EvaluationInputData }));
    expect((JSON.parse(book.stdout) as { score: { total: string } }).score.total).toBe('98');
  });

  it('`-` with bad input names stdin in the message, exit 1; validate reads stdin too', async () => {
    const r = await withStdin(['evaluate', '-', '--locale', 'en'], '{ "unit": "万元", oops }');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stdin is invalid/);
    const v = await withStdin(['validate', '-'], JSON.stringify(enyang()));
    expect(v.code).toBe(0);
    // the messages name stdin, not "-"
    const bad = await withStdin(['validate', '-'], JSON.stringify({ ...enyang(), unit: '万圆' }));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^stdin 无效/);
  });

  it('validate takes the data-entry workbook too, as evaluate does', async () => {
    const file = join(dir, 'filled.xlsx');
    writeFileSync(file, writeInputTemplate({ data: enyang() as EvaluationInputData }));
    const v = await jixiao('validate', file);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('filled.xlsx');
  });
});
