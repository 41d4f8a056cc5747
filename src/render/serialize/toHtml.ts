import type { Element, Properties, Root } from 'hast';
import { barChartSvg } from '../charts/barChart.js';
import type { FigureBlock, ReportBlock, ReportSection, ReportView, TableBlock, ToHtmlOptions } from '../types.js';
import { type Builder, HastBuilder, HtmlStringBuilder } from './builder.js';
import { REPORT_CSS } from './style.js';

// Properties that recur, made once (builders only read them).
const NONE: Properties = Object.freeze({}) as Properties;
const SAME_AS_HEADING: Properties = Object.freeze({ className: Object.freeze(['same-as-heading']) }) as unknown as Properties;
const GROUP_ROW: Properties = Object.freeze({ className: Object.freeze(['group']) }) as unknown as Properties;
const ALIGN_LEFT: Properties = Object.freeze({ className: Object.freeze(['align-left']) }) as unknown as Properties;
const META: Properties = Object.freeze({ className: Object.freeze(['meta']) }) as unknown as Properties;
const REPORT: Properties = Object.freeze({ className: Object.freeze(['report']) }) as unknown as Properties;

function table(b: Builder, t: TableBlock, heading: string): void {
  b.open('table', { id: t.id });
  b.el('caption', t.caption === heading ? SAME_AS_HEADING : NONE, t.caption);
  b.open('colgroup', NONE);
  for (const c of t.columns) b.el('col', c.width ? { style: `width: ${c.width}` } : NONE);
  b.close();
  b.open('thead', NONE);
  b.open('tr', NONE);
  for (const c of t.columns) b.el('th', { scope: 'col', className: [`align-${c.align}`] }, c.label);
  b.close();
  b.close();
  // The properties of a column's cells, and of an indented first cell by level, made once per table.
  const cellProps: Properties[] = t.columns.map((c) => ({ className: [`align-${c.align}`] }));
  const levelProps: Properties[] = [];
  b.open('tbody', NONE);
  for (const r of t.rows) {
    b.open('tr', r.emphasis ? GROUP_ROW : NONE);
    const cells = r.cells;
    for (let i = 0; i < cells.length; i++) {
      let props: Properties;
      if (i === 0 && r.level) {
        const level = Math.min(r.level, 6);
        props = levelProps[level] ??= { className: [`align-${t.columns[0]?.align ?? 'left'}`, `lvl-${level}`] };
      } else props = cellProps[i] ?? ALIGN_LEFT;
      b.el('td', props, cells[i] as string);
    }
    b.close();
  }
  b.close();
  b.close();
}

function figure(b: Builder, f: FigureBlock): void {
  b.open('figure', { id: f.id });
  barChartSvg(b, f.chart, f.id);
  b.el('figcaption', NONE, f.caption);
  b.close();
}

function block(b: Builder, x: ReportBlock, heading: string): void {
  if (x.kind === 'paragraph') b.el('p', NONE, x.text);
  else if (x.kind === 'table') table(b, x, heading);
  else figure(b, x);
}

function section(b: Builder, s: ReportSection, depth: number): void {
  const heading = `${s.number}${s.title}`;
  const props: Properties = { id: s.id, ariaLabelledBy: [`${s.id}-h`] };
  if (depth === 1) props.className = ['major'];
  if (s.lang) props.lang = s.lang;
  b.open('section', props);
  b.el(HEADINGS[Math.min(depth + 1, 6)] as string, { id: `${s.id}-h` }, heading);
  for (const x of s.blocks) block(b, x, heading);
  for (const c of s.sections) section(b, c, depth + 1);
  b.close();
}
const HEADINGS = ['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function main(b: Builder, view: ReportView): void {
  b.open('main', REPORT);
  b.open('header', NONE);
  b.el('h1', NONE, view.title);
  for (const m of view.meta) b.el('p', META, m);
  b.close();
  for (const x of view.intro) block(b, x, '');
  for (const s of view.sections) section(b, s, 1);
  for (const s of view.appendices) section(b, s, 1);
  b.close();
}

/** The `<html>` element of the document. */
function document(b: Builder, view: ReportView): void {
  b.open('html', { lang: view.lang });
  b.open('head', NONE);
  b.el('meta', { charSet: 'utf-8' });
  b.el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' });
  b.el('meta', { name: 'generator', content: view.generator });
  b.el('title', NONE, view.title);
  b.open('style', NONE);
  b.styleText(REPORT_CSS);
  b.close();
  b.close();
  b.open('body', NONE);
  main(b, view);
  b.close();
  b.close();
}

/**
 * Serialise a report view model as one standalone HTML file: `<html lang="zh-CN">`, embedded CSS
 * for screen and A4 print, inline SVG charts with text alternatives, no scripts and no external
 * assets. All text is escaped with `stringify-entities`, exactly as `hast-util-to-html` would
 * (see `fastHtml.ts`). With `fragment: true`, only the `<main>` element is returned (unstyled,
 * for embedding).
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
  // Written directly (serialize/builder.ts); byte-identical to hast-util-to-html on `htmlTree`.
  const b = new HtmlStringBuilder();
  if (options.fragment) main(b, view);
  else {
    b.raw('<!doctype html>');
    document(b, view);
    b.raw('\n');
  }
  return b.finish();
}

/**
 * The same document as a hast tree (the `<main>` element with `fragment`): what {@link toHtml}
 * writes, as hast-util-to-html would serialise it. The tests hold `toHtml` to exactly that.
 * @internal
 */
export function htmlTree(view: ReportView, options: ToHtmlOptions = {}): Root | Element {
  const b = new HastBuilder();
  if (options.fragment) {
    main(b, view);
    return b.nodes[0] as Element;
  }
  document(b, view);
  return { type: 'root', children: [{ type: 'doctype' }, ...b.nodes] };
}
