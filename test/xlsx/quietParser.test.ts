// Issue #17.10: the library prints nothing, even when SheetJS would complain about a damaged .xls;
// what it says becomes a notice in the import report.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readIndicatorSheet, readLedgerSheet } from '../../src/xlsx/index.js';
import { bytesOf, workbook } from './support.js';

const LEDGER = [
  ['功能分类科目编码', '经济分类科目编码', '金额'],
  ['2010301', '30101', 1],
];

describe('the spreadsheet parser never prints (#17.10)', () => {
  const printed: unknown[][] = [];
  const spies: ReturnType<typeof vi.spyOn>[] = [];
  beforeEach(() => {
    printed.length = 0;
    for (const m of ['error', 'warn', 'log', 'info'] as const) spies.push(vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void printed.push(a)));
  });
  afterEach(() => {
    for (const s of spies.splice(0)) s.mockRestore();
  });

  it('damaged .xls files: nothing on the console, whatever the damage', () => {
    const xls = bytesOf(workbook({ name: 'S', rows: LEDGER }), 'biff8');
    let seed = 11;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let i = 0; i < 200; i++) {
      const x = xls.slice();
      for (let k = 0; k < 6; k++) x[512 + rnd(x.length - 512)] = rnd(256);
      const r = readLedgerSheet(x, { unit: '元', nature: 'basic' });
      expect(r.ok || r.issues.length > 0).toBe(true);
      readIndicatorSheet(x);
    }
    expect(printed).toEqual([]);
  });

  it('a notice the parser gives is kept in the report, and the console is restored', () => {
    const original = console.error;
    const xls = bytesOf(workbook({ name: 'S', rows: LEDGER }), 'biff8');
    // Find a damage that makes SheetJS complain but still read the sheet.
    let seed = 5;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    let found: readonly string[] | undefined;
    for (let i = 0; i < 2000 && !found; i++) {
      const x = xls.slice();
      for (let k = 0; k < 4; k++) x[512 + rnd(x.length - 512)] = rnd(256);
      const r = readLedgerSheet(x, { unit: '元', nature: 'basic' });
      if (r.ok && r.value.report.parserNotices) found = r.value.report.parserNotices;
    }
    expect(found?.[0]).toMatch(/./u);
    expect(console.error).toBe(original);
    expect(printed).toEqual([]);
  });
});
