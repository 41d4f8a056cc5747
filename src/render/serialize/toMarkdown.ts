/**
 * The Markdown writer: the view model straight to GitHub-flavoured Markdown text, escaping here.
 *
 * Text is never markup. Every character that can start a construct anywhere in a line is
 * backslash-escaped (see `INLINES`: no code span, emphasis, link, image, footnote, raw HTML,
 * autolink, strikethrough, table cell or character reference can come from text; `]` and `!`
 * cannot without an unescaped `[`). At the start of a paragraph line, what would open a block
 * is escaped too (`LINE_START`: ATX headings, block quotes, list items, setext underlines, table
 * delimiter rows, ordered list items), and in a heading a closing `#`. A space or tab a parser
 * would trim (at the start or end of a line or cell) or that would make a hard break is written
 * as a character reference (`&#x20;`), as is white space at the edges of strong or emphasised
 * text (a vertical tab there, which has no reference, becomes a space).
 *
 * What a GFM table cell cannot hold is normalised, the same way every time: headings, captions
 * and table cells are one line (a line break and the white space around it become one space).
 * A paragraph keeps its line breaks (see `paragraph`).
 * test/render/markdown.test.ts parses the output back with micromark and its GFM extension and
 * compares it with the view model, hostile strings included.
 */
import { chartValue, flaggedValue } from '../charts/figures.js';
import { joinLines } from '../format/typography.js';
import type { FigureBlock, ReportBlock, ReportSection, ReportView, TableBlock, TableColumn, TableRow } from '../types.js';

/**
 * Characters escaped wherever they are: `` ` ``, `*`, `[`, `<`, `~`, `|`; `_` unless between two
 * ASCII letters or digits (where it can neither open nor close emphasis); `&` before what could
 * make a character reference; `\` before ASCII punctuation, white space (which may be written
 * as a reference) or at the end (a hard break in a paragraph, an escaped delimiter in a cell);
 * the `:` of `http://` and the `.` of `www.` (GFM would link the address, taking the escapes
 * after it as part of it).
 */
const INLINE = /[`*_[<~|&\\]|:\/\/|[Ww]{3}\./;
const INLINES = /[`*[<~|]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|&(?=[#A-Za-z0-9])|\\(?=[!-/:-@[-`{-~]|\s|$)|(?<=[A-Za-z]):(?=\/\/)|(?<=[Ww]{3})\./g;
/** What would start a block at the start of a paragraph line (the last character of the match is escaped). */
const LINE_START = /^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t:|-]|$)|=+(?=[ \t]*$)|:(?=-)|\d{1,9}[.)](?=[ \t]|$))/;
/** The last `#` of a heading would be read as its closing sequence. */
const CLOSING_HASH = /#(?=[ \t]*$)/;
const LINE_BREAKS = /(\r\n?|\n)/;
const HAS_BREAK = /[\r\n]/;
const EDGE_SPACE = /^[ \t]|[ \t]$/;
const EDGE_WHITE = /^\s|\s$/u;

/** A character reference; a vertical tab has none (it would read back as U+FFFD): a space stands for it. */
const reference = (c: string): string => (c === '\v' ? '&#x20;' : `&#x${(c.codePointAt(0) as number).toString(16).toUpperCase()};`);
const backslash = (c: string): string => `\\${c}`;

/** Table cells, headings and captions are one line: a line break and the white space around it become one space. */
const oneLine = (s: string): string => (HAS_BREAK.test(s) ? joinLines(s) : s);

/** Escape the constructs of text within one line. */
function inline(s: string): string {
  return INLINE.test(s) ? s.replace(INLINES, backslash) : s;
}

/** Encode the first and last character of `s` if `edge` matches it (white space a parser would trim). */
function encodeEdges(s: string, edge: RegExp, edgeTest: RegExp): string {
  if (!edgeTest.test(s)) return s;
  const chars = Array.from(s);
  const last = chars.length - 1;
  if (edge.test(chars[0] as string)) chars[0] = reference(chars[0] as string);
  if (last > 0 && edge.test(chars[last] as string)) chars[last] = reference(chars[last] as string);
  return chars.join('');
}
const SPACE = /^[ \t]$/;
const WHITE = /^\s$/u;

