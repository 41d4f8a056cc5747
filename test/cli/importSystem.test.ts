import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBuiltInSystem } from '../../src/scoring/index.js';
import { writeIndicatorSheet } from '../../src/xlsx/index.js';
import { writeInputs } from './fixtures.js';
import { runInProcess } from './runCli.js';

const CSV = [
  '2023年区级部门整体支出绩效评价指标体系',
  '一级指标,二级指标,三级指标,分值,评分标准',
  '投入,预算配置,在职人员控制率,3,以100%为标准，≤100%计3分；每超过一个百分点扣0.1分，扣完为止',
  ',,重点支出安排率,4,≥90%得4分；80%-90%得3分；70%-80%得2分；60%-70%得1分；<60%得0分',
  '过程,宣传培训,,2,根据宣传培训开展情况酌情打分',
].join('\n');

let dir = '';
let files: ReturnType<typeof writeInputs>;
const jixiao = (...args: string[]) => runInProcess(args, { cwd: dir });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-import-'));
  files = writeInputs(dir);
  writeFileSync(join(dir, '评分表.csv'), CSV);
  const system = getBuiltInSystem('enyang-2023');
  if (!system) throw new Error('enyang-2023 is not built in');
  writeFileSync(join(dir, 'enyang-2023.xlsx'), writeIndicatorSheet(system));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao import-system', () => {
  it('imports a CSV 评分表 and reports which row became which method', async () => {
    const out = join(dir, 'system.json');
    const r = await jixiao('import-system', '评分表.csv', '-o', out, '--locale', 'en');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/row 3 {2}投入 \/ 预算配置 \/ 在职人员控制率 {2}→ {2}linear \(ratio\.staffControl\)/);
    expect(r.stdout).toMatch(/row 4 .*重点支出安排率 {2}→ {2}bands/);
    expect(r.stdout).toMatch(/row 5 {2}过程 \/ 宣传培训 {2}→ {2}manual ← /);
    expect(r.stdout).toContain('imported 3 leaf indicators: 2 scored automatically, 1 fell back to manual');
    const system = JSON.parse(readFileSync(out, 'utf8')) as { roots?: unknown[]; children?: unknown[] };
    expect(JSON.stringify(system)).toContain('在职人员控制率');
    expect((await jixiao('validate', out, '--kind', 'system')).code).toBe(0);
  });

  it('without -o: the system JSON on stdout, the report on stderr', async () => {
    const r = await jixiao('import-system', '评分表.csv');
    expect(r.code).toBe(0);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('宣传培训');
    expect(r.stderr).toContain('改为人工评分');
  });

  it('round-trips a built-in system through .xlsx: evaluate --system FILE.xlsx still gives 98', async () => {
    const r = await jixiao('evaluate', files.json, '--system', 'enyang-2023.xlsx', '--format', 'json');
    // Only the summary line on stderr; the system was given, so no default-system line.
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^98分 优秀 · /u)]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { score: { total: string } }).score.total).toBe('98');
  });

  it('takes system fields the sheet lacks from options (--year, --id); without a year it is invalid', async () => {
    writeFileSync(join(dir, 'untitled.csv'), CSV.split('\n').slice(1).join('\n'));
    const missing = await jixiao('import-system', 'untitled.csv', '--locale', 'en');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/meta\.year: .*\[required\]/);
    const out = join(dir, 'untitled.json');
    const r = await jixiao('import-system', 'untitled.csv', '--year', '2024', '--id', 'my-county-2024', '-o', out);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ id: 'my-county-2024', year: 2024 });
    expect((await jixiao('import-system', 'untitled.csv', '--year', 'soon')).code).toBe(2);
  });

  it('exit 1 for a sheet without a recognisable header; 4 when missing; 2 for another extension', async () => {
    writeFileSync(join(dir, 'nothing.csv'), 'a,b\n1,2\n');
    const bad = await jixiao('import-system', 'nothing.csv');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('nothing.csv');
    expect((await jixiao('import-system', 'missing.xlsx')).code).toBe(4);
    expect((await jixiao('import-system', files.json)).code).toBe(2);
  });
});
