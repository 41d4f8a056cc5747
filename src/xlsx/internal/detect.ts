/**
 * The file formats the import functions read.
 *
 * @example
 * ```ts
 * import { readLedgerSheet, type SheetFormat } from 'jixiao/xlsx';
 * const file = '2022决算.csv';
 * const format: SheetFormat = file.endsWith('.csv') ? 'csv' : file.endsWith('.xls') ? 'xls' : 'xlsx';
 * const r = readLedgerSheet(bytes, { format, unit: '元' });
 * ```
 */
export type SheetFormat = 'xlsx' | 'xls' | 'csv';

/** What the bytes look like, from their first bytes. @internal */
export type Sniffed = 'zip' | 'cfb' | 'markup' | 'text' | 'binary';

/** Look at the first bytes: zip (xlsx), CFB (xls), markup (HTML/XML "xls"), text or other binary. @internal */
export function sniff(bytes: Uint8Array): Sniffed {
  const b = (i: number): number => bytes[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04) return 'zip';
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return 'cfb';
  let i = b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 64 && (b(i) === 0x20 || b(i) === 0x09 || b(i) === 0x0a || b(i) === 0x0d)) i++;
  if (b(i) === 0x3c) return 'markup';
  const n = Math.min(bytes.length, 4096);
  for (let k = 0; k < n; k++) {
    const c = bytes[k] as number;
    if (c === 0 || c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) return 'binary';
  }
  return 'text';
}
