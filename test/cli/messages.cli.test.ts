// Issue #19: the CLI speaks one language (its parsing errors included), `validate` runs the rules,
// `-o` takes the format from the extension, and `demo` in a terminal prints a summary.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enyang, writeInputs } from './fixtures.js';
import { buildCli, runInProcess } from './runCli.js';

let cli = '';
let dir = '';
let files: ReturnType<typeof writeInputs>;
const jixiao = (...args: string[]) => runInProcess(args, { cwd: dir, env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
const jixiaoEnv = (env: Record<string, string>, ...args: string[]) => runInProcess(args, { cwd: dir, env: { LC_ALL: '', LC_MESSAGES: '', ...env } });
const HAN = /\p{Script=Han}/u;

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'jixiao-msgs-'));
  files = writeInputs(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('usage errors are wholly in the chosen locale', () => {
  const cases: readonly [string, readonly string[], string, string][] = [
    [
      'an invalid choice',
      ['demo', '--format', 'rtf'],
      '用法错误：选项 --format 的取值 "rtf" 无效，可选：md, html, json, docx, pdf',
      'usage error: invalid value "rtf" for --format; choose one of md, html, json, docx, pdf',
    ],
    [
      'an unknown option, with a suggestion',
      ['demo', '--fromat', 'md'],
      '用法错误：未知的选项 --fromat（是否指 --format？）',
      'usage error: unknown option --fromat (did you mean --format?)',
    ],
    ['a missing argument', ['evaluate'], '用法错误：缺少必需的参数 <file>', 'usage error: missing required argument <file>'],
    ['an unknown command', ['evaluat'], '用法错误：未知的命令 evaluat（是否指 evaluate？）', 'usage error: unknown command evaluat (did you mean evaluate?)'],
    ['an option without its value', ['demo', '--format'], '用法错误：选项 --format 缺少取值', 'usage error: option --format needs a value'],
  ];
  for (const [what, args, zh, en] of cases) {
    it(`${what}: zh-CN, and en with --locale en or LANG=en_US.UTF-8`, async () => {
      const z = await jixiao(...args);
      expect(z.code).toBe(2);
      expect(z.stderr).toContain(zh);
      expect(z.stderr).not.toMatch(/option '|argument '|error:|Allowed choices|Did you mean/);
      const e = await jixiao(args[0] ?? '', '--locale', 'en', ...args.slice(1));
      const l = await jixiaoEnv({ LANG: 'en_US.UTF-8' }, ...args);
      for (const r of [e, l]) {
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(en);
        expect(r.stderr).not.toMatch(HAN);
      }
    });
  }
});

describe('jixiao validate runs the rules', () => {
  let unbalanced = '';
  beforeAll(() => {
    const data = enyang() as { ledger: { income: Record<string, string> } };
    data.ledger.income['total'] = '99999.99';
    unbalanced = join(dir, 'unbalanced.json');
    writeFileSync(unbalanced, JSON.stringify(data));
  });

  it('a ledger whose totals do not add up fails (exit 1, the 强制性 findings listed); --shape-only passes it', async () => {
    const r = await jixiao('validate', unbalanced);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('规则审核未通过');
    expect(r.stderr).toMatch(/ {2}- 【强制性】.+ \[[\w.:-]+\]/);
    const en = await jixiao('validate', unbalanced, '--locale', 'en');
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/ {2}- \[mandatory\] /);
    expect(en.stderr).not.toMatch(/【|强制性】/);
    expect((await jixiao('validate', unbalanced, '--shape-only')).code).toBe(0);
    expect((await jixiao('validate', unbalanced, '--fail-on', 'none')).code).toBe(0);
  });

  it('--fail-on warning fails on 提示性 findings too (Enyang plus a 提示性 rule that fails: reception ≤ 0.001 万元)', async () => {
    const pack = join(dir, 'strict-pack.json');
    const rule = {
      id: 'my.reception',
      title: { 'zh-CN': '公务接待费不超过 10 元', en: 'Reception at most 10 yuan' },
      severity: 'warning',
      category: 'compliance',
      check: { fact: 'threePublic.reception.actual', op: 'lte', value: '0.001' },
    };
    writeFileSync(pack, JSON.stringify({ id: 'my.pack', version: '1.0.0', rules: [rule] }));
    expect((await jixiao('validate', files.json)).code).toBe(0);
    const r = await jixiao('validate', files.json, '--rules', pack);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('评价输入有效');
    expect(r.stderr).toContain('【提示性】');
    const strict = await jixiao('validate', files.json, '--rules', pack, '--fail-on', 'warning');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('规则审核未通过：强制性 0 项');
  });
});

describe('-o takes the report format from the extension', () => {
  it('.html writes HTML, .json JSON; an explicit --format wins', async () => {
    const html = join(dir, 'r.html');
    expect((await jixiao('demo', '-o', html)).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);
    const json = join(dir, 'r.JSON');
    expect((await jixiao('evaluate', files.json, '-o', json)).code).toBe(0);
    expect((JSON.parse(readFileSync(json, 'utf8')) as { score: { total: string } }).score.total).toBe('98');
    const md = join(dir, 'r2.html');
    expect((await jixiao('demo', '--format', 'md', '-o', md)).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^# /);
  });

  it('an extension we do not write is a usage error in the locale (exit 2), and nothing is written', async () => {
    const r = await jixiao('demo', '-o', join(dir, 'r.rtf'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法从文件名');
    expect(r.stderr).toContain('.md, .markdown, .html, .htm, .json, .docx, .pdf');
    const e = await jixiao('demo', '-o', join(dir, 'r.rtf'), '--locale', 'en');
    expect(e.stderr).toContain('cannot tell the report format from the file name');
    expect(e.stderr).not.toMatch(HAN);
  });
});

describe('jixiao demo in a terminal', () => {
  it('prints the summary and where to find the full report; piped, the full Markdown', async () => {
    const run = promisify(execFile);
    // `script` gives the command a real terminal (util-linux, as on Debian and the CI image).
    const tty = await run('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} demo`, '/dev/null'], {
      cwd: dir,
      env: { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1' },
    });
    const lines = tty.stdout.trim().split(/\r?\n/);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(tty.stdout).toContain('巴中市恩阳区行政审批局：98 分，优秀');
    expect(tty.stdout).toContain('jixiao demo -o enyang.md');
    const piped = await jixiao('demo');
    expect(piped.stdout.split('\n').length).toBeGreaterThan(100);
  });
});

describe('the package points to its docs site', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, any>;

  it('package.json: homepage, repository, bugs, and a prepack that builds (npm pack on a fresh clone ships dist/)', () => {
    expect(pkg['homepage']).toMatch(/^https:\/\/.+\/$/);
    expect(pkg['repository']?.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(pkg['bugs']?.url).toMatch(/\/issues$/);
    expect(pkg['scripts']?.prepack).toMatch(/npm run build/);
  });

  it('--help names the guide on the docs site, read from package.json', async () => {
    const r = await jixiao('--help');
    expect(r.stdout).toContain(`${String(pkg['homepage'])}documents/Command_line.html`);
    expect(r.stdout).not.toContain('docs/cli.md');
  });
});
