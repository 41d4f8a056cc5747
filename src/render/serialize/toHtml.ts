import { barChartSvg } from '../charts/barChart.js';
import type { FigureBlock, ReportBlock, ReportSection, ReportView, TableBlock, ToHtmlOptions } from '../types.js';
import { attr, close, el, type HtmlOut, open } from './html.js';
import { REPORT_CSS } from './style.js';

const SAME_AS_HEADING = attr('class', 'same-as-heading');
const GROUP_ROW = attr('class', 'group');
const ALIGN_LEFT = attr('class', 'align-left');
const META = attr('class', 'meta');
const REPORT = attr('class', 'report');
const MAJOR = attr('class', 'major');
const HEAD = `<meta${attr('charset', 'utf-8')}><meta${attr('name', 'viewport')}${attr('content', 'width=device-width, initial-scale=1')}>`;

function table(w: HtmlOut, t: TableBlock, heading: string): void {
  open(w, 'table', attr('id', t.id));
  el(w, 'caption', t.caption === heading ? SAME_AS_HEADING : '', t.caption);
  open(w, 'colgroup', '');
  for (const c of t.columns) open(w, 'col', c.width ? attr('style', `width: ${c.width}`) : '');
  close(w, 'colgroup');
  open(w, 'thead', '');
  open(w, 'tr', '');
  for (const c of t.columns) el(w, 'th', `${attr('scope', 'col')}${attr('class', `align-${c.align}`)}`, c.label);
  close(w, 'tr');
  close(w, 'thead');
  // The attributes of a column's cells, and of an indented first cell by level, made once per table.
  const cellAttrs = t.columns.map((c) => attr('class', `align-${c.align}`));
  const levelAttrs: string[] = [];
  open(w, 'tbody', '');
  for (const r of t.rows) {
    open(w, 'tr', r.emphasis ? GROUP_ROW : '');
    const cells = r.cells;
    for (let i = 0; i < cells.length; i++) {
      let attrs: string;
      if (i === 0 && r.level) {
        const level = Math.min(r.level, 6);
        attrs = levelAttrs[level] ??= attr('class', `align-${t.columns[0]?.align ?? 'left'} lvl-${level}`);
      } else attrs = cellAttrs[i] ?? ALIGN_LEFT;
      el(w, 'td', attrs, cells[i] as string);
    }
    close(w, 'tr');
  }
  close(w, 'tbody');
  close(w, 'table');
}

function figure(w: HtmlOut, f: FigureBlock): void {
  open(w, 'figure', attr('id', f.id));
  barChartSvg(w, f.chart, f.id);
  el(w, 'figcaption', '', f.caption);
  close(w, 'figure');
}

function block(w: HtmlOut, x: ReportBlock, heading: string): void {
  if (x.kind === 'paragraph') el(w, 'p', x.flag ? `${attr('class', 'flag')}${attr('data-flag', x.flag.code)}` : '', x.text);
  else if (x.kind === 'table') table(w, x, heading);
  else figure(w, x);
}

function section(w: HtmlOut, s: ReportSection, depth: number): void {
  const heading = `${s.number}${s.title}`;
  let attrs = `${attr('id', s.id)}${attr('aria-labelledby', `${s.id}-h`.trim())}`;
  if (depth === 1) attrs += MAJOR;
  if (s.lang) attrs += attr('lang', s.lang);
  open(w, 'section', attrs);
  el(w, HEADINGS[Math.min(depth + 1, 6)] as string, attr('id', `${s.id}-h`), heading);
  for (const x of s.blocks) block(w, x, heading);
  for (const c of s.sections) section(w, c, depth + 1);
  close(w, 'section');
}
const HEADINGS = ['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function main(w: HtmlOut, view: ReportView): void {
  open(w, 'main', REPORT);
  open(w, 'header', '');
  el(w, 'h1', '', view.title);
  for (const m of view.meta) el(w, 'p', META, m);
  close(w, 'header');
  for (const x of view.intro) block(w, x, '');
  for (const s of view.sections) section(w, s, 1);
  for (const s of view.appendices) section(w, s, 1);
  close(w, 'main');
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
  const w: HtmlOut = { html: '' };
  if (options.fragment) {
    main(w, view);
    return w.html;
  }
  w.html = '<!doctype html>';
  open(w, 'html', attr('lang', view.lang));
  open(w, 'head', '');
  w.html += HEAD;
  open(w, 'meta', `${attr('name', 'generator')}${attr('content', view.generator)}`);
  el(w, 'title', '', view.title);
  w.html += `<style>${REPORT_CSS}</style>`;
  close(w, 'head');
  open(w, 'body', '');
  main(w, view);
  close(w, 'body');
  close(w, 'html');
  return `${w.html}\n`;
}
