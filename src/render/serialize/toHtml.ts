import type { Element, ElementContent, Properties, Root } from 'hast';
import { barChartSvg } from '../charts/barChart.js';
import type { FigureBlock, ReportBlock, ReportSection, ReportView, TableBlock, ToHtmlOptions } from '../types.js';
import { hastToHtmlFast } from './fastHtml.js';
import { h } from './hast.js';
import { REPORT_CSS } from './style.js';

function table(t: TableBlock, heading: string): Element {
  const caption = h('caption', t.caption === heading ? { className: ['same-as-heading'] } : {}, [t.caption]);
  const cols = h('colgroup', {}, t.columns.map((c) => h('col', c.width ? { style: `width: ${c.width}` } : {})));
  const head = h('thead', {}, [h('tr', {}, t.columns.map((c) => h('th', { scope: 'col', className: [`align-${c.align}`] }, [c.label])))]);
  const rows = t.rows.map((r) =>
    h(
      'tr',
      r.emphasis ? { className: ['group'] } : {},
      r.cells.map((cell, i) => {
        const cls = [`align-${t.columns[i]?.align ?? 'left'}`];
        if (i === 0 && r.level) cls.push(`lvl-${Math.min(r.level, 6)}`);
        return h('td', { className: cls }, [cell]);
      }),
    ),
  );
  return h('table', { id: t.id }, [caption, cols, head, h('tbody', {}, rows)]);
}

function figure(f: FigureBlock): Element {
  return h('figure', { id: f.id }, [barChartSvg(f.chart, f.id), h('figcaption', {}, [f.caption])]);
}

function block(b: ReportBlock, heading: string): Element {
  if (b.kind === 'paragraph') return h('p', {}, [b.text]);
  if (b.kind === 'table') return table(b, heading);
  return figure(b);
}

function section(s: ReportSection, depth: number): Element {
  const heading = `${s.number}${s.title}`;
  const hn = `h${Math.min(depth + 1, 6)}`;
  const props: Properties = { id: s.id, ariaLabelledBy: [`${s.id}-h`], ...(depth === 1 ? { className: ['major'] } : {}), ...(s.lang ? { lang: s.lang } : {}) };
  const children: ElementContent[] = [
    h(hn, { id: `${s.id}-h` }, [heading]),
    ...s.blocks.map((b) => block(b, heading)),
    ...s.sections.map((c) => section(c, depth + 1)),
  ];
  return h('section', props, children);
}

function main(view: ReportView): Element {
  return h('main', { className: ['report'] }, [
    h('header', {}, [h('h1', {}, [view.title]), ...view.meta.map((m) => h('p', { className: ['meta'] }, [m]))]),
    ...view.intro.map((b) => block(b, '')),
    ...view.sections.map((s) => section(s, 1)),
    ...view.appendices.map((s) => section(s, 1)),
  ]);
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
  const tree = htmlTree(view, options);
  return options.fragment ? hastToHtmlFast(tree) : `${hastToHtmlFast(tree)}\n`;
}

/**
 * The hast tree {@link toHtml} serialises: the `<main>` element with `fragment`, else the whole
 * document. Tests serialise it with `hast-util-to-html` too, as the oracle of `fastHtml.ts`.
 * @internal
 */
export function htmlTree(view: ReportView, options: ToHtmlOptions = {}): Root | Element {
  if (options.fragment) return main(view);
  const head = h('head', {}, [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'generator', content: view.generator }),
    h('title', {}, [view.title]),
    h('style', {}, [REPORT_CSS]),
  ]);
  return {
    type: 'root',
    children: [{ type: 'doctype' }, h('html', { lang: view.lang }, [head, h('body', {}, [main(view)])])],
  };
}
