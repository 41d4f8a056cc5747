import type { Cell, Grid } from './grid.js';

/** Decode CSV bytes: UTF-8 (with or without BOM), else GB18030 (Excel's default for Chinese CSV). @internal */
export function decodeText(bytes: Uint8Array, encoding?: string): string | undefined {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const tryDecode = (label: string, fatal: boolean): string | undefined => {
    try {
      return new TextDecoder(label, { fatal }).decode(body);
    } catch {
      return undefined;
    }
  };
  if (encoding) return tryDecode(encoding, false);
  return tryDecode('utf-8', true) ?? tryDecode('gb18030', true) ?? tryDecode('utf-8', false);
}

/** The delimiter of a CSV text: the most frequent of `,` `\t` `;` on its first line. */
function detectDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const head = end < 0 ? text : text.slice(0, end);
  let best = ',';
  let bestCount = 0;
  for (const d of [',', '\t', ';']) {
    const n = head.split(d).length - 1;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

/** The result of reading CSV: rows of cells, or the limit that stopped it. @internal */
export type CsvResult = { readonly ok: true; readonly grid: Grid } | { readonly ok: false; readonly cells: number; readonly rows: number };

/**
 * Parse CSV text (RFC 4180: quoted fields, doubled quotes, CR/LF) in one linear pass, no
 * regular expressions. Every cell stays text: nothing is guessed to be a number. @internal
 */
export function parseCsv(text: string, name: string, limits: { readonly maxCells: number; readonly maxCellText: number; readonly maxRows: number }): CsvResult {
  const { maxCells, maxCellText, maxRows } = limits;
  const delim = detectDelimiter(text);
  const rows: (Cell | undefined)[][] = [];
  let row: (Cell | undefined)[] = [];
  let field = '';
  let quoted = false;
  let cells = 0;
  const push = (): boolean => {
    const t = field.length > maxCellText ? field.slice(0, maxCellText) : field;
    row.push(t === '' ? undefined : { text: t });
    if (t !== '') cells++;
    field = '';
    return cells <= maxCells;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delim) {
      if (!push()) return { ok: false, cells, rows: rows.length };
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (!push() || rows.length >= maxRows) return { ok: false, cells, rows: rows.length + 1 };
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    if (!push()) return { ok: false, cells, rows: rows.length };
    rows.push(row);
  }
  return { ok: true, grid: { name, hidden: false, rows, merges: [] } };
}
