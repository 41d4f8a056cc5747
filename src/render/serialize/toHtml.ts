import type { Element, Properties, Root } from 'hast';
import { barChartSvg } from '../charts/barChart.js';
import type { FigureBlock, ReportBlock, ReportSection, ReportView, TableBlock, ToHtmlOptions } from '../types.js';
import { type Builder, hastBuilder, stringBuilder } from './builder.js';
import { REPORT_CSS } from './style.js';


function table<N>(b: Builder<N>, t: TableBlock, heading: string): N {
  const caption = b.el('caption', t.caption === heading ? { className: ['same-as-heading'] } : {}, [b.text(t.caption)]);
  const cols = b.el('colgroup', {}, t.columns.map((c) => b.el('col', c.width ? { style: `width: ${c.width}` } : {})));
  const head = b.el('thead', {}, [b.el('tr', {}, t.columns.map((c) => b.el('th', { scope: 'col', className: [`align-${c.align}`] }, [b.text(c.label)])))]);
  // The properties of a column's cells, made once per table (builders only read them).
  const cellProps: Properties[] = t.columns.map((c) => ({ className: [`align-${c.align}`] }));
  const extraProps: Properties = { className: ['align-left'] };
  const rows = t.rows.map((r) =>
    b.el(
      'tr',
      r.emphasis ? { className: ['group'] } : {},
      r.cells.map((cell, i) => {
        const props =
          i === 0 && r.level
            ? { className: [`align-${t.columns[i]?.align ?? 'left'}`, `lvl-${Math.min(r.level, 6)}`] }
            : (cellProps[i] ?? extraProps);
        return b.el('td', props, [b.text(cell)]);
      }),
    ),
  );
  return b.el('table', { id: t.id }, [caption, cols, head, b.el('tbody', {}, rows)]);
}

function figure<N>(b: Builder<N>, f: FigureBlock): N {
  return b.el('figure', { id: f.id }, [barChartSvg(b, f.chart, f.id), b.el('figcaption', {}, [b.text(f.caption)])]);
}

function block<N>(b: Builder<N>, x: ReportBlock, heading: string): N {
  if (x.kind === 'paragraph') return b.el('p', {}, [b.text(x.text)]);
  if (x.kind === 'table') return table(b, x, heading);
  return figure(b, x);
}

function section<N>(b: Builder<N>, s: ReportSection, depth: number): N {
  const heading = `${s.number}${s.title}`;
  const hn = `h${Math.min(depth + 1, 6)}`;
  const props: Properties = { id: s.id, ariaLabelledBy: [`${s.id}-h`] };
  if (depth === 1) props.className = ['major'];
  if (s.lang) props.lang = s.lang;
  const children: N[] = [b.el(hn, { id: `${s.id}-h` }, [b.text(heading)])];
  for (const x of s.blocks) children.push(block(b, x, heading));
  for (const c of s.sections) children.push(section(b, c, depth + 1));
  return b.el('section', props, children);
}

function main<N>(b: Builder<N>, view: ReportView): N {
  const children: N[] = [b.el('header', {}, [b.el('h1', {}, [b.text(view.title)]), ...view.meta.map((m) => b.el('p', { className: ['meta'] }, [b.text(m)]))])];
  for (const x of view.intro) children.push(block(b, x, ''));
  for (const s of view.sections) children.push(section(b, s, 1));
  for (const s of view.appendices) children.push(section(b, s, 1));
  return b.el('main', { className: ['report'] }, children);
}

/** The `<html>` element of the document. */
function document<N>(b: Builder<N>, view: ReportView): N {
  const head = b.el('head', {}, [
    b.el('meta', { charSet: 'utf-8' }),
    b.el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    b.el('meta', { name: 'generator', content: view.generator }),
    b.el('title', {}, [b.text(view.title)]),
    b.el('style', {}, [b.styleText(REPORT_CSS)]),
  ]);
  return b.el('html', { lang: view.lang }, [head, b.el('body', {}, [main(b, view)])]);
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
  if (options.fragment) return main(stringBuilder, view);
  return `<!doctype html>${document(stringBuilder, view)}\n`;
}

/**
 * The same document as a hast tree (the `<main>` element with `fragment`): what {@link toHtml}
 * writes, as hast-util-to-html would serialise it. The tests hold `toHtml` to exactly that.
 * @internal
 */
export function htmlTree(view: ReportView, options: ToHtmlOptions = {}): Root | Element {
  if (options.fragment) return main(hastBuilder, view) as Element;
  return { type: 'root', children: [{ type: 'doctype' }, document(hastBuilder, view) as Element] };
}
