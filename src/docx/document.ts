import {
  AlignmentType,
  Document,
  Footer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ISectionOptions,
  LineRuleType,
  PageOrientation,
} from 'docx';
import { ChartRun } from 'docx/charts';
import type { BarChart, FigureBlock, ReportBlock, ReportClosing, ReportSection, ReportView, TableBlock, TableColumn } from '../render/index.js';
import { FONTS, PAGE, PAGE_WIDE, paragraphStyles, STYLE } from './styles.js';

const TYPE_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The type area's width on a page turned across (the page's height less the turned margins). */
const WIDE_TYPE_WIDTH = PAGE.height - PAGE_WIDE.left - PAGE_WIDE.right;
/** Tables of this many columns or more are set on a page turned across. */
const WIDE_COLUMNS = 8;

/** The heading style of a section at a depth: 一、 → 一级标题, （一） → 二级标题, 1. → 三级标题. */
function headingStyle(depth: number): string {
  return depth === 0 ? STYLE.h1 : depth === 1 ? STYLE.h2 : STYLE.h3;
}

function paragraph(text: string, style: string = STYLE.body): Paragraph {
  return new Paragraph({ style, children: [new TextRun(text)] });
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** A column's share of the type area from the view model's `"30%"`, else an even share. */
function columnWidths(columns: readonly TableColumn[], typeWidth: number): number[] {
  const parsed = columns.map((c) => /^(\d+(?:\.\d+)?)%$/.exec(c.width ?? '')?.[1]);
  const stated = parsed.reduce((sum, p) => sum + (p === undefined ? 0 : percent(p)), 0);
  const rest = parsed.filter((p) => p === undefined).length;
  const each = rest > 0 ? Math.max(0, 100 - stated) / rest : 0;
  const shares = parsed.map((p) => (p === undefined ? each : percent(p)));
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  return shares.map((s) => Math.round((typeWidth * s) / total));
}

/** A width percentage of the layout (`"30"` of `"30%"`): a layout number, not an amount. */
function percent(digits: string): number {
  // eslint-disable-next-line no-restricted-syntax -- a column width from the view model's layout hint, never money
  return Number(digits);
}

/** Side padding of table cells: 1 mm. */
const CELL_PADDING = 57;

function cell(text: string, width: number, align: TableColumn['align'], options: { bold?: boolean; indent?: number; small?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          style: STYLE.cell,
          alignment: ALIGN[align],
          ...(options.indent ? { indent: { left: options.indent * 210 } } : {}),
          children: [new TextRun({ text: line, ...(options.bold ? { bold: true } : {}), ...(options.small ? { size: 18 } : {}) })],
        }),
    ),
  });
}

/** Whitespace-free text, to compare a caption with its section heading. */
const squeeze = (text: string): string => text.replace(/\s+/gu, '');

/**
 * A real Word table: fixed layout on the type area, the header row repeated on every page, rows never split.
 * Cells have 1 mm side padding (Word's default 1.9 mm leaves too little room in seven columns); tables of six
 * or more columns are set in 小五 (9 pt) so amounts like `= 576.08万元` stay on one line. The caption is left
 * out when it repeats the heading of the appendix it is in (附表2 合规性审核结果 under 附表2 合规性审核结果).
 */
function table(block: TableBlock, heading?: string, typeWidth: number = TYPE_WIDTH): FileChild[] {
  const widths = columnWidths(block.columns, typeWidth);
  const small = block.columns.length >= 6;
  const cellOf = (text: string, i: number, align: TableColumn['align'], options: { bold?: boolean; indent?: number } = {}): TableCell =>
    cell(text, widths[i] ?? 0, align, { ...options, ...(small ? { small } : {}) });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cellOf(c.label, i, 'center', { bold: true })),
  });
  const rows = block.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((c, i) =>
          cellOf(r.cells[i] ?? '', i, c.align, { ...(r.emphasis || r.alert ? { bold: true } : {}), ...(i === 0 && r.level ? { indent: r.level } : {}) }),
        ),
      }),
  );
  const captions = heading !== undefined && squeeze(block.caption) === squeeze(heading) ? [] : [paragraph(block.caption, STYLE.caption)];
  return [
    ...captions,
    new Table({
      rows: [header, ...rows],
      layout: TableLayoutType.FIXED,
      width: { size: typeWidth, type: WidthType.DXA },
      columnWidths: widths,
      margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
    }),
  ];
}

