import { barChartSvg } from '../charts/barChart.js';
import type { FigureBlock, ReportBlock, ReportSection, ReportView, TableBlock, ToHtmlOptions } from '../types.js';
import { attr, HtmlWriter } from './html.js';
import { REPORT_CSS } from './style.js';

const SAME_AS_HEADING = attr('class', 'same-as-heading');
const GROUP_ROW = attr('class', 'group');
const ALIGN_LEFT = attr('class', 'align-left');
const META = attr('class', 'meta');
const REPORT = attr('class', 'report');
const MAJOR = attr('class', 'major');
const HEAD =
  `<meta${attr('charset', 'utf-8')}><meta${attr('name', 'viewport')}${attr('content', 'width=device-width, initial-scale=1')}>`;

function table(w: HtmlWriter, t: TableBlock, heading: string): void {
  w.open('table', attr('id', t.id));
  w.el('caption', t.caption === heading ? SAME_AS_HEADING : '', t.caption);
  w.open('colgroup', '');
  for (const c of t.columns) w.void('col', c.width ? attr('style', `width: ${c.width}`) : '');
  w.close('colgroup');
  w.open('thead', '');
  w.open('tr', '');
  for (const c of t.columns) w.el('th', `${attr('scope', 'col')}${attr('class', `align-${c.align}`)}`, c.label);
  w.close('tr');
  w.close('thead');
  // The attributes of a column's cells, and of an indented first cell by level, made once per table.
  const cellAttrs = t.columns.map((c) => attr('class', `align-${c.align}`));
  const levelAttrs: string[] = [];
  w.open('tbody', '');
  for (const r of t.rows) {
    w.open('tr', r.emphasis ? GROUP_ROW : '');
    const cells = r.cells;
    for (let i = 0; i < cells.length; i++) {
      let attrs: string;
      if (i === 0 && r.level) {
        const level = Math.min(r.level, 6);
        attrs = levelAttrs[level] ??= attr('class', `align-${t.columns[0]?.align ?? 'left'} lvl-${level}`);
      } else attrs = cellAttrs[i] ?? ALIGN_LEFT;
      w.el('td', attrs, cells[i] as string);
    }
    w.close('tr');
  }
  w.close('tbody');
  w.close('table');
}

function figure(w: HtmlWriter, f: FigureBlock): void {
  w.open('figure', attr('id', f.id));
  barChartSvg(w, f.chart, f.id);
  w.el('figcaption', '', f.caption);
  w.close('figure');
}

function block(w: HtmlWriter, x: ReportBlock, heading: string): void {
  if (x.kind === 'paragraph') w.el('p', '', x.text);
  else if (x.kind === 'table') table(w, x, heading);
  else figure(w, x);
}

function section(w: HtmlWriter, s: ReportSection, depth: number): void {
  const heading = `${s.number}${s.title}`;
  let attrs = `${attr('id', s.id)}${attr('aria-labelledby', `${s.id}-h`.trim())}`;
  if (depth === 1) attrs += MAJOR;
  if (s.lang) attrs += attr('lang', s.lang);
  w.open('section', attrs);
  w.el(HEADINGS[Math.min(depth + 1, 6)] as string, attr('id', `${s.id}-h`), heading);
  for (const x of s.blocks) block(w, x, heading);
  for (const c of s.sections) section(w, c, depth + 1);
  w.close('section');
}
const HEADINGS = ['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function main(w: HtmlWriter, view: ReportView): void {
  w.open('main', REPORT);
  w.open('header', '');
  w.el('h1', '', view.title);
  for (const m of view.meta) w.el('p', META, m);
  w.close('header');
  for (const x of view.intro) block(w, x, '');
  for (const s of view.sections) section(w, s, 1);
  for (const s of view.appendices) section(w, s, 1);
  w.close('main');
}

/**
 * Serialise a report view model as one standalone HTML file: `<html lang="zh-CN">`, embedded CSS
 * for screen and A4 print, inline SVG charts with text alternatives, no scripts and no external
 * assets. All text and attribute values are escaped (`<` and `&` in text; `"`, `&`, `'` and
 * `` ` `` in attributes, as character references). With `fragment: true`, only the `<main>`
 * element is returned (unstyled, for embedding).
 *
 * @param view - The view model from {@link buildReport}.
 * @param options - `fragment` to return only the `<main>` element.
 * @returns The HTML text.
 * @example
 * ```ts
 * import { evaluateDepartment } from 'jixiao';
 * import { buildReport, toHtml } from 'jixiao/render';
 * const html = toHtml(buildReport(evaluateDepartment(data)));
 * await writeFile('report.html', html);
 * ```
 */
export function toHtml(view: ReportView, options: ToHtmlOptions = {}): string {
  const w = new HtmlWriter();
  if (options.fragment) {
    main(w, view);
    return w.finish();
  }
  w.raw('<!doctype html>');
  w.open('html', attr('lang', view.lang));
  w.open('head', '');
  w.raw(HEAD);
  w.void('meta', `${attr('name', 'generator')}${attr('content', view.generator)}`);
  w.el('title', '', view.title);
  w.raw(`<style>${REPORT_CSS}</style>`);
  w.close('head');
  w.open('body', '');
  main(w, view);
  w.close('body');
  w.close('html');
  w.raw('\n');
  return w.finish();
}
