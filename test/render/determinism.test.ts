/** Same input → byte-identical output; rendering neither reads the clock nor mutates the result. */
import { describe, expect, test, vi } from 'vitest';
import { buildReport, renderHtml, renderMarkdown, toHtml, toMarkdown } from '../../src/render/index.js';
import type { EvaluationResult } from '../../src/result.js';
import { fixtureResult } from './support.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('deterministic output', () => {
  test('two evaluations of the same data render byte-identical Markdown and HTML', async () => {
    const a = await fixtureResult();
    const b = await fixtureResult();
    expect(renderMarkdown(a)).toBe(renderMarkdown(b));
    expect(renderHtml(a)).toBe(renderHtml(b));
    expect(renderHtml(a, { locale: 'en' })).toBe(renderHtml(b, { locale: 'en' }));
  });

  test('the view model is plain JSON and serialises the same after a JSON round trip', async () => {
    const view = buildReport(await fixtureResult());
    const copy = JSON.parse(JSON.stringify(view)) as typeof view;
    expect(copy).toEqual(view);
    expect(toMarkdown(copy)).toBe(toMarkdown(view));
    expect(toHtml(copy)).toBe(toHtml(view));
  });

  test('a frozen result renders (no mutation), and the clock and Math.random are never read', async () => {
    const result: EvaluationResult = deepFreeze(await fixtureResult());
    const now = vi.spyOn(Date, 'now');
    const random = vi.spyOn(Math, 'random');
    try {
      const first = renderHtml(result);
      vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
      expect(renderHtml(result)).toBe(first);
      expect(now).not.toHaveBeenCalled();
      expect(random).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
      now.mockRestore();
      random.mockRestore();
    }
  });
});

describe('options', () => {
  test('locale en: appendices, table headers and figure labels in English; body stays Chinese', async () => {
    const result = await fixtureResult();
    const view = buildReport(result, { locale: 'en' });
    expect(view.lang).toBe('zh-CN');
    expect(view.appendices.map((s) => `${s.number}${s.title}`)).toEqual(['Appendix table 1. Score sheet', 'Appendix table 2. Compliance review']);
    expect(view.appendices.every((s) => s.lang === 'en')).toBe(true);
    const md = toMarkdown(view);
    expect(md).toContain('| Level 1 | Level 2 | Level 3 | Points | Scoring standard | Value | Earned | Reason for deduction |');
    expect(md).toContain('| Check | Result | Basis |');
    expect(md).toContain('| Check | Why |');
    expect(md).toContain('*Figure 1. Spending 2022 by economic class (10k yuan)*');
    expect(md).toContain('## 一、部门概况');
    const html = toHtml(view);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/<section id="app-1" aria-labelledby="app-1-h" class="major annex" lang="en">/);
  });

  test('title override, charts and appendices off, punctuation preserved, self reference', async () => {
    const result = await fixtureResult();
    const md = renderMarkdown(result, { title: '自定义标题', charts: false, appendices: false, punctuation: 'preserve', selfReference: '本局' });
    expect(md.startsWith('# 自定义标题\n')).toBe(true);
    expect(md).not.toContain('图1');
    expect(md).not.toContain('附表');
    expect(md).toContain('截止2022年底，本局核定人员编制17人');
    expect(md).toContain('政务服务(便民服务)'); // input narrative as written
    expect(md).toContain('经合规性审核，');
    expect(md).not.toContain('详见附表2');
  });

  test('fragment HTML has no document, head or style', async () => {
    const html = renderHtml(await fixtureResult(), { fragment: true });
    expect(html.startsWith('<main class="report">')).toBe(true);
    expect(html).not.toMatch(/<html|<head>|<style|<!doctype/i);
  });

  test('standalone HTML: no script, no external reference, print CSS', async () => {
    const html = renderHtml(await fixtureResult());
    expect(html.startsWith('<!doctype html><html lang="zh-CN">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\//i);
    for (const css of ['@page', 'size: A4', 'break-before: page', 'display: table-header-group', 'break-inside: avoid', 'FangSong', 'Noto Serif CJK SC']) {
      expect(html).toContain(css);
    }
    expect(html.match(/<svg role="img"/g)).toHaveLength(4);
  });
});
