import type { PhrasingContent, Root, RootContent, Table, TableCell, TableRow as MdTableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown';
import { chartValue } from '../charts/figures.js';
import { joinLines } from '../format/typography.js';
import type { FigureBlock, ReportBlock, ReportSection, ReportView, TableBlock, TableColumn, TableRow } from '../types.js';

/** Table cells are one line: newlines become spaces. */
const oneLine = (s: string): string => joinLines(s);
const txt = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (value: string): RootContent => ({ type: 'paragraph', children: [txt(value)] });

function mdTable(columns: readonly TableColumn[], rows: readonly TableRow[]): Table {
  // Tree levels are indented with ideographic spaces (U+3000), which Markdown does not trim;
  // they stay outside `strong`, where leading whitespace would have to be encoded.
  const cell = (value: string, strong: boolean, indent: string): TableCell => {
    const content: PhrasingContent[] = value === '' ? [] : [strong ? { type: 'strong', children: [txt(value)] } : txt(value)];
    return { type: 'tableCell', children: indent && value !== '' ? [txt(indent), ...content] : content };
  };
  const row = (cells: readonly string[], strong: boolean, level = 0): MdTableRow => ({
    type: 'tableRow',
    children: cells.map((c, i) => cell(oneLine(c), strong, i === 0 ? '\u3000'.repeat(level) : '')),
  });
  return {
    type: 'table',
    align: columns.map((c) => c.align),
    children: [row(columns.map((c) => c.label), false), ...rows.map((r) => row(r.cells, r.emphasis === true, r.level ?? 0))],
  };
}

function table(t: TableBlock, heading: string): RootContent[] {
  const caption: RootContent[] = t.caption === heading ? [] : [{ type: 'paragraph', children: [{ type: 'strong', children: [txt(t.caption)] }] }];
  return [...caption, mdTable(t.columns, t.rows)];
}

/** A figure in Markdown: its caption and its data as a table (Markdown has no charts). */
function figure(f: FigureBlock): RootContent[] {
  const c = f.chart;
  const columns: TableColumn[] = [{ label: '', align: 'left' }, ...c.series.map((s) => ({ label: s.name, align: 'right' as const }))];
  const rows = c.categories.map((cat, i) => ({ cells: [cat, ...c.series.map((s) => chartValue(c, s.values[i] ?? '0'))] }));
  return [{ type: 'paragraph', children: [{ type: 'emphasis', children: [txt(f.caption)] }] }, mdTable(columns, rows)];
}

function block(b: ReportBlock, heading: string): RootContent[] {
  if (b.kind === 'paragraph') return [paragraph(b.text)];
  if (b.kind === 'table') return table(b, heading);
  return figure(b);
}

function section(s: ReportSection, depth: number): RootContent[] {
  const heading = `${s.number}${s.title}`;
  return [
    { type: 'heading', depth: Math.min(depth + 1, 6) as 2 | 3 | 4 | 5 | 6, children: [txt(heading)] },
    ...s.blocks.flatMap((b) => block(b, heading)),
    ...s.sections.flatMap((c) => section(c, depth + 1)),
  ];
}

/**
 * Serialise a report view model as GitHub-flavoured Markdown: headings for the numbered
 * sections, paragraphs, GFM tables for the appendices, and each chart as its caption plus a
 * data table. Escaping (`#`, `|`, `*`, backticks, `<`, `&` …) is done by `mdast-util-to-markdown`.
 *
 * @param view - The view model from {@link buildReport}.
 * @returns The Markdown text, ending with a newline.
 * @example
 * ```ts
 * import { evaluateDepartment } from 'jixiao';
 * import { buildReport, toMarkdown } from 'jixiao/render';
 * const md = toMarkdown(buildReport(evaluateDepartment(data)));
 * md.startsWith('# 巴中市恩阳区行政审批局关于2023年财政支出绩效评价的报告'); // true
 * ```
 */
export function toMarkdown(view: ReportView): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [txt(view.title)] },
      ...view.meta.map(paragraph),
      ...view.intro.flatMap((b) => block(b, '')),
      ...view.sections.flatMap((s) => section(s, 1)),
      ...view.appendices.flatMap((s) => section(s, 1)),
    ],
  };
  return mdastToMarkdown(tree, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], rule: '-', bullet: '-', emphasis: '*', strong: '*' });
}
