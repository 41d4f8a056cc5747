import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { Locale } from '../../index.js';
import type { BatchSummaryRows } from './summary.js';

/** Sheet names and headers of summary.xlsx, per locale. */
const TEXT = {
  'zh-CN': {
    ranking: '排名',
    rankHead: ['排名', '部门', '得分', '等级', '未通过规则', '来源', '报告'],
    grades: '等级分布',
    gradeHead: ['等级', '部门数'],
    rules: '未通过规则',
    ruleHead: ['规则', '名称', '部门数'],
    failed: '评价失败',
    failedHead: ['来源', '部门', '问题数', '问题（前几项）'],
  },
  en: {
    ranking: 'Ranking',
    rankHead: ['Rank', 'Department', 'Score', 'Grade', 'Failed rules', 'Source', 'Report'],
    grades: 'Grades',
    gradeHead: ['Grade', 'Departments'],
    rules: 'Failed rules',
    ruleHead: ['Rule', 'Title', 'Departments'],
    failed: 'Failed',
    failedHead: ['Source', 'Department', 'Issues', 'First issues'],
  },
} as const;

/** A cell: a number is written as a number, a string as text (scores too: exactly as in summary.json). */
type Cell = string | number;

/** One sheet: its name, column widths (characters) and rows, the header first. */
interface Sheet {
  readonly name: string;
  readonly widths: readonly number[];
  readonly rows: Iterable<readonly Cell[]>;
}

/**
 * Characters a cell's text cannot hold as they are: the three XML specials; the control characters
 * XML 1.0 forbids, and U+FFFE/U+FFFF, written as OOXML's `_xHHHH_` escape (ECMA-376 Part 1,
 * 22.9.2.19 ST_Xstring), as are a carriage return (an XML reader would turn it into a line feed)
 * and an underscore that starts such an escape in the text itself (written `_x005F_`), so that a
 * reader gives back the same string.
 */
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

function escapeChar(c: string): string {
  if (c === '&') return '&amp;';
  if (c === '<') return '&lt;';
  if (c === '>') return '&gt;';
  return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** `text` as the content of an XML element, escaped as {@link NEEDS_ESCAPE} says. */
export function xlsxText(text: string): string {
  return text.replace(NEEDS_ESCAPE, escapeChar);
}

/** The column letters of a 0-based column index (0 → A, 25 → Z, 26 → AA). */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The most characters (UTF-16 code units) Excel accepts in one cell. */
export const XLSX_CELL_MAX = 32_767;

/**
 * `text` cut to {@link XLSX_CELL_MAX} characters, ending in "…" when cut (never between the two
 * halves of a surrogate pair). A longer cell makes Excel report the file as damaged (and SheetJS
 * refuses to write it); such a text can only come from a department that failed validation, whose
 * raw name summary.json keeps whole.
 */
export function fitCell(text: string): string {
  if (text.length <= XLSX_CELL_MAX) return text;
  let end = XLSX_CELL_MAX - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

function cellXml(ref: string, value: Cell): string {
  return typeof value === 'number' && Number.isFinite(value)
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xlsxText(fitCell(String(value)))}</t></is></c>`;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A worksheet's XML, row by row (inline strings: no shared-string table to hold in memory). */
function* sheetXml(sheet: Sheet): Generator<string> {
  yield `${HEAD}<worksheet xmlns="${MAIN}"><cols>`;
  for (const [i, w] of sheet.widths.entries()) yield `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
  yield '</cols><sheetData>';
  let r = 0;
  for (const cells of sheet.rows) {
    r++;
    let row = `<row r="${r}">`;
    for (let c = 0; c < cells.length; c++) row += cellXml(`${columnName(c)}${r}`, cells[c] as Cell);
    yield `${row}</row>`;
  }
  yield '</sheetData></worksheet>';
}

/** The package's fixed parts for sheets of these names: content types, relationships, workbook, styles. */
function fixedParts(names: readonly string[]): [string, string][] {
  const sheets = names.map((_, i) => i + 1);
  return [
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map(
            (n) =>
              `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ],
    ['_rels/.rels', `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        names.map((name, i) => `<sheet name="${xlsxText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="${PKG_REL}">` +
        sheets.map((n) => `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('') +
        `<Relationship Id="rId${names.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    ],
  ];
}

function* mapRows<T>(head: readonly string[], rows: Iterable<T>, cells: (row: T) => readonly Cell[]): Generator<readonly Cell[]> {
  yield head;
  for (const r of rows) yield cells(r);
}

/** Characters of XML gathered before they are compressed: one deflate push each. */
const PUSH_CHARS = 64 * 1024;

/**
 * summary.xlsx for finance staff, as the bytes of the file in order: the ranking, the grade
 * distribution, the most-failed rules and the departments that failed, one sheet each (the same
 * content as summary.md; scores as text, exactly as in summary.json).
 *
 * Streamed, like summary.json and summary.md: the ranking rows are read from the batch's spill file
 * and compressed as they come (fflate's streaming zip), so memory does not grow with the number of
 * departments. A spreadsheet library builds the whole workbook in memory first (SheetJS needed
 * ≈ 630 MB for 100,000 departments). The parts are the fixed minimum of an .xlsx package, cells are
 * inline strings or numbers, and texts are escaped by {@link xlsxText}; tests read the file back
 * with SheetJS.
 */
export function* summaryXlsxChunks(summary: BatchSummaryRows, locale: Locale): Generator<Uint8Array> {
  const t = TEXT[locale];
  const sheets: Sheet[] = [
    {
      name: t.ranking,
      widths: [6, 36, 8, 8, 40, 24, 24],
      rows: mapRows(t.rankHead, summary.ranking, (r) => [r.rank, r.name, r.total, r.grade, r.failedRules.join('、'), r.source, r.report]),
    },
    { name: t.grades, widths: [12, 10], rows: mapRows(t.gradeHead, Object.entries(summary.gradeDistribution), ([g, n]) => [g, n]) },
    { name: t.rules, widths: [30, 50, 10], rows: mapRows(t.ruleHead, summary.mostFailedRules, (r) => [r.ruleId, r.title, r.departments]) },
    {
      name: t.failed,
      widths: [24, 30, 8, 80],
      rows: mapRows(t.failedHead, summary.failures, (f) => [f.source, f.name, f.issueCount, f.issues.join('\n')]),
    },
  ];
  // fflate hands out compressed bytes synchronously, inside push(); they are queued here and yielded
  // after each push, so at most one push's output is held.
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else ready.push(chunk);
  });
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    for (const chunk of ready.splice(0)) yield chunk;
  }
  function* part(name: string, xml: Iterable<string>): Generator<Uint8Array> {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    let text = '';
    for (const piece of xml) {
      text += piece;
      if (text.length >= PUSH_CHARS) {
        file.push(strToU8(text));
        text = '';
        yield* drain();
      }
    }
    file.push(strToU8(text), true);
    yield* drain();
  }
  for (const [name, xml] of fixedParts(sheets.map((s) => s.name))) yield* part(name, [xml]);
  for (const [i, sheet] of sheets.entries()) yield* part(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet));
  zip.end();
  yield* drain();
}