/**
 * A chart value as a JS number for the chart's XML (`c:v` is xsd:double). The view model's values are
 * canonical decimal strings already rounded to 0.01 of the unit, so nothing is lost; this is the one place
 * in `jixiao/docx` where a value becomes a number, as `chartScale.ts` is in `jixiao/render`.
 */
function chartNumber(value: string): number {
  // eslint-disable-next-line no-restricted-syntax -- chart data are doubles in OOXML; the value is pre-rounded
  return Number(value);
}

/**
 * A native Word column chart (editable in Word: 编辑数据), its values also in a data table under the plot (Word;
 * LibreOffice leaves it out) and in the alt text. The view model's description is not printed again: the
 * paragraph before the figure states the same figures.
 */
function chartRun(chart: BarChart): ChartRun {
  return new ChartRun({
    type: 'column',
    categories: [...chart.categories],
    series: chart.series.map((s) => ({ name: s.name, values: s.values.map(chartNumber) })),
    valueAxis: { title: chart.unit },
    dataTable: true,
    font: { name: FONTS.fang },
    transformation: { width: 580, height: 330 },
    altText: { name: chart.title, description: chart.description, title: chart.title },
  });
}

function figure(block: FigureBlock): FileChild[] {
  return [
    // Auto line height: the captions' exact 28-pt lines would clip the chart to one line.
    new Paragraph({
      style: STYLE.caption,
      keepNext: true,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
      children: [chartRun(block.chart)],
    }),
    paragraph(block.caption, STYLE.caption),
    ...flaggedNote(block.chart),
  ];
}

/**
 * The flagged values of a chart (a bar over budget) as a note under its caption: a native Word chart
 * cannot hatch one bar, so the word that marks it is printed, never a colour alone.
 */
function flaggedNote(chart: BarChart): Paragraph[] {
  const items = chart.series.flatMap((s) => chart.categories.flatMap((c, i) => (s.flags?.[i] !== undefined ? [`${c}${s.name}${s.flags[i]}`] : [])));
  return items.length > 0 ? [new Paragraph({ style: STYLE.caption, children: [new TextRun({ text: `▲ ${items.join('；')}`, bold: true })] })] : [];
}

function blocks(list: readonly ReportBlock[], heading?: string, typeWidth?: number): FileChild[] {
  return list.flatMap((b) => (b.kind === 'paragraph' ? [paragraph(b.text)] : b.kind === 'table' ? table(b, heading, typeWidth) : figure(b)));
}

function section(s: ReportSection, depth: number): FileChild[] {
  return [paragraph(`${s.number}${s.title}`, headingStyle(depth)), ...blocks(s.blocks), ...s.sections.flatMap((c) => section(c, depth + 1))];
}

/** Whether an annex holds a table too wide for the portrait type area (附表1 评分表). */
const isWide = (s: ReportSection): boolean => s.blocks.some((b) => b.kind === 'table' && b.columns.length >= WIDE_COLUMNS);

/** An annex (its own Word section, so on a new page): its 附件 label (GB/T 9704 §8, 黑体 at the top left), then its title. */
function appendix(s: ReportSection): FileChild[] {
  const title = `${s.number}${s.title}`;
  const label = s.label !== undefined ? [new Paragraph({ style: STYLE.annex, children: [new TextRun(s.label)] })] : [];
  const heading = new Paragraph({ style: STYLE.annex, children: [new TextRun(title)] });
  return [...label, heading, ...blocks(s.blocks, title, isWide(s) ? WIDE_TYPE_WIDTH : TYPE_WIDTH), ...s.sections.flatMap((c) => section(c, 1))];
}