/** Text of a table cell or heading: one line, escaped, its edges kept. */
const cellText = (s: string): string => encodeEdges(inline(oneLine(s)), SPACE, EDGE_SPACE);

/** Content of `**…**` or `*…*`: one line, escaped, white space at its edges encoded (or the delimiters would not count). */
const delimitedText = (s: string): string => encodeEdges(inline(oneLine(s)), WHITE, EDGE_WHITE);

/**
 * A paragraph, or '' when it has no text. A line break between two non-empty lines is written as
 * a line break; any other (one that would leave an empty line, ending the paragraph, or one at
 * its start or end, which a parser trims) as a character reference: the text reads back exactly.
 */
function paragraph(text: string): string {
  if (!HAS_BREAK.test(text)) return line(text);
  const parts = text.split(LINE_BREAKS);
  let out = line(parts[0] as string);
  for (let k = 2; k < parts.length; k += 2) {
    const before = parts[k - 2] as string;
    const sep = parts[k - 1] as string;
    const l = parts[k] as string;
    out += before !== '' && l !== '' ? sep : sep.replace(ANY, reference);
    out += line(l);
  }
  return out;
}
const ANY = /[^]/gu;

/** One line of a paragraph: escaped, what would start a block escaped, its edges kept. */
function line(text: string): string {
  if (text === '') return '';
  let l = inline(text);
  const start = LINE_START.exec(l);
  if (start !== null) {
    const at = start[0].length - 1;
    l = `${l.slice(0, at)}\\${l.slice(at)}`;
  }
  return encodeEdges(l, SPACE, EDGE_SPACE);
}

function heading(depth: number, text: string): string {
  let t = inline(oneLine(text));
  if (CLOSING_HASH.test(t)) t = t.replace(CLOSING_HASH, '\\#');
  t = encodeEdges(t, SPACE, EDGE_SPACE);
  const marks = '######'.slice(0, depth);
  return t === '' ? marks : `${marks} ${t}`;
}

const DELIMITER = { left: ':-', right: '-:', center: ':-:' } as const;

/** One row: `| a | b |`, an empty cell as `| |`; the first cell indented by `level` ideographic spaces. */
function row(cells: readonly string[], width: number, strong: boolean, level: number): string {
  let out = '|';
  for (let i = 0; i < width; i++) {
    const value = cells[i] ?? '';
    if (value === '') {
      out += ' |';
      continue;
    }
    const indent = i === 0 && level > 0 ? '\u3000'.repeat(level) : '';
    out += strong ? ` ${indent}**${delimitedText(value)}** |` : ` ${indent}${cellText(value)} |`;
  }
  return out;
}

/** A GFM table's header and delimiter rows, `width` columns wide. */
function tableHead(columns: readonly TableColumn[], width: number): string {
  let out = row(
    columns.map((c) => c.label),
    width,
    false,
    0,
  );
  out += '\n|';
  for (let i = 0; i < width; i++) {
    const c = columns[i];
    out += ` ${c ? DELIMITER[c.align] : '-'} |`;
  }
  return out;
}

/** A GFM table: as many columns as its widest row, alignments in the delimiter row. */
function mdTable(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  let width = columns.length;
  for (const r of rows) if (r.cells.length > width) width = r.cells.length;
  let out = tableHead(columns, width);
  // An alert row (failed check, lost points) is bold like a group row: its cells carry the word that says so.
  for (const r of rows) out += `\n${row(r.cells, width, r.emphasis === true || r.alert === true, r.level ?? 0)}`;
  return out;
}

/**
 * The Markdown writer's blocks, for other documents written with the same escaping (the CLI's
 * batch summary streams its long tables row by row with them). Every argument is plain text:
 * whatever it contains is escaped here, exactly as in {@link toMarkdown}. Blocks are joined by a
 * blank line; a table is its head followed by its rows, one per line.
 *
 * @example
 * ```ts
 * import { markdownBlocks } from 'jixiao/render';
 * const columns = [{ label: '部门', align: 'left' }, { label: '得分', align: 'right' }] as const;
 * const md = [
 *   markdownBlocks.heading(1, '汇总'),
 *   markdownBlocks.paragraph('共 2 个部门。'),
 *   [markdownBlocks.tableHead(columns), markdownBlocks.tableRow(['*甲局*', '98'], 2)].join('\n'),
 * ].join('\n\n');
 * // "# 汇总\n\n共 2 个部门。\n\n| 部门 | 得分 |\n| :- | -: |\n| \\*甲局\\* | 98 |"
 * ```
 */
