import { read, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { Locale, Result } from '../../shared/issues.js';
import { SHEET_LIMITS, type SheetLimits } from '../limits.js';
import { decodeText, parseCsv } from './csv.js';
import { type SheetFormat, sniff } from './detect.js';
import { type Cell, type Grid, type Merge, numberText } from './grid.js';
import { fail, issue } from './issue.js';
import { repackZip } from './zipGuard.js';

/** Options shared by every reader. @internal */
export interface GridOptions {
  readonly format?: SheetFormat | undefined;
  readonly encoding?: string | undefined;
  readonly limits?: SheetLimits | undefined;
  readonly locale: Locale;
}

type Limits = { readonly [K in keyof typeof SHEET_LIMITS]: number };

const limitsOf = (o?: SheetLimits): Limits => ({ ...SHEET_LIMITS, ...o });

function toCell(c: CellObject | undefined, maxText: number): Cell | undefined {
  if (!c || c.t === 'z') return undefined;
  if (c.t === 'n' && typeof c.v === 'number') {
    const n = numberText(c.v);
    return n === undefined ? { text: String(c.w ?? '') } : { text: n, number: n };
  }
  if (c.t === 'b') return { text: c.v ? 'TRUE' : 'FALSE' };
  const raw = c.t === 'e' ? (c.w ?? '#ERROR') : typeof c.v === 'string' ? c.v : String(c.w ?? c.v ?? '');
  if (raw === '') return undefined;
  return { text: raw.length > maxText ? raw.slice(0, maxText) : raw };
}

function toMerges(ws: WorkSheet, max: number): Merge[] {
  const out: Merge[] = [];
  for (const m of ws['!merges'] ?? []) {
    if (out.length >= max) break;
    const [r0, c0, r1, c1] = [m?.s?.r, m?.s?.c, m?.e?.r, m?.e?.c];
    if ([r0, c0, r1, c1].every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0)) {
      out.push({ r0: r0 as number, c0: c0 as number, r1: Math.max(r0 as number, r1 as number), c1: Math.max(c0 as number, c1 as number) });
    }
  }
  return out;
}

/**
 * The worksheet of a name, own properties only. SheetJS stores a sheet named "__proto__" by
 * assignment, which re-prototypes the (local) `Sheets` object instead of adding a key: take it
 * from there, so the sheet is read and nothing global is touched.
 */
function sheetOf(wb: WorkBook, name: string): WorkSheet | undefined {
  const sheets = wb.Sheets as Record<string, WorkSheet> | undefined;
  if (!sheets || typeof sheets !== 'object') return undefined;
  if (Object.prototype.hasOwnProperty.call(sheets, name)) return sheets[name];
  if (name !== '__proto__') return undefined;
  const proto = Object.getPrototypeOf(sheets) as WorkSheet | null;
  return proto && proto !== Object.prototype && ('!data' in proto || '!ref' in proto) ? proto : undefined;
}

/** Convert SheetJS sheets to grids, counting cells against the limit. */
function toGrids(wb: WorkBook, limits: Limits, locale: Locale): Result<Grid[]> {
  const grids: Grid[] = [];
  let cells = 0;
  const names = Array.isArray(wb.SheetNames) ? wb.SheetNames : [];
  for (let i = 0; i < names.length; i++) {
    const name = String(names[i]);
    const ws = sheetOf(wb, name);
    if (!ws) continue;
    const data = (ws as { '!data'?: (CellObject[] | undefined)[] })['!data'] ?? [];
    if (data.length > limits.maxRows) return fail(issue('too_many_items', [name], { max: limits.maxRows, count: data.length }, locale));
    const rows: (Cell | undefined)[][] = [];
    for (let r = 0; r < data.length; r++) {
      const src = data[r];
      if (!src) {
        rows.push([]);
        continue;
      }
      const row: (Cell | undefined)[] = [];
      if (src.length > limits.maxColumns && src.slice(limits.maxColumns).some((x) => x && x.t !== 'z')) {
        return fail(issue('too_many_items', [name, `row ${r + 1}`], { max: limits.maxColumns, count: src.length }, locale));
      }
      for (let c = 0; c < src.length && c < limits.maxColumns; c++) {
        const cell = toCell(src[c], limits.maxCellText);
        if (cell) cells++;
        row.push(cell);
      }
      if (cells > limits.maxCells) return fail(issue('too_many_cells', [name], { max: limits.maxCells, count: cells }, locale));
      rows.push(row);
    }
    grids.push({ name, hidden: Boolean(wb.Workbook?.Sheets?.[i]?.Hidden), rows, merges: toMerges(ws, limits.maxCells) });
  }
  return { ok: true, value: grids };
}

