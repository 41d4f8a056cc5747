import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_SYSTEMS } from '../../src/scoring/index.js';
import { writeInputs } from './fixtures.js';
import { runInProcess } from './runCli.js';

let dir = '';
let files: ReturnType<typeof writeInputs>;
const jixiao = (...args: string[]) => runInProcess(args, { cwd: dir });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
  files = writeInputs(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao demo', () => {
  it('writes the Enyang report as Markdown to stdout: 98 分, 优秀', async () => {
    const r = await jixiao('demo');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('98');
    expect(r.stdout).toContain('优秀');
    expect(r.stdout).toContain('巴中市恩阳区行政审批局');
    expect(r.stderr).toBe('');
  });

  it('writes JSON: score.total "98", grade 优秀', async () => {
    const r = await jixiao('demo', '--format', 'json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { score: { total: string; grade: { label: string } } };
    expect(result.score.total).toBe('98');
    expect(result.score.grade.label).toBe('优秀');
  });

  it('writes a standalone HTML file with -o, and says so on stderr', async () => {
    const out = join(dir, 'out', 'demo.html');
    const r = await jixiao('demo', '--format', 'html', '-o', out, '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`wrote ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('98');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('jixiao evaluate', () => {
  it('evaluates JSON and YAML alike', async () => {
    const a = await jixiao('evaluate', files.json, '--format', 'json');
    const b = await jixiao('evaluate', files.yaml, '--format', 'json');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
    expect((JSON.parse(a.stdout) as { score: { total: string } }).score.total).toBe('98');
  });

  it('takes --system as a built-in id or a JSON file', async () => {
    const [system] = BUILT_IN_SYSTEMS;
    if (!system) throw new Error('no built-in system');
    const file = join(dir, 'system.json');
    writeFileSync(file, JSON.stringify(system));
    const byId = await jixiao('evaluate', files.json, '--system', system.id, '--format', 'json');
    const byFile = await jixiao('evaluate', files.json, '--system', file, '--format', 'json');
    expect(byId.code).toBe(0);
    expect(byFile.code).toBe(0);
    expect(JSON.parse(byFile.stdout)).toEqual(JSON.parse(byId.stdout));
  });

  it('runs an extra rule pack from --rules', async () => {
    const pack = {
      id: 'test.extra',
      version: '1.0.0',
      rules: [
        {
          id: 'test.reception.under-half',
          title: { 'zh-CN': '公务接待费低于 0.5 万元', en: 'Reception below 5,000 yuan' },
          severity: 'warning',
          category: 'compliance',
          check: { fact: 'threePublic.reception.actual', op: 'lt', value: '0.5' },
        },
      ],
    };
    const file = join(dir, 'pack.json');
    writeFileSync(file, JSON.stringify(pack));
    const r = await jixiao('evaluate', files.json, '--rules', file, '--format', 'json');
    // Only the summary line on stderr (no warnings): the default system's line follows it.
    expect(r.stderr).toMatch(/^98分 优秀 · /u);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { rules: { findings: { ruleId: string; status: string }[] } };
    expect(result.rules.findings.find((f) => f.ruleId === 'test.reception.under-half')).toBeDefined();
  });

  it('exit 4: missing file', async () => {
    const r = await jixiao('evaluate', join(dir, 'nope.json'));
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('找不到文件');
    expect(r.stdout).toBe('');
  });

  it('exit 4: a directory instead of a file, and an output that cannot be written', async () => {
    expect((await jixiao('evaluate', dir)).code).toBe(4);
    const r = await jixiao('evaluate', files.json, '-o', join(files.json, 'report.md'), '--locale', 'en');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('cannot write');
  });

  it("exit 1: not JSON, with the parser's reason, in the chosen language", async () => {
    const zh = await jixiao('evaluate', files.notJson);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('不是合法的 JSON');
    const en = await jixiao('evaluate', files.notJson, '--locale', 'en');
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('not valid JSON');
  });

  it('exit 1: wrong shape, every issue printed with its path and code', async () => {
    const r = await jixiao('evaluate', files.wrongShape, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is invalid');
    expect(r.stderr).toMatch(/report\.evaluationYear: .*\[invalid_type\]/);
    expect(r.stderr).toMatch(/department: .*\[required\]/);
    expect(r.stderr).toMatch(/ledger: .*\[invalid_type\]/);
    expect(r.stdout).toBe('');
  });

  it('exit 1: an invalid --rules pack or --system file is reported before anything is evaluated', async () => {
    const pack = join(dir, 'bad-pack.yaml');
    writeFileSync(pack, 'id: my.pack\nversion: 1.0.0\nrules:\n  - id: my.rule\n    severity: fatal\n');
    const r = await jixiao('evaluate', files.json, '--rules', pack, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad-pack.yaml is invalid');
    expect(r.stderr).toMatch(/rules\[0\]\.severity: .*\[invalid_value\]/);
    expect(r.stdout).toBe('');
    const system = await jixiao('evaluate', files.json, '--system', files.wrongShape);
    expect(system.code).toBe(1);
    expect(system.stderr).toContain('wrong-shape.json');
  });

  it('exit 1: an empty YAML file', async () => {
    expect((await jixiao('evaluate', files.empty)).code).toBe(1);
  });

  it('exit 2: unknown system id, bad --format, bad --as-of, unknown option, missing argument', async () => {
    const unknown = await jixiao('evaluate', files.json, '--system', 'atlantis-2099');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('atlantis-2099');
    expect(unknown.stderr).toContain(BUILT_IN_SYSTEMS[0]?.id ?? '?');
    expect((await jixiao('evaluate', files.json, '--format', 'rtf')).code).toBe(2); // pdf and docx are formats since issue #18
    expect((await jixiao('evaluate', files.json, '--as-of', '2023-13-45')).code).toBe(2);
    const opt = await jixiao('evaluate', files.json, '--frobnicate');
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain('用法错误');
    expect((await jixiao('evaluate')).code).toBe(2);
    expect((await jixiao('no-such-command')).code).toBe(2);
    expect((await jixiao()).code).toBe(2);
  });
});

describe('jixiao validate', () => {
  it('exit 0 for a valid input (JSON or YAML)', async () => {
    const r = await jixiao('validate', files.yaml, '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid evaluation input');
    expect((await jixiao('validate', files.json)).code).toBe(0);
  });

  it('exit 1 for an invalid input, listing every issue with its path', async () => {
    const r = await jixiao('validate', files.wrongShape);
    expect(r.code).toBe(1);
    const issues = r.stderr.split('\n').filter((l) => l.startsWith('  - '));
    expect(issues.length).toBeGreaterThanOrEqual(4);
    for (const line of issues) expect(line).toMatch(/^ {2}- [\w.[\]()$]+：.* \[[a-z_]+\]$/);
  });

  it('exit 1 / 4 for not-JSON and missing files', async () => {
    expect((await jixiao('validate', files.notJson)).code).toBe(1);
    expect((await jixiao('validate', join(dir, 'missing.yaml'))).code).toBe(4);
  });

  it('validates indicator systems and rule packs with --kind', async () => {
    const file = join(dir, 'system-ok.json');
    writeFileSync(file, JSON.stringify(BUILT_IN_SYSTEMS[0]));
    expect((await jixiao('validate', file, '--kind', 'system')).code).toBe(0);
    const bad = await jixiao('validate', files.wrongShape, '--kind', 'system');
    expect(bad.code).toBe(1);
    expect((await jixiao('validate', files.wrongShape, '--kind', 'rules')).code).toBe(1);
  });
});

describe('jixiao systems / rules', () => {
  it('lists the built-in indicator systems', async () => {
    const r = await jixiao('systems');
    expect(r.code).toBe(0);
    for (const s of BUILT_IN_SYSTEMS) expect(r.stdout).toContain(s.id);
    const json = JSON.parse((await jixiao('systems', '--json')).stdout) as { id: string }[];
    expect(json.map((s) => s.id)).toEqual(BUILT_IN_SYSTEMS.map((s) => s.id));
  });

  it('lists the built-in rules with their references', async () => {
    const r = await jixiao('rules', '--locale', 'en');
    expect(r.code).toBe(0);
    const pack = JSON.parse((await jixiao('rules', '--json')).stdout) as { id: string; rules: { id: string; refs: { doc: string }[] }[] };
    expect(pack.id).toBe('jixiao.core');
    expect(pack.rules.length).toBeGreaterThan(5);
    for (const rule of pack.rules) {
      expect(r.stdout).toContain(rule.id);
      for (const ref of rule.refs) expect(r.stdout).toContain(ref.doc);
    }
  });
});
