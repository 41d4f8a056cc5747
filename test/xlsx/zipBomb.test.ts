import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateBounded } from '../../src/xlsx/internal/inflate.js';
import { repackZip } from '../../src/xlsx/internal/zipGuard.js';
import { readIndicatorSheet, readLedgerSheet, SHEET_LIMITS } from '../../src/xlsx/index.js';
import { bytesOf, workbook } from './support.js';

const LIMITS = { maxUnzippedBytes: SHEET_LIMITS.maxUnzippedBytes, maxZipEntries: SHEET_LIMITS.maxZipEntries };
const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }): string[] => (r.ok ? [] : (r.issues ?? []).map((i) => i.code));
const LEDGER = [
  ['功能分类科目编码', '经济分类科目编码', '金额'],
  ['2010301', '30101', 1],
];

/** Offset of the end-of-central-directory record. */
function eocdOf(b: Uint8Array): number {
  for (let i = b.length - 22; i >= 0; i--) if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) return i;
  throw new Error('no eocd');
}
const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Offsets of every central-directory record of a well-formed zip. */
function centralRecords(b: Uint8Array): number[] {
  const v = view(b),
    e = eocdOf(b);
  const out: number[] = [];
  for (let p = v.getUint32(e + 16, true), i = 0; i < v.getUint16(e + 10, true); i++) {
    out.push(p);
    p += 46 + v.getUint16(p + 28, true) + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return out;
}

/** Append a deflated entry holding `content` but declaring `declared` bytes, to a valid workbook. */
function withExtraEntry(good: Uint8Array, name: string, content: Uint8Array, declared: number): Uint8Array {
  const data = deflateRawSync(content, { level: 9 });
  const n = new TextEncoder().encode(name);
  const e = eocdOf(good),
    gv = view(good);
  const cdStart = gv.getUint32(e + 16, true),
    cdSize = gv.getUint32(e + 12, true),
    count = gv.getUint16(e + 10, true);
  const local = new Uint8Array(30 + n.length + data.length);
  const lv = view(local);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, declared, true);
  lv.setUint16(26, n.length, true);
  local.set(n, 30);
  local.set(data, 30 + n.length);
  const cd = new Uint8Array(46 + n.length);
  const cv = view(cd);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, declared, true);
  cv.setUint16(28, n.length, true);
  cv.setUint32(42, cdStart, true);
  cd.set(n, 46);
  const out = new Uint8Array(cdStart + local.length + cdSize + cd.length + 22);
  out.set(good.subarray(0, cdStart), 0);
  out.set(local, cdStart);
  out.set(good.subarray(cdStart, cdStart + cdSize), cdStart + local.length);
  out.set(cd, cdStart + local.length + cdSize);
  const ov = view(out),
    oe = out.length - 22;
  ov.setUint32(oe, 0x06054b50, true);
  ov.setUint16(oe + 8, count + 1, true);
  ov.setUint16(oe + 10, count + 1, true);
  ov.setUint32(oe + 12, cdSize + cd.length, true);
  ov.setUint32(oe + 16, cdStart + local.length, true);
  return out;
}

