import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readIndicatorSheet, readLedgerSheet } from '../../src/xlsx/index.js';
import { bytesOf, csvBytes, workbook } from './support.js';

const LEDGER = [
  ['功能分类科目编码', '经济分类科目编码', '金额', '__proto__', 'constructor'],
  ['2010301', '30101', 1, '{"polluted":1}', 'x'],
];

/** A minimal zip with one deflated entry whose directory declares `declared` bytes. */
function zipWith(name: string, content: Uint8Array, declared: number): Uint8Array {
  const data = deflateRawSync(content);
  const nameBytes = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, declared, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, declared, true);
  cv.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + data.length, true);
  const out = new Uint8Array(local.length + data.length + central.length + end.length);
  out.set(local, 0);
  out.set(data, local.length);
  out.set(central, local.length + data.length);
  out.set(end, local.length + data.length + central.length);
  return out;
}

const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }): string[] => (r.ok ? [] : (r.issues ?? []).map((i) => i.code));

describe('reading hostile files yields issues, never a crash, a hang or pollution', () => {
  it('random and truncated bytes', () => {
    const good = bytesOf(workbook({ name: 'S', rows: LEDGER }), 'xlsx');
    const xls = bytesOf(workbook({ name: 'S', rows: LEDGER }), 'biff8');
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const garbage = Uint8Array.from({ length: 4096 }, () => Math.floor(rnd() * 256));
    for (const bytes of [
      garbage,
      good.slice(0, good.length / 2),
      xls.slice(0, 1500),
      good.slice(0, 4),
      new Uint8Array(0),
      Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0),
    ]) {
      const r = readLedgerSheet(bytes, { unit: '元', nature: 'basic' });
      expect(r.ok).toBe(false);
      expect(codes(r)[0]).toMatch(/invalid_spreadsheet|file_too_large|missing_column/);
    }
    // Flip bytes inside a valid workbook: must never throw.
    for (let i = 0; i < 40; i++) {
      const b = good.slice();
      for (let k = 0; k < 8; k++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
      expect(() => readLedgerSheet(b, { unit: '元', nature: 'basic' })).not.toThrow();
      const x = xls.slice();
      for (let k = 0; k < 8; k++) x[512 + Math.floor(rnd() * (x.length - 512))] = Math.floor(rnd() * 256);
      expect(() => readLedgerSheet(x, { unit: '元', nature: 'basic' })).not.toThrow();
    }
  });

  it('oversize file → file_too_large; too many cells → too_many_cells', () => {
    expect(codes(readLedgerSheet(new Uint8Array(10 * 1024 * 1024 + 1)))).toEqual(['file_too_large']);
    const rows = Array.from({ length: 400 }, (_, i) => ['2010301', '30101', String(i + 1)]);
    const csv = csvBytes([['功能分类科目编码', '经济分类科目编码', '金额'], ...rows]);
    expect(codes(readLedgerSheet(csv, { unit: '元', nature: 'basic', limits: { maxCells: 500 } }))).toEqual(['too_many_cells']);
    const xlsx = bytesOf(workbook({ name: 'S', rows: [['功能分类科目编码', '经济分类科目编码', '金额'], ...rows] }), 'xlsx');
    expect(codes(readLedgerSheet(xlsx, { unit: '元', nature: 'basic', limits: { maxCells: 500 } }))).toEqual(['too_many_cells']);
    expect(codes(readLedgerSheet(xlsx, { unit: '元', nature: 'basic', limits: { maxRows: 100 } }))).toEqual(['too_many_items']);
    expect(codes(readLedgerSheet(new Uint8Array(9 * 1024 * 1024).fill(0x0a), { format: 'csv' }))).toEqual(['too_many_items']);
  });

  it('zip bomb: declared size over the cap, or a directory that lies about the size', () => {
    const big = new Uint8Array(2 * 1024 * 1024).fill(0x41);
    expect(codes(readLedgerSheet(zipWith('xl/worksheets/sheet1.xml', big, big.length), { limits: { maxUnzippedBytes: 1024 * 1024 } }))).toEqual([
      'file_too_large',
    ]);
    expect(codes(readLedgerSheet(zipWith('xl/worksheets/sheet1.xml', big, 1000)))).toEqual(['invalid_spreadsheet']);
  });

  it('a __proto__ header or sheet name pollutes nothing', () => {
    const wb = workbook({ name: 'S', rows: LEDGER });
    const bytes = [bytesOf(wb, 'xlsx'), bytesOf(wb, 'biff8'), csvBytes(LEDGER)];
    for (const b of bytes) {
      const r = readLedgerSheet(b, { unit: '元', nature: 'basic', aliases: { amount: ['__proto__'], nature: ['constructor'] } });
      expect(r.ok || codes(r).length > 0).toBe(true);
    }
    const named = workbook({ name: 'x', rows: LEDGER });
    const sheets: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    sheets['__proto__'] = named.Sheets.x;
    named.SheetNames = ['__proto__'];
    named.Sheets = sheets as typeof named.Sheets;
    named.Workbook = { Sheets: [{ name: '__proto__', Hidden: 0 }] };
    for (const t of ['xlsx', 'biff8'] as const) {
      const r = readLedgerSheet(bytesOf(named, t), { unit: '元', nature: 'basic' });
      expect(r.ok && r.value.lines.length).toBe(1);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('CSV: quotes and a BOM', () => {
    const utf = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...csvBytes([
        ['功能分类科目编码', '经济分类科目编码', '金额'],
        ['2010301', '30101', '1,000.50'],
      ]),
    ]);
    const r = readLedgerSheet(utf, { unit: '元', nature: 'basic' });
    expect(r.ok && r.value.lines[0]?.amount).toBe('0.10005');
  });

  it('indicator sheets: a __proto__ header and a hostile hidden jixiao sheet pollute nothing', () => {
    const rows = [
      ['一级指标', '三级指标', '分值', '__proto__', 'constructor'],
      ['投入', '在职人员控制率', 5, '{"polluted":1}', 'x'],
    ];
    const plain = readIndicatorSheet(bytesOf(workbook({ name: 'S', rows }), 'xlsx'), {
      meta: { year: 2023 },
      aliases: { standard: ['__proto__'], explanation: ['constructor'] },
    });
    expect(plain.ok).toBe(true);
    const hostile = workbook(
      { name: 'S', rows },
      {
        name: 'jixiao',
        hidden: true,
        rows: [
          ['jixiao-indicator-system', '1'],
          ['system', null, null, '{"__proto__":{"polluted":1},"id":"x"}'],
          ['node', '1', '["投入"]', '{"constructor":{"prototype":{"polluted":1}}}'],
        ],
      },
    );
    for (const t of ['xlsx', 'biff8'] as const) {
      const r = readIndicatorSheet(bytesOf(hostile, t), { meta: { year: 2023 } });
      expect(codes(r)).toEqual(['forbidden_key', 'forbidden_key']);
      expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([
        ['jixiao', 'row 2', '__proto__'],
        ['jixiao', 'row 3', 'constructor'],
      ]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
