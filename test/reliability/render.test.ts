/**
 * Renderer safety on the real pipeline: every free-text string of the Enyang fixture (names,
 * notes, reasons, labels, paragraphs, problems …) is replaced by an injection payload, the
 * input is evaluated with `evaluateDepartment`, and the report is rendered. Then:
 *
 * - HTML: no `<script` or `<img` in the markup, no element or event-handler attribute made from
 *   input, and the text of the page holds the payload verbatim;
 * - Markdown: rendered to HTML by micromark as CommonMark with raw HTML ALLOWED (so any raw
 *   HTML that slipped through would come out as elements) and again with GFM tables: no
 *   script/img element, no event handler, and the payload reads back as literal text;
 * - a real browser (Debian chromium through playwright-core) loads both HTML documents: no
 *   script runs (`window.__pwned` stays undefined), no img/script element exists. A missing
 *   chromium fails the test (CI installs it); set CHROMIUM_PATH to use another binary.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { evaluateDepartment } from '../../src/evaluate.js';
import { renderHtml, renderMarkdown } from '../../src/render/index.js';
import { enyang, leaves, setAt } from './support.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../package/browser.js';

const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">"'&|\`# **x**`;

/** Keys whose string values (or string array items) are free text written by people. */
const FREE_TEXT = new Set([
  'title',
  'name',
  'shortName',
  'rank',
  'parent',
  'functions',
  'conclusion',
  'noticeRef',
  'noticeTitle',
  'noticeIssuer',
  'note',
  'purpose',
  'label',
  'inferred',
  'project',
  'channel',
  'method',
  'reason',
  'evidence',
  'summary',
  'province',
  'city',
  'county',
  'grade',
  'paragraphs',
  'problems',
  'suggestions',
  'internalUnits',
  'names',
  'unit',
]);

/** The fixture with every free-text leaf set to the payload (numbered, so lists stay free of duplicates). */
function hostileFixture(): { data: Record<string, unknown>; count: number } {
  const data = enyang();
  let count = 0;
  for (const { path, value } of leaves(data)) {
    // The top-level `unit` is an enum; `ledger.expenditure.project` is an amount (lines[].project is a name).
    if (typeof value !== 'string' || path.length < 2 || /^\d+(\.\d+)?$/.test(value)) continue;
    const key = [...path].reverse().find((s) => typeof s === 'string') as string;
    if (!FREE_TEXT.has(key)) continue;
    setAt(data, path, `${PAYLOAD} #${count++}`);
  }
  return { data, count };
}

const elements = (node: Root | RootContent, out: Element[] = []): Element[] => {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) elements(c, out);
  return out;
};
const text = (node: Root | RootContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');

/** Elements and event-handler attributes that must never come from input text. */
function expectNoInjectedElements(html: string): void {
  const tree = fromHtml(html);
  const all = elements(tree);
  const tags = all.map((e) => e.tagName);
  for (const t of ['script', 'img', 'iframe', 'object', 'embed']) expect(tags, t).not.toContain(t);
  for (const e of all) for (const k of Object.keys(e.properties)) expect(k.toLowerCase().startsWith('on'), `${e.tagName}[${k}]`).toBe(false);
}

let html: string;
let markdown: string;
let count: number;

beforeAll(() => {
  const hostile = hostileFixture();
  count = hostile.count;
  const result = evaluateDepartment(hostile.data);
  html = renderHtml(result);
  markdown = renderMarkdown(result);
});

describe('every free-text field of the input is escaped', () => {
  test('the walk found the free text (names, notes, reasons, labels, paragraphs …)', () => {
    expect(count).toBeGreaterThan(100);
  });

  test('HTML: no raw <script or <img, no injected element, the payload is literal text', () => {
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expectNoInjectedElements(html);
    const page = text(fromHtml(html));
    const shown = page.split(PAYLOAD).length - 1;
    expect(shown, 'payloads shown verbatim in the page text').toBeGreaterThan(10);
  });

  test('Markdown as CommonMark with raw HTML allowed: no element or handler comes from the payload', () => {
    const out = micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: false });
    expect(out).not.toMatch(/<script|<img/i);
    expectNoInjectedElements(out);
    expect(text(fromHtml(out)).split(PAYLOAD).length - 1).toBeGreaterThan(10);
  });

  test('Markdown as GFM (tables): no element or handler, and no emphasis made from "**x**"', () => {
    const out = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(out).not.toMatch(/<script|<img/i);
    expectNoInjectedElements(out);
    expect(out).not.toContain('<strong>x</strong>');
    const tree = fromHtml(out);
    expect(elements(tree).some((e) => e.tagName === 'table')).toBe(true);
    expect(text(tree).split(PAYLOAD).length - 1, 'payloads read back verbatim, table cells included').toBeGreaterThan(10);
  });
});

describe('in a real browser (chromium)', () => {
  let context: BrowserContext;
  let userDataDir: string | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `[reliability] chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. This test does not skip.`,
      );
    }
    userDataDir = mkdtempSync(join(tmpdir(), 'jixiao-reliability-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  async function expectInert(doc: string): Promise<void> {
    const page = await context.newPage();
    const requests: string[] = [];
    await page.route('**/*', async (route) => {
      requests.push(route.request().url());
      await route.abort();
    });
    await page.setContent(doc, { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[onerror], [onload], [onclick]').length)).toBe(0);
    expect(await page.evaluate((p) => document.body.textContent?.includes(p) ?? false, PAYLOAD)).toBe(true);
    expect(requests).toEqual([]); // `<img src=x>` would have fetched x
    await page.close();
  }

  test('the HTML report: no script runs, no element is injected', async () => {
    await expectInert(html);
  });

  test('the Markdown report rendered by micromark (raw HTML allowed): same', async () => {
    await expectInert(micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }));
  });
});
