import { utils, write, type WorkBook } from '@e965/xlsx';

export type Aoa = (string | number | null)[][];
export interface SheetSpec {
  readonly name: string;
  readonly rows: Aoa;
  /** Merges as "A2:A4". */
  readonly merges?: readonly string[];
  readonly hidden?: boolean;
}

/** Build a workbook from arrays of rows, with merged ranges. */
export function workbook(...sheets: SheetSpec[]): WorkBook {
  const wb = utils.book_new();
  for (const s of sheets) {
    const ws = utils.aoa_to_sheet(s.rows);
    if (s.merges) ws['!merges'] = s.merges.map((m) => utils.decode_range(m));
    utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
  return wb;
}

/** Write a workbook as .xlsx or legacy .xls (BIFF8) bytes. */
export function bytesOf(wb: WorkBook, bookType: 'xlsx' | 'biff8'): Uint8Array {
  return new Uint8Array(write(wb, { type: 'array', bookType, compression: true }) as ArrayBuffer);
}

/** CSV text as UTF-8 bytes. */
export function csvBytes(rows: Aoa): Uint8Array {
  const esc = (v: string | number | null): string => {
    const s = v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return new TextEncoder().encode(rows.map((r) => r.map(esc).join(',')).join('\r\n'));
}