export const markdownBlocks: {
  /** An ATX heading (`#` to `######`) on one line. */
  readonly heading: (depth: 1 | 2 | 3 | 4 | 5 | 6, text: string) => string;
  /** A paragraph; its line breaks are kept. */
  readonly paragraph: (text: string) => string;
  /** A GFM table's header and delimiter rows (alignment from each column). */
  readonly tableHead: (columns: readonly TableColumn[]) => string;
  /** One table row of `width` cells (missing cells are empty), each on one line. */
  readonly tableRow: (cells: readonly string[], width: number) => string;
} = Object.freeze({
  heading: (depth: 1 | 2 | 3 | 4 | 5 | 6, text: string): string => heading(depth, text),
  paragraph: (text: string): string => paragraph(text),
  tableHead: (columns: readonly TableColumn[]): string => tableHead(columns, columns.length),
  tableRow: (cells: readonly string[], width: number): string => row(cells, width, false, 0),
});

/** The blocks written so far, in order (joined by blank lines at the end); an empty block is left out. */
type Blocks = string[];
const add = (out: Blocks, block: string): void => {
  if (block !== '') out.push(block);
};

function table(out: Blocks, t: TableBlock, heading: string): void {
  if (t.caption !== heading) {
    const caption = delimitedText(t.caption);
    if (caption !== '') add(out, `**${caption}**`);
  }
  add(out, mdTable(t.columns, t.rows));
}

/** A figure in Markdown: its caption and its data as a table (Markdown has no charts). */
function figure(out: Blocks, f: FigureBlock): void {
  const c = f.chart;
  const columns: TableColumn[] = [{ label: '', align: 'left' }, ...c.series.map((s) => ({ label: s.name, align: 'right' as const }))];
  // A flagged value (a bar over budget) prints its word after the value, bold: the mark is never only a colour.
  const rows = c.categories.map((cat, i) => ({
    cells: [cat, ...c.series.map((s) => flaggedValue(chartValue(c, s.values[i] ?? '0'), s.flags?.[i]))],
    alert: c.series.some((s) => s.flags?.[i] !== undefined),
  }));
  const caption = delimitedText(f.caption);
  if (caption !== '') add(out, `*${caption}*`);
  add(out, mdTable(columns, rows));
}

function block(out: Blocks, b: ReportBlock, heading: string): void {
  if (b.kind === 'paragraph') add(out, paragraph(b.text));
  else if (b.kind === 'table') table(out, b, heading);
  else figure(out, b);
}

function section(out: Blocks, s: ReportSection, depth: number): void {
  const title = `${s.number}${s.title}`;
  if (s.label !== undefined) add(out, paragraph(s.label));
  add(out, heading(Math.min(depth + 1, 6), title));
  for (const b of s.blocks) block(out, b, title);
  for (const c of s.sections) section(out, c, depth + 1);
}

/**
 * Serialise a report view model as GitHub-flavoured Markdown: headings for the numbered
 * sections, paragraphs, GFM tables for the appendices, and each chart as its caption plus a
 * data table. All text is escaped (`#`, `|`, `*`, backticks, `<`, `&` …): it reads back as the
 * same text, never as markup.
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
  const out: Blocks = [];
  add(out, heading(1, view.title));
  for (const m of view.meta) add(out, paragraph(m));
  for (const b of view.intro) block(out, b, '');
  for (const s of view.sections) section(out, s, 1);
  if (view.closing) {
    add(out, paragraph(view.closing.annexes.join('\n')));
    add(out, paragraph(view.closing.signature.join('\n')));
  }
  for (const s of view.appendices) section(out, s, 1);
  return `${out.join('\n\n')}\n`;
}
