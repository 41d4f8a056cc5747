/**
 * The HTML report in a real browser (Debian chromium via playwright-core): it loads without
 * console errors or network requests, shows the title, the five sections, both appendix tables
 * and the four charts, renders CJK text, prints to A4 PDF with no table wider than the A4 type
 * area, and an injection payload neither runs nor creates elements. A missing chromium FAILS
 * (CI installs it); set CHROMIUM_PATH to use another binary.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildReport, renderHtml, toHtml } from '../../src/render/index.js';
import { fixtureResult } from './support.js';
import { injectionResult, PAYLOADS } from './injection.support.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../package/browser.js';

/** The A4 type area of GB/T 9704-2012 is 156 mm wide: 156 / 25.4 × 96 CSS px. */
const TYPE_AREA_PX = Math.floor((156 / 25.4) * 96);

let context: BrowserContext;
let userDataDir: string;
const outDir = mkdtempSync(join(tmpdir(), 'jixiao-render-'));

const MISSING = `[browser test] chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH. This test does not skip.`;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return; // every test below then fails with MISSING
  userDataDir = mkdtempSync(join(tmpdir(), 'jixiao-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Open HTML in a fresh page; record console errors, page errors and any network request. */
async function open(html: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  if (!context) throw new Error(MISSING);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*', async (route) => {
    requests.push(route.request().url());
    await route.abort();
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, errors, requests };
}

describe('HTML report in chromium', () => {
  test('chromium is installed', () => {
    expect(existsSync(CHROMIUM), MISSING).toBe(true);
  });

  test('loads cleanly and shows title, sections, appendices and charts; screenshot and A4 PDF', async () => {
    const result = await fixtureResult();
    const view = buildReport(result);
    const html = toHtml(view);
    writeFileSync(join(outDir, 'report.html'), html);
    const { page, errors, requests } = await open(html);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe('巴中市恩阳区行政审批局关于2023年财政支出绩效评价的报告');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
    const h2 = await page.locator('section.major > h2').allInnerTexts();
    expect(h2).toEqual([
      '一、部门概况',
      '二、部门财政资金收支情况',
      '三、部门财政支出管理情况',
      '四、评价结论',
      '五、存在的问题及建议',
      '附表1　评分表',
      '附表2　合规性审核结果',
    ]);
    for (const id of ['#tbl-scores', '#tbl-findings']) expect(await page.locator(id).isVisible()).toBe(true);
    expect(await page.locator('#tbl-scores tbody tr').count()).toBeGreaterThan(3);
    const charts = page.locator('figure svg[role="img"]');
    expect(await charts.count()).toBe(4);
    for (const svg of await charts.all()) {
      expect(await svg.isVisible()).toBe(true);
      expect((await svg.locator('title').textContent())?.length).toBeGreaterThan(0);
      expect((await svg.locator('desc').textContent())?.length).toBeGreaterThan(0);
      const box = await svg.boundingBox();
      expect(box && box.width > 100 && box.height > 20).toBe(true);
    }
    // CJK glyphs render with a real font: a run of Han text is about 1em per character wide.
    const ratio = await page.evaluate(() => {
      const span = document.createElement('span');
      span.style.fontSize = '20px';
      span.textContent = '部门整体支出绩效评价';
      document.body.append(span);
      const w = span.getBoundingClientRect().width;
      span.remove();
      return w / (20 * 10);
    });
    expect(ratio).toBeGreaterThan(0.9);
    const screenshot = join(outDir, 'report.png');
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.screenshot({ path: screenshot, fullPage: true });
    console.info(`[browser test] screenshot: ${screenshot}`);

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: TYPE_AREA_PX, height: 1000 });
    const overflow = await page.evaluate((max) => {
      const bad: string[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('table, figure, svg, p, h1, h2, h3, h4'))) {
        const wide = el.getBoundingClientRect().width > max + 0.5 || el.scrollWidth > el.clientWidth + 1;
        if (wide) bad.push(`${el.tagName}#${el.id}: ${el.getBoundingClientRect().width} / ${el.scrollWidth} > ${el.clientWidth}`);
      }
      return bad;
    }, TYPE_AREA_PX);
    expect(overflow).toEqual([]);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(outDir, 'report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(7); // a page break before each of the 7 major sections
    console.info(`[browser test] pdf: ${join(outDir, 'report.pdf')} (${pages} pages)`);
    await page.close();
  }, 180_000);

  test('injection payloads stay text: no script runs, no element is created', async () => {
    const html = renderHtml(await injectionResult());
    const { page, errors, requests } = await open(html);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
    const text = await page.locator('main').innerText();
    for (const p of PAYLOADS) expect(text).toContain(p);
    expect(await page.title()).toContain(PAYLOADS[0]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