describe('zip bombs (issue #17.1)', () => {
  const good = bytesOf(workbook({ name: 'S', rows: LEDGER }), 'xlsx');

  it('an end record whose two entry counts disagree is refused (SheetJS reads one, the guard used to read the other)', () => {
    expect(readLedgerSheet(good, { unit: '元', nature: 'basic' }).ok).toBe(true);
    const b = good.slice();
    view(b).setUint16(eocdOf(b) + 10, 0, true); // total entries 0, entries on this disk unchanged
    const r = readLedgerSheet(b, { unit: '元', nature: 'basic' });
    expect(codes(r)).toEqual(['invalid_spreadsheet']);
    expect(JSON.stringify(r)).toContain('counts disagree');
  });

  it('an entry that inflates past its declared size is refused, and inflation stops at the declared size', () => {
    const bomb = new Uint8Array(8 * 1024 * 1024); // 8 MiB of zeros deflates to ~8 KB
    const data = deflateRawSync(bomb);
    expect(inflateBounded(data, 1000)).toBeUndefined(); // would need 8 MiB; the buffer is 1000 bytes
    expect(inflateBounded(data, bomb.length)?.length).toBe(bomb.length);
    const b = withExtraEntry(good, 'xl/worksheets/sheet9.xml', bomb, 1000);
    expect(codes(readIndicatorSheet(b))).toEqual(['invalid_spreadsheet']);
  });

  it('the parser receives only STORED, verified entries, without pictures', () => {
    const b = withExtraEntry(good, 'xl/media/image1.png', new Uint8Array(5000).fill(7), 5000);
    const packed = repackZip(b, LIMITS);
    if (!(packed instanceof Uint8Array)) throw new Error(JSON.stringify(packed));
    const names = centralRecords(packed).map((p) => {
      expect(view(packed).getUint16(p + 10, true)).toBe(0); // method: stored
      return new TextDecoder().decode(packed.subarray(p + 46, p + 46 + view(packed).getUint16(p + 28, true)));
    });
    expect(names).toContain('xl/workbook.xml');
    expect(names).not.toContain('xl/media/image1.png');
    expect(readLedgerSheet(b, { unit: '元', nature: 'basic' }).ok).toBe(true);
  });

  it('declared sizes over the cap, an impossible ratio, or a local header that disagrees are refused', () => {
    const big = withExtraEntry(good, 'xl/x.xml', new Uint8Array(2 * 1024 * 1024), 2 * 1024 * 1024);
    expect(codes(readLedgerSheet(big, { limits: { maxUnzippedBytes: 1024 * 1024 } }))).toEqual(['file_too_large']);
    const ratio = withExtraEntry(good, 'xl/x.xml', new Uint8Array(10), 50_000_000);
    expect(JSON.stringify(readLedgerSheet(ratio))).toContain('impossible compression ratio');
    const b = good.slice();
    const p = centralRecords(b)[0]!;
    const local = view(b).getUint32(p + 42, true);
    view(b).setUint32(local + 22, 123_456_789, true); // the local header (which SheetJS trusts) lies
    expect(JSON.stringify(readLedgerSheet(b))).toContain('local header disagrees');
  });

  it('the bounded inflater agrees with zlib on stored, fixed and dynamic blocks, and refuses damaged streams', () => {
    let seed = 3;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let i = 0; i < 60; i++) {
      const alphabet = 1 + rnd(i % 3 === 0 ? 256 : 8);
      const data = Uint8Array.from({ length: rnd(70_000) }, () => rnd(alphabet));
      const packed = deflateRawSync(data, { level: [0, 1, 6, 9][i % 4] as number });
      expect(inflateBounded(packed, data.length)).toEqual(data);
      if (data.length > 0) expect(inflateBounded(packed, data.length - 1)).toBeUndefined();
      const broken = packed.slice();
      for (let k = 0; k < 4; k++) broken[rnd(broken.length)] = rnd(256);
      const out = inflateBounded(broken, data.length); // corrupt: undefined, or (rarely) the right size
      if (out) expect(out.length).toBe(data.length);
    }
  });

  it('fuzz: structural mutations of the end record and central directory never crash, and never inflate unbounded', () => {
    let seed = 17;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const e = eocdOf(good),
      recs = centralRecords(good);
    const fields: [number, 2 | 4][] = [
      [e + 4, 2],
      [e + 6, 2],
      [e + 8, 2],
      [e + 10, 2],
      [e + 12, 4],
      [e + 16, 4],
    ];
    for (const p of recs) fields.push([p + 8, 2], [p + 10, 2], [p + 16, 4], [p + 20, 4], [p + 24, 4], [p + 28, 2], [p + 30, 2], [p + 42, 4]);
    const interesting = [0, 1, 2, 0xffff, 0xffffffff, 0x7fffffff, 1 << 30, good.length, e];
    for (let i = 0; i < 300; i++) {
      const b = good.slice(),
        v = view(b);
      for (let k = 0; k < 1 + rnd(3); k++) {
        const [off, size] = fields[rnd(fields.length)]!;
        const value = rnd(2) ? interesting[rnd(interesting.length)]! : rnd(2 ** 31);
        if (size === 2) v.setUint16(off, value & 0xffff, true);
        else v.setUint32(off, value >>> 0, true);
      }
      const r = readLedgerSheet(b, { unit: '元', nature: 'basic' });
      if (!r.ok) expect(codes(r)[0]).toMatch(/invalid_spreadsheet|file_too_large|too_many_items|missing_column/);
    }
  });
});
