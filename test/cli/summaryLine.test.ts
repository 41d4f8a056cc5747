// `jixiao evaluate` prints a one-line summary on stderr after the report (#19), saying when the total is
// provisional (#16.4) and when the default indicator system was used (#16.5); colour only where supported.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourFor, summaryLines } from '../../src/cli/summaryLine.js';
import { evaluateDepartment } from '../../src/index.js';
import { enyang, writeInputs } from './fixtures.js';
import { runInProcess } from './runCli.js';

const ESC = '\u001b[';

describe('summaryLines', () => {
  const result = evaluateDepartment(enyang());
  const open = result.rules.findings.filter((f) => f.status === 'fail' && !f.waived);
  const advisory = open.filter((f) => f.severity === 'warning').length;

  it('zh-CN: total, grade, 强制性/提示性 counts, pending, then the default system', () => {
    const lines = summaryLines(result, 'zh-CN', false);
    expect(lines[0]).toBe(`98分 优秀 · 强制性 0 未通过 · 提示性 ${advisory} · 待评 0 项`);
    expect(lines[1]).toBe('评价指标体系：enyang-2023（恩阳区2023年区级部门整体支出绩效评价指标体系（重构））（未指定 --system，缺省选用）');
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain(ESC);
  });

  it('en, a given system: no system line', () => {
    const r = evaluateDepartment(enyang(), { locale: 'en', system: 'enyang-2023' });
    expect(summaryLines(r, 'en', false)).toEqual([`98 points, ${r.score.grade.label} · 0 mandatory failed · ${advisory} advisory · 0 pending`]);
  });

  it('pending indicators: （暂定） and the count', () => {
    const data = enyang() as { assessments: { indicator: string }[] };
    data.assessments = data.assessments.filter((a) => a.indicator !== 'performance.duties.key-work');
    expect(summaryLines(evaluateDepartment(data), 'zh-CN', false)[0]).toMatch(/^90分 优秀（暂定） · 强制性 0 未通过 · 提示性 \d+ · 待评 1 项$/u);
  });

  it('colour adds ANSI codes only when asked, and the text is the same without them', () => {
    const coloured = summaryLines(result, 'zh-CN', true);
    expect(coloured[0]).toContain(ESC);
    // eslint-disable-next-line no-control-regex
    expect(coloured.map((l) => l.replace(/\u001b\[[\d;]*m/gu, ''))).toEqual(summaryLines(result, 'zh-CN', false));
  });

  it('colourFor: NO_COLOR wins, non-TTY is plain, FORCE_COLOR forces, TERM=dumb is plain', () => {
    expect(colourFor({ isTTY: true }, {})).toBe(true);
    expect(colourFor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourFor({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colourFor({ isTTY: false }, {})).toBe(false);
    expect(colourFor({}, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourFor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colourFor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colourFor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
  });
});

describe('jixiao evaluate: the summary line on stderr', () => {
  let dir = '';
  let files: ReturnType<typeof writeInputs>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-summary-'));
    files = writeInputs(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stdout is the report alone; stderr has the summary and the default-system line, no ANSI codes without a TTY', async () => {
    const r = await runInProcess(['evaluate', files.json], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# 巴中市恩阳区行政审批局')).toBe(true);
    expect(r.stdout).not.toContain('强制性 0 未通过 ·');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^98分 优秀 · 强制性 0 未通过 · 提示性 \d+ · 待评 0 项$/u);
    expect(lines[1]).toContain('缺省选用');
    expect(r.stderr).not.toContain(ESC);
  });

  it('FORCE_COLOR colours it; NO_COLOR keeps it plain even then', async () => {
    const forced = await runInProcess(['evaluate', files.json, '--format', 'json'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain(ESC);
    expect(forced.stdout).not.toContain(ESC);
    const plain = await runInProcess(['evaluate', files.json, '--format', 'json'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(plain.stderr).not.toContain(ESC);
  });

  it('an input without assessments: （暂定）, 待评 N 项, in English too', async () => {
    const data = enyang();
    delete data['assessments'];
    delete data['claimed'];
    const file = join(dir, 'unassessed.json');
    writeFileSync(file, JSON.stringify(data));
    const zh = await runInProcess(['evaluate', file, '--system', 'enyang-2023'], { cwd: dir });
    expect(zh.code).toBe(0);
    expect(zh.stderr.trim()).toMatch(/^39分 差（暂定） · 强制性 0 未通过 · 提示性 \d+ · 待评 18 项$/u);
    const en = await runInProcess(['evaluate', file, '--locale', 'en'], { cwd: dir });
    expect(en.stderr).toMatch(/^39 points, \S+ \(provisional\) · 0 mandatory failed · \d+ advisory · 18 pending\n/u);
    expect(en.stderr).toContain('used by default');
  });
});
