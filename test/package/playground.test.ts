// The playground page (playground/, issue #20) as the docs site serves it: built once from the package
// build the other package tests share (builtPackage), served by a tiny same-origin HTTP server, driven
// in Debian's chromium. Set JIXIAO_SHOTS=<dir> to also save a screenshot of each state.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { read, utils, write } from '@e965/xlsx';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENYANG_2022_EXAMPLE } from '../../src/examples/index.js';
import { getBuiltInSystem } from '../../src/scoring/index.js';
import { writeIndicatorSheet, writeInputTemplate } from '../../src/xlsx/index.js';
import { entry, unzip } from '../docx/zip.js';
import { launchChromium } from './browser.js';
import { builtPackage, repoTempDir, ROOT } from './buildPackage.js';

const exec = promisify(execFile);
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const SHOTS = process.env['JIXIAO_SHOTS'];

let site = '';
let server: Server;
let origin = '';
let context: BrowserContext;

beforeAll(async () => {
  const dist = await builtPackage();
  site = repoTempDir('playground');
  await exec(process.execPath, [join(ROOT, 'playground', 'build.mjs'), '--out', site, '--dist', dist], { cwd: ROOT });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(site, path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await launchChromium();
}, 300_000);

afterAll(async () => {
  await context?.close();
  await new Promise((done) => server?.close(done));
  if (site) rmSync(site, { recursive: true, force: true });
});

interface Opened {
  readonly page: Page;
  /** Every request the page made, and how many of them came before the load event. */
  readonly requests: string[];
  readonly atLoad: number;
  readonly errors: string[];
}

async function open(viewport = { width: 1280, height: 900 }): Promise<Opened> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${origin}/playground/index.html`, { waitUntil: 'load' });
  return { page, requests, atLoad: requests.length, errors };
}

/** With JIXIAO_SHOTS: the whole page, and the report preview scrolled into view. */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  if (await page.locator('#preview').isVisible()) {
    await page.locator('#preview').scrollIntoViewIfNeeded();
    await page.waitForTimeout(1000); // for the picture only: the sandboxed frame paints after it scrolls into view
    await page.screenshot({ path: join(SHOTS, `${name}-preview.png`) });
  }
}

const score = (page: Page) => page.locator('#score');

/** The Enyang workbook with one cell retyped; returns the bytes and the address of the cell. */
function enyangWorkbook(sheet: string, label: string, value: string): { bytes: Buffer; cell: string } {
  const wb = read(writeInputTemplate({ data: ENYANG_2022_EXAMPLE }), { type: 'array' });
  const rows = utils.sheet_to_json<string[]>(wb.Sheets[sheet]!, { header: 1, blankrows: true, defval: '' }) as string[][];
  const cell = `B${rows.findIndex((r) => String(r[0]) === label) + 1}`;
  utils.sheet_add_aoa(wb.Sheets[sheet]!, [[value]], { origin: cell });
  return { bytes: Buffer.from(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), cell };
}

describe('playground page', () => {
  it('loads the Enyang example and shows 98 优秀, its two deductions and the report preview; no request after load', async () => {
    const { page, requests, atLoad, errors } = await open();
    expect(
      requests
        .slice(0, atLoad)
        .map((u) => new URL(u).pathname)
        .sort(),
    ).toEqual(['/playground/index.html', '/playground/playground.js', '/playground/style.css']);
    await page.click('#example');
    await expect.poll(() => score(page).textContent()).toBe('总分 98 分，等级：优秀');
    expect(await page.locator('#deductions li').allTextContents()).toEqual([
      expect.stringContaining('宣传培训 −1'),
      expect.stringContaining('绩效评价质量 −1'),
    ]);
    expect(await page.locator('#failed li[data-rule]').count()).toBe(0);
    await expect.poll(() => page.frameLocator('#preview').locator('h1').textContent()).toBe('巴中市恩阳区行政审批局关于2023年财政支出绩效评价的报告');
    expect(await page.getAttribute('#preview', 'sandbox')).toBe('allow-same-origin'); // no allow-scripts
    await shot(page, 'desktop-enyang');
    // Typing: the stated grand total retyped key by key in the text box is checked again once typing pauses
    // (debounced), and the failed check names the field; nothing is fetched for it.
    await page.evaluate(() => {
      const area = document.getElementById('text') as HTMLTextAreaElement;
      const at = area.value.indexOf('"grandTotal": "576.08"') + '"grandTotal": "'.length;
      area.focus();
      area.setSelectionRange(at, at + '576.08'.length);
    });
    await page.keyboard.type('600.08');
    await expect
      .poll(() => page.locator('#failed li[data-rule="expenditure.grand-total.equals-computed"] [data-path]').first().textContent())
      .toBe('ledger.expenditure.grandTotal');
    expect(requests.slice(atLoad)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an uploaded data-entry workbook with a wrong total: the failed check is located at its sheet and cell', async () => {
    const { page, requests, atLoad, errors } = await open();
    const { bytes, cell } = enyangWorkbook('支出汇总', '支出决算总额', '600.08');
    await page.setInputFiles('#file', { name: '填报表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    const located = page.locator('#failed li[data-rule="expenditure.grand-total.equals-computed"] .where[data-sheet]');
    await expect.poll(() => located.first().getAttribute('data-cell')).toBe(cell);
    expect(await located.first().getAttribute('data-sheet')).toBe('支出汇总');
    expect(await located.first().textContent()).toBe(`支出汇总!${cell}`);
    expect(await score(page).textContent()).toMatch(/^总分 \d+(\.\d+)? 分/);
    await shot(page, 'error-located');
    // A cell the reader cannot read is an input issue at that cell, and nothing is scored.
    const bad = enyangWorkbook('收入', '收入总计', '五百七十六');
    await page.setInputFiles('#file', { name: '填报表.xlsx', mimeType: 'application/octet-stream', buffer: bad.bytes });
    await expect.poll(() => page.locator(`#issues .where[data-sheet="收入"][data-cell="${bad.cell}"]`).count()).toBe(1);
    expect(await score(page).textContent()).toBe('数据有问题，暂无得分。');
    expect(requests.slice(atLoad)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('JSON and YAML files: a syntax error is shown at its line; the Enyang input as a file scores 98, without assessments it is provisional', async () => {
    const { page, requests, atLoad } = await open();
    await page.setInputFiles('#file', { name: 'bad.yaml', mimeType: 'text/yaml', buffer: Buffer.from('unit: 万元\nreport:\n  title: [unclosed\n') });
    await expect.poll(() => page.locator('#issues li').first().textContent()).toMatch(/^第 \d+ 行/);
    expect(await page.locator('#issues li').first().getAttribute('class')).toContain('code-invalid_yaml');
    await page.setInputFiles('#file', { name: 'enyang.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ENYANG_2022_EXAMPLE)) });
    await expect.poll(() => score(page).textContent()).toBe('总分 98 分，等级：优秀');
    expect(await page.textContent('#source')).toContain('enyang.json');
    // Without the evaluator's assessments the manual indicators are pending: listed, and the score is provisional.
    const { assessments, ...unassessed } = ENYANG_2022_EXAMPLE;
    expect(assessments?.length).toBeGreaterThan(0);
    await page.setInputFiles('#file', { name: 'unassessed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unassessed)) });
    await expect.poll(() => score(page).textContent()).toMatch(/^总分 \d+ 分，等级：.+（暂定：18 个指标待评）$/);
    expect(await page.locator('#pending li').count()).toBe(18);
    expect(requests.slice(atLoad)).toEqual([]);
    await page.close();
  });

  it('a ledger sheet replaces the current lines; an uploaded 指标体系 sheet becomes the indicator system', async () => {
    const { page, requests, atLoad } = await open();
    await page.click('#example');
    await expect.poll(() => score(page).textContent()).toContain('98');
    const lines = ENYANG_2022_EXAMPLE.ledger?.expenditure?.lines ?? [];
    const csv = [
      '功能分类科目编码,经济分类科目编码,金额,支出性质',
      ...lines.map((l) => `${l.functional},${l.economic},${l.amount},${l.nature === 'project' ? '项目' : '基本'}`),
    ];
    csv.push(`${lines[0]?.functional},30101,1000.00,基本`);
    await page.setInputFiles('#file', { name: '台账.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
    await expect.poll(() => page.textContent('#source')).toContain('支出台账 台账.csv');
    const input = JSON.parse(await page.inputValue('#text')) as { ledger: { expenditure: { lines: unknown[] } } };
    expect(input.ledger.expenditure.lines).toHaveLength(lines.length + 1);
    // 1000 万元 more spent than stated: the stated totals no longer hold, located at their fields.
    await expect.poll(() => page.locator('#failed [data-path="ledger.expenditure.grandTotal"]').count()).toBeGreaterThan(0);
    // A ledger row the reader rejects is an input issue at its sheet, row and column.
    const badRow = [...csv, '2010101,30101,1.00,基本'];
    await page.setInputFiles('#file', { name: '台账.csv', mimeType: 'text/csv', buffer: Buffer.from(badRow.join('\n')) });
    await expect.poll(() => page.locator('#issues .where[data-sheet="CSV"]').first().textContent()).toBe(`CSV 第 ${badRow.length} 行 功能分类科目编码`);

    await page.click('#example');
    await expect.poll(() => page.locator('#failed li[data-rule]').count()).toBe(0);
    const sheet = Buffer.from(writeIndicatorSheet(getBuiltInSystem('enyang-2023')!));
    await page.setInputFiles('#system-file', { name: '指标体系.xlsx', mimeType: 'application/octet-stream', buffer: sheet });
    await expect.poll(() => page.locator('#system').inputValue()).toBe('uploaded');
    expect(await page.locator('#system option:checked').textContent()).toBe('上传的指标体系：指标体系.xlsx');
    await expect.poll(() => score(page).textContent()).toMatch(/^总分 \d+(\.\d+)? 分，等级：/);
    expect(requests.slice(atLoad)).toEqual([]);
    await page.close();
  });

  it('switches to English: page, score, findings and the report preview', async () => {
    const { page, requests, atLoad } = await open();
    await page.click('#example');
    await expect.poll(() => score(page).textContent()).toContain('98');
    await page.selectOption('#locale', 'en');
    await expect.poll(() => score(page).textContent()).toBe('Score 98, grade: Excellent');
    expect(await page.locator('h1').textContent()).toBe('Department budget performance evaluation · playground');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The report body stays in Chinese (it is a Chinese government report); its appendices follow the locale.
    await expect.poll(() => page.frameLocator('#preview').locator('#app-1-h').textContent()).toBe('Appendix table 1. Score sheet');
    await shot(page, 'english');
    await page.fill('#text', '{ "unit": "万元" }');
    await expect.poll(() => page.locator('#issues li').first().textContent()).toMatch(/required/i);
    await shot(page, 'english-issues');
    expect(requests.slice(atLoad)).toEqual([]);
    await page.close();
  });

  it('downloads the report as .docx (read back: the department name in word/document.xml), and HTML, Markdown and JSON', async () => {
    const { page, requests, atLoad } = await open();
    await page.click('#example');
    await expect.poll(() => score(page).textContent()).toContain('98');
    const saved: Record<string, Buffer> = {};
    for (const kind of ['docx', 'html', 'md', 'json']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#downloads button[data-kind="${kind}"]`)]);
      saved[kind] = readFileSync(await download.path());
      expect(download.suggestedFilename()).toMatch(new RegExp(`^巴中市恩阳区行政审批局-2022\\.(result\\.)?${kind}$`));
    }
    expect(entry(unzip(new Uint8Array(saved['docx']!)), 'word/document.xml')).toContain('巴中市恩阳区行政审批局');
    expect(saved['html']!.toString('utf8')).toContain('<h1');
    expect(saved['md']!.toString('utf8')).toContain('# 巴中市恩阳区行政审批局关于2023年财政支出绩效评价的报告');
    expect((JSON.parse(saved['json']!.toString('utf8')) as { score: { total: string } }).score.total).toBe('98');
    // Blob downloads are made in the page: no request goes out for them.
    expect(requests.slice(atLoad).filter((u) => !u.startsWith('blob:'))).toEqual([]);
    await page.close();
  });

  it('keyboard only: Tab reaches the example button, Enter evaluates; the focused control is outlined', async () => {
    const { page } = await open();
    let id = '';
    const seen: string[] = [];
    for (let i = 0; i < 20 && id !== 'example'; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => document.activeElement?.id ?? '');
      seen.push(id);
      // The file control is drawn by its label, in the page's words: focused, the label is outlined.
      if (id === 'file') {
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('label[for="file"]') as Element).outlineStyle)).toBe('solid');
        expect(await page.evaluate(() => (document.getElementById('file') as HTMLElement).getBoundingClientRect().width)).toBeLessThanOrEqual(1);
      }
    }
    expect(seen).toContain('file');
    expect(id).toBe('example');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => score(page).textContent()).toBe('总分 98 分，等级：优秀');
    const landmarks = await page.evaluate(() => ['header', 'nav', 'main', 'footer'].map((t) => document.querySelectorAll(t).length));
    expect(landmarks).toEqual([1, 1, 1, 1]);
    expect(await score(page).getAttribute('aria-live')).toBe('polite');
    // Every form control has a label.
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea'))
        .filter((c) => (c as HTMLInputElement).labels?.length === 0)
        .map((c) => c.id),
    );
    expect(unlabelled).toEqual([]);
    await page.close();
  });

  it('at a phone width (390 px) the page does not scroll sideways', async () => {
    const { page } = await open({ width: 390, height: 844 });
    await page.click('#example');
    await expect.poll(() => score(page).textContent()).toContain('98');
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await shot(page, 'phone');
    await page.close();
  });
});
