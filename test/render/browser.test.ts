/**
 * The HTML report in a real browser (Debian chromium via playwright-core): it loads without
 * console errors or network requests, shows the title, the five sections, both appendix tables
 * and the four charts, renders CJK text, prints to A4 PDF with no table wider than the A4 type
 * area, and an injection payload neither runs nor creates elements. At phone width (390 px) the
 * body column is at least 340 px and no number wraps; printed (PDF read back with poppler's
 * pdftotext), the Enyang report takes at most 20 pages, numbered "— n —", and no page is left
 * mostly empty except where an annex follows. A missing chromium FAILS
 * (CI installs it); set CHROMIUM_PATH to use another binary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildReport, renderHtml, toHtml } from '../../src/render/index.js';
import { evaluateDepartment } from '../../src/evaluate.js';
import type { EvaluationResult } from '../../src/result.js';
import { fixtureData, fixtureResult } from './support.js';
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

/** The Enyang report with 公务接待 actual 0.80 → 1.20 (over budget: failed checks, lost points, a flagged bar). */
function perturbedResult(): EvaluationResult {
  const data = fixtureData() as { threePublicFunds: { reception: { actual: string } } };
  data.threePublicFunds.reception.actual = '1.20';
  return evaluateDepartment(data);
}

/**
 * Each page of a PDF through poppler's pdftotext -bbox: its first word, its page-number footer and how
 * full its type area is (the lowest word above the foot margin, as a share of the type area's height).
 */
function pdfPages(file: string): { first: string; footer: string; filled: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const MM = 72 / 25.4;
  return Array.from(xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g), (p) => {
    const height = Number.parseFloat(p[2] as string);
    const portrait = height > Number.parseFloat(p[1] as string);
    const top = (portrait ? 37 : 28) * MM;
    const bottom = height - (portrait ? 35 : 26) * MM;
    const words = Array.from((p[3] as string).matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g), (w) => ({
      yMin: Number.parseFloat(w[1] as string),
      yMax: Number.parseFloat(w[2] as string),
      text: w[3] as string,
    }));
    const body = words.filter((w) => w.yMin < bottom);
    const lowest = body.reduce((y, w) => Math.max(y, w.yMax), top);
    return {
      first: body[0]?.text ?? '',
      footer: words
        .filter((w) => w.yMin >= bottom)
        .map((w) => w.text)
        .join(' '),
      filled: (lowest - top) / (bottom - top),
    };
  });
}

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
    // Enyang has no exception: 附表2 shows the passed and not-applicable tables.
    for (const id of ['#tbl-scores', '#tbl-findings-passed', '#tbl-findings-na']) expect(await page.locator(id).isVisible()).toBe(true);
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
    expect(pages).toBeGreaterThanOrEqual(3); // the body, then each annex on a page of its own
    console.info(`[browser test] pdf: ${join(outDir, 'report.pdf')} (${pages} pages)`);
    await page.close();
  }, 180_000);

  test('phone width (390 px): a body column of at least 340 px, no number wraps or overflows its cell, wide tables scroll in their own box', async () => {
    for (const result of [await fixtureResult(), perturbedResult()]) {
      const { page } = await open(renderHtml(result));
      await page.setViewportSize({ width: 390, height: 844 });
      const m = await page.evaluate(() => {
        const main = document.querySelector('main') as HTMLElement;
        const style = getComputedStyle(main);
        const column = main.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        // A number (digits with . , % inside) laid out on more than one line is broken inside.
        const NUMBER = /[-−]?\d[\d.,]*\d%?|\d%?/g;
        const broken: string[] = [];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if ((n.parentElement as Element).closest('svg')) continue;
          const text = n.textContent ?? '';
          for (const hit of text.matchAll(NUMBER)) {
            if (hit[0].length < 2) continue;
            const range = document.createRange();
            range.setStart(n, hit.index ?? 0);
            range.setEnd(n, (hit.index ?? 0) + hit[0].length);
            const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
            if (lines.size > 1) broken.push(`${hit[0]} in “${text.slice(0, 30)}”`);
          }
        }
        const cramped = Array.from(document.querySelectorAll<HTMLElement>('td.align-right, th.align-right'))
          .filter((td) => td.scrollWidth > td.clientWidth + 1)
          .map((td) => `${td.closest('table')?.id}: ${td.textContent}`);
        const wide = Array.from(document.querySelectorAll<HTMLElement>('table'))
          .filter((t) => t.getBoundingClientRect().width > column + 1)
          .map((t) => {
            const box = t.parentElement as HTMLElement;
            return { id: t.id, scrolls: box.classList.contains('table-wrap') && getComputedStyle(box).overflowX === 'auto' && box.clientWidth <= column + 1 };
          });
        // Each chart fits the column and its labels stay legible (12 px drawn; a chart drawn 640 px wide
        // with its labels in a column of their own shrank them to 7 px).
        const charts = Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart')).map((svg) => ({
          width: Math.round(svg.getBoundingClientRect().width),
          smallestText: Math.min(...Array.from(svg.querySelectorAll('text'), (t) => t.getBoundingClientRect().height)),
        }));
        return { column, broken, cramped, wide, charts, pageWidth: document.documentElement.scrollWidth };
      });
      expect(m.column).toBeGreaterThanOrEqual(340);
      expect(m.broken).toEqual([]);
      expect(m.cramped).toEqual([]);
      expect(m.wide.filter((t) => !t.scrolls)).toEqual([]);
      expect(m.charts.length).toBeGreaterThan(0);
      for (const c of m.charts) {
        expect(c.width).toBeLessThanOrEqual(m.column + 1);
        expect(c.smallestText).toBeGreaterThanOrEqual(10);
      }
      expect(m.pageWidth).toBeLessThanOrEqual(390); // the page itself never scrolls sideways
      await page.screenshot({ path: join(outDir, `phone-${m.wide.length}.png`) });
      await page.close();
    }
  }, 120_000);

  test('print: at most 20 pages for Enyang, and no page left mostly empty by a forced break (only an annex starts a page)', async () => {
    for (const [name, result, most] of [
      ['enyang', await fixtureResult(), 20],
      ['perturbed', perturbedResult(), 22],
    ] as const) {
      const { page } = await open(renderHtml(result));
      const file = join(outDir, `${name}.pdf`);
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
      await page.close();
      const pages = pdfPages(file);
      console.info(`[browser test] ${file}: ${pages.length} pages, filled ${pages.map((p) => p.filled.toFixed(2)).join(' ')}`);
      expect(pages.length).toBeLessThanOrEqual(most);
      // A page under 30% full is allowed only where the body or an annex ends: the last page, or the page before an annex.
      const empty = pages.flatMap((p, i) => (p.filled < 0.3 && i < pages.length - 1 && !pages[i + 1]?.first.startsWith('附件') ? [i + 1] : []));
      expect(empty).toEqual([]);
      // Page numbers "— n —" in the foot of every page.
      pages.forEach((p, i) => expect(p.footer).toBe(`— ${i + 1} —`));
      // GB/T 9704 §7.3.5: the 落款 (and 附件说明) never stand alone on the body's last page — it opens with body text.
      const lastBody = pages[pages.findIndex((p) => /^附件\d/u.test(p.first)) - 1];
      expect(lastBody?.first).toBeDefined();
      expect(lastBody?.first).not.toMatch(/^(附件：|2\.合规性审核结果|巴中市恩阳区行政审批局|2023年6月14日)/u);
    }
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
