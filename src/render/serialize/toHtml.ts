import { barChartSvg } from '../charts/barChart.js';
import type { FigureBlock, ReportBlock, ReportClosing, ReportSection, ReportView, TableBlock, TableRow, ToHtmlOptions } from '../types.js';
import { attr, close, el, type HtmlOut, open } from './html.js';
import { REPORT_CSS } from './style.js';

const SAME_AS_HEADING = attr('class', 'same-as-heading');
const GROUP_ROW = attr('class', 'group');
const ALERT_ROW = attr('class', 'alert');
const TABLE_WRAP = attr('class', 'table-wrap');
const ANNEX_LABEL = attr('class', 'annex-label');
const NOWRAP = attr('class', 'nw');
const CLOSING = attr('class', 'closing');
const ANNEX_LIST = attr('class', 'annex-list');
const SIGNATURE = attr('class', 'signature');
/** A `data-*` attribute name from a view-model key (ours: `rule-id`, `indicator-id`); anything else is dropped. */
const DATA_KEY = /^[a-z][a-z0-9-]{0,40}$/;
const ALIGN_LEFT = attr('class', 'align-left');
const META = attr('class', 'meta');
const REPORT = attr('class', 'report');
const MAJOR = attr('class', 'major');
/** An annex: a major section that starts a new page in print (the body's sections run on). */
const ANNEX = attr('class', 'major annex');
const HEAD = `<meta${attr('charset', 'utf-8')}><meta${attr('name', 'viewport')}${attr('content', 'width=device-width, initial-scale=1')}>`;

/** The attributes of a row: its class (group, alert) and its machine detail as `data-*` (never printed). */
function rowAttrs(r: TableRow): string {
  let attrs = r.emphasis ? GROUP_ROW : r.alert ? ALERT_ROW : '';
  if (r.data) for (const [k, v] of Object.entries(r.data)) if (DATA_KEY.test(k)) attrs += attr(`data-${k}`, v);
  return attrs;
}

/** A table inside its own scrolling container: a wide table scrolls sideways on a phone instead of squeezing its numbers. */
function table(w: HtmlOut, t: TableBlock, heading: string): void {
  open(w, 'div', TABLE_WRAP);
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
    open(w, 'tr', rowAttrs(r));
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
  close(w, 'div');
}

function figure(w: HtmlOut, f: FigureBlock): void {
  open(w, 'figure', attr('id', f.id));
  barChartSvg(w, f.chart, f.id);
  el(w, 'figcaption', '', f.caption);
  close(w, 'figure');
}

function block(w: HtmlOut, x: ReportBlock, heading: string): void {
  if (x.kind === 'paragraph')
    el(w, 'p', `${x.flag ? `${attr('class', 'flag')}${attr('data-flag', x.flag.code)}` : ''}${x.lang ? attr('lang', x.lang) : ''}`, x.text);
  else if (x.kind === 'table') table(w, x, heading);
  else figure(w, x);
}

function section(w: HtmlOut, s: ReportSection, depth: number, annex = false): void {
  const heading = `${s.number}${s.title}`;
  let attrs = `${attr('id', s.id)}${attr('aria-labelledby', `${s.id}-h`.trim())}`;
  if (depth === 1) attrs += annex ? ANNEX : MAJOR;
  if (s.lang) attrs += attr('lang', s.lang);
  open(w, 'section', attrs);
  if (s.label !== undefined) el(w, 'p', ANNEX_LABEL, s.label);
  el(w, HEADINGS[Math.min(depth + 1, 6)] as string, attr('id', `${s.id}-h`), heading);
  for (const x of s.blocks) block(w, x, heading);
  for (const c of s.sections) section(w, c, depth + 1);
  close(w, 'section');
}
const HEADINGS = ['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * The title in pieces that do not break inside (print and wide screens): before 关于 the issuing
 * department, from 关于 the subject (GB/T 9704 §7.3.3: a title runs over where the words stay whole).
 * On a phone the pieces wrap like any text.
 */
function title(w: HtmlOut, text: string): void {
  const at = text.indexOf('关于');
  if (at <= 0) {
    el(w, 'h1', '', text);
    return;
  }
  open(w, 'h1', '');
  el(w, 'span', NOWRAP, text.slice(0, at));
  w.html += '<wbr>';
  el(w, 'span', NOWRAP, text.slice(at));
  close(w, 'h1');
}

/** 附件说明 and 落款 after the body (GB/T 9704 §7.3.5–7.3.6). */
function closing(w: HtmlOut, c: ReportClosing): void {
  if (c.annexes.length === 0 && c.signature.length === 0) return;
  open(w, 'div', CLOSING);
  for (const line of c.annexes) el(w, 'p', ANNEX_LIST, line);
  for (const line of c.signature) el(w, 'p', SIGNATURE, line);
  close(w, 'div');
}

function main(w: HtmlOut, view: ReportView): void {
  open(w, 'main', REPORT);
  open(w, 'header', '');
  title(w, view.title);
  for (const m of view.meta) el(w, 'p', META, m);
  close(w, 'header');
  for (const x of view.intro) block(w, x, '');
  for (const s of view.sections) section(w, s, 1);
  if (view.closing) closing(w, view.closing);
  for (const s of view.appendices) section(w, s, 1, true);
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