function readCsv(bytes: Uint8Array, o: GridOptions, limits: Limits): Result<Grid[]> {
  const text = decodeText(bytes, o.encoding);
  if (text === undefined) return fail(issue('invalid_spreadsheet', [], { format: 'csv', detail: `unknown encoding ${o.encoding ?? ''}` }, o.locale));
  const r = parseCsv(text, 'CSV', limits);
  if (!r.ok && r.rows > limits.maxRows) return fail(issue('too_many_items', ['CSV'], { max: limits.maxRows, count: r.rows }, o.locale));
  if (!r.ok) return fail(issue('too_many_cells', ['CSV'], { max: limits.maxCells, count: r.cells }, o.locale));
  return { ok: true, value: [r.grid] };
}

/** Most parser messages kept as notices, and their length. */
const MAX_NOTICES = 20;
const MAX_NOTICE_LENGTH = 200;

/**
 * Run the parser with the console's error, warn, log and info captured into `notices`: SheetJS
 * prints on damaged files ("Missing Info for XLS Record 0x45fd"), and the library promises the
 * host's stderr stays untouched. The call is synchronous, so nothing else can print meanwhile.
 */
function quietly<T>(notices: string[], run: () => T): T {
  const c = console as unknown as Record<'error' | 'warn' | 'log' | 'info', (...args: unknown[]) => void>;
  const saved = { error: c.error, warn: c.warn, log: c.log, info: c.info };
  const keep = (...args: unknown[]): void => {
    if (notices.length < MAX_NOTICES) notices.push(args.map(String).join(' ').slice(0, MAX_NOTICE_LENGTH));
  };
  c.error = keep;
  c.warn = keep;
  c.log = keep;
  c.info = keep;
  try {
    return run();
  } finally {
    c.error = saved.error;
    c.warn = saved.warn;
    c.log = saved.log;
    c.info = saved.info;
  }
}

/**
 * Read any accepted file into grids: size cap, format sniffing, zip-bomb guard, SheetJS with
 * formulas, styles and macros off, then a cell-count cap. Never throws, never prints: what the
 * parser would have printed is pushed to `notices`. @internal
 */
export function readGrids(bytes: Uint8Array, o: GridOptions, notices: string[] = []): Result<Grid[]> {
  const limits = limitsOf(o.limits);
  if (!(bytes instanceof Uint8Array)) return fail(issue('invalid_type', [], { expected: 'Uint8Array', received: typeof bytes }, o.locale));
  if (bytes.length > limits.maxBytes) return fail(issue('file_too_large', [], { max: limits.maxBytes, size: bytes.length }, o.locale));
  if (bytes.length === 0) return fail(issue('invalid_spreadsheet', [], { format: o.format ?? '', detail: 'empty file' }, o.locale));
  const kind = sniff(bytes);
  if (o.format === 'csv' || (o.format === undefined && kind === 'text')) {
    if (kind === 'zip' || kind === 'cfb' || kind === 'binary')
      return fail(issue('invalid_spreadsheet', [], { format: 'csv', detail: 'binary content is not CSV text' }, o.locale));
    return readCsv(bytes, o, limits);
  }
  if (kind === 'text' || kind === 'binary') {
    return fail(issue('invalid_spreadsheet', [], { format: o.format ?? '', detail: 'not an .xlsx, .xls or CSV file' }, o.locale));
  }
  let input = bytes;
  if (kind === 'zip') {
    // The parser never inflates: it gets our bounded, verified, STORED repack (see zipGuard).
    const p = repackZip(bytes, limits);
    if (p instanceof Uint8Array) input = p;
    else if (p.kind === 'too_large') return fail(issue('file_too_large', [], { max: limits.maxUnzippedBytes, size: p.size }, o.locale));
    else if (p.kind === 'too_many_entries') return fail(issue('too_many_items', [], { max: p.max, count: p.count }, o.locale));
    else return fail(issue('invalid_spreadsheet', [], { format: 'xlsx', detail: p.detail }, o.locale));
  }
  let wb: WorkBook;
  try {
    wb = quietly(notices, () =>
      read(input, {
        type: 'array',
        dense: true,
        cellFormula: false,
        cellHTML: false,
        cellNF: false,
        cellStyles: false,
        cellDates: false,
        cellText: true,
        bookVBA: false,
        bookFiles: false,
        bookDeps: false,
        bookProps: false,
        WTF: false,
        sheetRows: limits.maxRows + 1,
        raw: kind === 'markup',
      }),
    );
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? '';
    return fail(issue('invalid_spreadsheet', [], { format: kind === 'cfb' ? 'xls' : kind === 'zip' ? 'xlsx' : 'html', detail }, o.locale));
  }
  return toGrids(wb, limits, o.locale);
}
