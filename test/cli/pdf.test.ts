import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/cli/pdf.js';
import { entry, paragraphTexts, unzip } from '../docx/zip.js';
import { writeInputs } from './fixtures.js';
import { runInProcess } from './runCli.js';

let dir = '';
let files: ReturnType<typeof writeInputs>;
const jixiao = (args: string[], env: Record<string, string> = {}) => runInProcess(args, { cwd: dir, env });

/** The Chromium the tests print with (as in test/render/browser.test.ts): CHROMIUM_PATH or Debian's. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
/** The free TrueType CJK faces the print stylesheet prefers (Debian: fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei). */
const trueTypeCjk = ['AR PL UMing CN', 'AR PL UKai CN', 'WenQuanYi Zen Hei'].every(
  (family) => spawnSync('fc-list', [family], { encoding: 'utf8' }).stdout?.includes(family) === true,
);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-pdf-'));
  files = writeInputs(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao evaluate --format docx', () => {
  it('writes the Word report: a zip whose document starts with the title and holds the 98 score', async () => {
    const out = join(dir, 'enyang.docx');
    const r = await jixiao(['evaluate', files.json, '--format', 'docx', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(out);
    const texts = paragraphTexts(entry(unzip(readFileSync(out)), 'word/document.xml'));
    expect(texts[0]).toContain('巴中市恩阳区行政审批局');
    expect(texts.join('\n')).toContain('总评分98分（优秀）');
  });

  it('batch refuses docx and pdf with a usage error (one file per department is evaluate’s job)', async () => {
    const r = await jixiao(['batch', dir, '-o', join(dir, 'out'), '--format', 'docx', '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('jixiao evaluate --format docx');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('jixiao evaluate --format pdf', () => {
  it('fails clearly (exit 4) when CHROMIUM_PATH points nowhere, and writes nothing', async () => {
    const out = join(dir, 'none.pdf');
    const r = await jixiao(['evaluate', files.json, '--format', 'pdf', '-o', out], { CHROMIUM_PATH: join(dir, 'no-such-chromium') });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('CHROMIUM_PATH');
    expect(r.stderr).toContain('no-such-chromium');
    expect(existsSync(out)).toBe(false);
    const en = await jixiao(['evaluate', files.json, '--format', 'pdf', '--locale', 'en'], { CHROMIUM_PATH: join(dir, 'no-such-chromium') });
    expect(en.code).toBe(4);
    expect(en.stderr).toMatch(/CHROMIUM_PATH points to .*no-such-chromium.*installed Chromium/);
  });

  it('finds no browser when none is on PATH or in the given places, and says what it looked for (exit 4)', async () => {
    const none = await findChromium('en', { PATH: dir }, [join(dir, 'missing-chrome')]);
    expect(none.ok).toBe(false);
    if (none.ok) return;
    expect(none.exit).toBe(4);
    expect(none.lines.join('\n')).toMatch(/no local Chromium or Chrome found \(looked for: chromium, .*missing-chrome\).*never downloads.*CHROMIUM_PATH/);
    const zh = await findChromium('zh-CN', { PATH: dir }, []);
    expect(zh.ok ? '' : zh.lines.join('')).toContain('未找到本机的 Chromium 或 Chrome');
  });

  it.runIf(existsSync(CHROMIUM))('finds the browser on PATH, and CHROMIUM_PATH wins over PATH', async () => {
    expect(await findChromium('en', { PATH: '/usr/bin' }, [])).toEqual({ ok: true, value: '/usr/bin/chromium' });
    expect(await findChromium('en', { PATH: '/usr/bin', CHROMIUM_PATH: CHROMIUM }, [])).toEqual({ ok: true, value: CHROMIUM });
    expect((await findChromium('en', { PATH: '/usr/bin', CHROMIUM_PATH: dir }, [])).ok).toBe(false); // a folder is not a browser
  });

  it.runIf(existsSync(CHROMIUM))('prints the report with the local Chromium: %PDF, title metadata, page numbers, embedded fonts', async () => {
    const out = join(dir, 'enyang.pdf');
    const r = await jixiao(['evaluate', files.json, '--format', 'pdf', '-o', out], { CHROMIUM_PATH: CHROMIUM });
    expect(r.stderr).toContain(out);
    expect(r.code).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!hasPdftotext) {
      expect(pdf.toString('latin1')).toContain('/Title');
      return;
    }
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('巴中市恩阳区行政审批局');
    expect(text).toMatch(/^—\s*1\s*—$/m); // pdftotext may drop the spaces of "— 1 —"
    expect(text).toMatch(/^—\s*2\s*—$/m);
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Title:\s+巴中市恩阳区行政审批局关于2023年财政支出绩效评价的报告/);
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts/); // A4
    const fonts = spawnSync('pdffonts', [out], { encoding: 'utf8' })
      .stdout.split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    // Every font embedded, with a Unicode map (text stays searchable): pdffonts' emb and uni columns.
    for (const line of fonts) {
      const [emb, , uni] = line.trim().split(/\s+/).slice(-5);
      expect({ line, emb, uni }).toEqual({ line, emb: 'yes', uni: 'yes' });
    }
    // Named fonts: where TrueType CJK faces are installed (CI installs Debian's AR PL and WenQuanYi fonts), the
    // print stylesheet picks them before Noto CJK and sets emphasis in 黑体 instead of a synthesised bold, so
    // no font is written as an unnamed Type 3 (what Skia does with CFF fonts and fake bold) and a reviewer can
    // see which faces the document uses (docs/rendering.md, "PDF").
    // In CI (.ci/run installs the fonts) the check always runs, so a missing install fails rather than skips.
    if (trueTypeCjk || process.env.CI) {
      expect(fonts.filter((l) => /Type 3/.test(l))).toEqual([]);
      const names = fonts.map((l) => l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ''));
      expect(names).toEqual(expect.arrayContaining(['UMingCN', 'WenQuanYiZenHei', 'UKaiCN']));
    }
  });
});