/** A Word section: A4 upright with the GB/T 9704 margins, or turned across for a wide annex; the footer numbers run on. */
function wordSection(children: FileChild[], wide: boolean): ISectionOptions {
  const margin = wide ? PAGE_WIDE : PAGE;
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, ...(wide ? { orientation: PageOrientation.LANDSCAPE } : {}) },
        margin: { top: margin.top, bottom: margin.bottom, left: margin.left, right: margin.right, footer: PAGE.footer, header: PAGE.footer },
      },
    },
    // GB/T 9704 §7.5: odd pages numbered at the right, even pages at the left, one character in from the edge.
    footers: { default: footer(AlignmentType.RIGHT), even: footer(AlignmentType.LEFT) },
    children,
  };
}

/** 附件说明 (indented like the body) and 落款 (right-aligned, four characters from the edge), after the body. */
function closing(c: ReportClosing | undefined): FileChild[] {
  if (!c) return [];
  const list = c.annexes.map(
    (line, i) => new Paragraph({ style: STYLE.body, ...(i === 0 ? { spacing: { before: 560 } } : {}), children: [new TextRun(line)] }),
  );
  const sign = c.signature.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.body,
        alignment: AlignmentType.RIGHT,
        indent: { firstLine: 0, right: 4 * 320 },
        ...(i === 0 ? { spacing: { before: 1120 } } : {}),
        children: [new TextRun(line)],
      }),
  );
  return [...list, ...sign];
}

/** Characters of 二号 type on one line of the 156 mm type area (22 pt ≈ 7.76 mm a character). */
const TITLE_LINE = 20;

/**
 * The title, broken before 关于 when it does not fit one line and both parts do (GB/T 9704 §7.3.3: a title
 * that runs over is broken where the words stay whole — 发文机关 / 关于…的报告 — not wherever the line ends).
 * The break is a line break inside the one paragraph, so the title's text is unchanged.
 */
function titleParagraph(title: string): Paragraph {
  const at = title.indexOf('关于');
  const fits = (text: string): boolean => [...text].length <= TITLE_LINE;
  if (fits(title) || at <= 0 || !fits(title.slice(0, at)) || !fits(title.slice(at))) return paragraph(title, STYLE.title);
  return new Paragraph({ style: STYLE.title, children: [new TextRun(title.slice(0, at)), new TextRun({ text: title.slice(at), break: 1 })] });
}

/** One 四号 character (14 pt) in twentieths of a point: the 空一字 between a page number and the edge. */
const ONE_CHARACTER = 280;

/** Footer "— 1 —": GB/T 9704 §7.5 page numbers, the number a PAGE field Word updates, at the outer edge. */
function footer(side: typeof AlignmentType.RIGHT | typeof AlignmentType.LEFT): Footer {
  const indent = side === AlignmentType.RIGHT ? { right: ONE_CHARACTER, firstLine: 0 } : { left: ONE_CHARACTER, firstLine: 0 };
  return new Footer({
    children: [new Paragraph({ style: STYLE.footer, alignment: side, indent, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })],
  });
}

/** The Word document of a report view. */
export function viewToDocument(view: ReportView, options: { readonly creator?: string } = {}): Document {
  const body: FileChild[] = [
    titleParagraph(view.title),
    ...view.meta.map((line) => paragraph(line, STYLE.meta)),
    ...blocks(view.intro),
    ...view.sections.flatMap((s) => section(s, 0)),
    ...closing(view.closing),
  ];
  return new Document({
    title: view.title,
    evenAndOddHeaderAndFooters: true,
    creator: options.creator ?? view.generator,
    description: view.generator,
    styles: {
      default: { document: { run: { font: { eastAsia: FONTS.fang, ascii: FONTS.latin, hAnsi: FONTS.latin }, size: 32 } } },
      paragraphStyles: paragraphStyles(),
    },
    // The body, then each annex as a section of its own: it starts a new page, and 附表1 turns across.
    sections: [wordSection(body, false), ...view.appendices.map((a) => wordSection(appendix(a), isWide(a)))],
  });
}
