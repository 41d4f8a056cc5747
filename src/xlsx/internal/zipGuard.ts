import { inflateBounded } from './inflate.js';

/** Why a zip container was refused. @internal */
export type ZipProblem =
  | { readonly kind: 'corrupt'; readonly detail: string }
  | { readonly kind: 'too_large'; readonly size: number; readonly max: number }
  | { readonly kind: 'too_many_entries'; readonly count: number; readonly max: number };

interface Limits {
  readonly maxUnzippedBytes: number;
  readonly maxZipEntries: number;
}

/** Deflate cannot do better than 1032:1; anything declaring more is lying. */
const MAX_RATIO = 1032;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;
const corrupt = (detail: string): ZipProblem => ({ kind: 'corrupt', detail });

/**
 * The end-of-central-directory record. Every reader finds it by scanning back for its signature,
 * so we take the last one, as SheetJS does; a second, earlier one is ignored by both of us.
 */
function findEndOfDirectory(b: Uint8Array): number {
  for (let i = b.length - 22; i >= 0; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

interface Entry {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly csz: number;
  readonly usz: number;
  readonly dataStart: number;
}

/** One central-directory record at `p`, checked against its local header. */
function readEntry(b: Uint8Array, p: number): { entry: Entry; next: number } | ZipProblem {
  if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return corrupt('zip central directory is damaged');
  const flags = u16(b, p + 8),
    method = u16(b, p + 10),
    crc = u32(b, p + 16);
  const csz = u32(b, p + 20),
    usz = u32(b, p + 24),
    nlen = u16(b, p + 28);
  const next = p + 46 + nlen + u16(b, p + 30) + u16(b, p + 32);
  const disk = u16(b, p + 34),
    offset = u32(b, p + 42);
  if (next > b.length) return corrupt('zip central directory is damaged');
  if (csz === 0xffffffff || usz === 0xffffffff || offset === 0xffffffff || disk !== 0) return corrupt('ZIP64 and multi-disk zips are not accepted');
  if (flags & 0x0041) return corrupt('encrypted zip entries are not accepted');
  if (method !== 0 && method !== 8) return corrupt(`unsupported zip compression method ${method}`);
  if (offset + 30 > b.length || u32(b, offset) !== 0x04034b50) return corrupt('zip local header is damaged');
  // SheetJS reads the local header, so it must say what the directory says.
  const lflags = u16(b, offset + 6),
    lmethod = u16(b, offset + 8),
    lnlen = u16(b, offset + 26);
  // With a data descriptor (flag 8) the local sizes may be zero; the directory's sizes rule.
  const lcsz = u32(b, offset + 18),
    lusz = u32(b, offset + 22);
  const sizesAgree = (lcsz === csz && lusz === usz) || ((lflags & 8) !== 0 && lcsz === 0 && lusz === 0);
  if (lmethod !== method || lnlen !== nlen || lflags & 0x0041 || !sizesAgree) return corrupt('zip local header disagrees with the central directory');
  const name = b.subarray(p + 46, p + 46 + nlen);
  for (let i = 0; i < nlen; i++) if (b[offset + 30 + i] !== name[i]) return corrupt('zip local header disagrees with the central directory');
  const dataStart = offset + 30 + nlen + u16(b, offset + 28);
  if (dataStart + csz > b.length) return corrupt('zip entry runs past the end of the file');
  if (method === 0 && csz !== usz) return corrupt('stored zip entry has inconsistent sizes');
  if (method === 8 && usz > csz * MAX_RATIO + 1024) return corrupt('zip entry declares an impossible compression ratio');
  return { entry: { name, method, crc, csz, usz, dataStart }, next };
}

/**
 * Walk the central directory the way any reader could: both entry counts, the directory's size and
 * offset, and every entry must agree with each other and with the local headers.
 */
function readDirectory(b: Uint8Array, limits: Limits): Entry[] | ZipProblem {
  const eocd = findEndOfDirectory(b);
  if (eocd < 0) return corrupt('zip end-of-directory record not found');
  const onDisk = u16(b, eocd + 8),
    total = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12),
    cdStart = u32(b, eocd + 16);
  if (u16(b, eocd + 4) !== 0 || u16(b, eocd + 6) !== 0) return corrupt('multi-disk zips are not accepted');
  if (onDisk !== total) return corrupt('zip end-of-directory entry counts disagree');
  if (total > limits.maxZipEntries) return { kind: 'too_many_entries', count: total, max: limits.maxZipEntries };
  if (cdStart + cdSize !== eocd) return corrupt('zip central directory is not where the end record says');
  const entries: Entry[] = [];
  let p = cdStart;
  for (let i = 0; i < total; i++) {
    const r = readEntry(b, p);
    if ('kind' in r) return r;
    entries.push(r.entry);
    p = r.next;
  }
  if (p !== eocd) return corrupt('zip central directory holds more records than the end record counts');
  return entries;
}

/**
 * Entries no reader of cells needs: pictures, embedded objects, printer settings, macros,
 * thumbnails. Dropping them keeps memory to what the sheets need. @internal
 */
export function isUnneededEntry(name: string): boolean {
  return (
    /^(?:xl\/(?:media|embeddings|printerSettings|activeX)\/|xl\/vbaProject\.bin$|docProps\/thumbnail|Thumbnails\/|Pictures\/)/u.test(name) ||
    /\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg)$/iu.test(name)
  );
}

const CRC_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(d: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < d.length; i++) c = CRC_TABLE[(c ^ d[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Write entries as a STORED (uncompressed) zip: the parser then has nothing left to inflate. */
function storedZip(files: readonly { name: Uint8Array; data: Uint8Array; crc: number }[]): Uint8Array {
  let size = 22;
  for (const f of files) size += 30 + 46 + 2 * f.name.length + f.data.length;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (const f of files) {
    offsets.push(p);
    v.setUint32(p, 0x04034b50, true);
    v.setUint16(p + 4, 20, true);
    v.setUint32(p + 14, f.crc, true);
    v.setUint32(p + 18, f.data.length, true);
    v.setUint32(p + 22, f.data.length, true);
    v.setUint16(p + 26, f.name.length, true);
    out.set(f.name, p + 30);
    out.set(f.data, p + 30 + f.name.length);
    p += 30 + f.name.length + f.data.length;
  }
  const cdStart = p;
  files.forEach((f, i) => {
    v.setUint32(p, 0x02014b50, true);
    v.setUint16(p + 4, 20, true);
    v.setUint16(p + 6, 20, true);
    v.setUint32(p + 16, f.crc, true);
    v.setUint32(p + 20, f.data.length, true);
    v.setUint32(p + 24, f.data.length, true);
    v.setUint16(p + 28, f.name.length, true);
    v.setUint32(p + 42, offsets[i]!, true);
    out.set(f.name, p + 46);
    p += 46 + f.name.length;
  });
  v.setUint32(p, 0x06054b50, true);
  v.setUint16(p + 8, files.length, true);
  v.setUint16(p + 10, files.length, true);
  v.setUint32(p + 12, p - cdStart, true);
  v.setUint32(p + 16, cdStart, true);
  return out;
}

/**
 * Unpack a zip container ourselves, bounded, and repack what the parser needs as a STORED zip.
 *
 * The directory is checked the way any parser may read it (both entry counts, its size and offset,
 * every entry against its local header, declared sizes, compression ratio, CRC); the declared
 * sizes must add up to at most `maxUnzippedBytes`; each entry is inflated into a buffer of exactly
 * its declared size, so a stream that would produce more is refused after at most that many bytes.
 * The parser then receives only uncompressed, verified entries: it inflates nothing. @internal
 */
export function repackZip(b: Uint8Array, limits: Limits): Uint8Array | ZipProblem {
  const entries = readDirectory(b, limits);
  if (!Array.isArray(entries)) return entries;
  const decoder = new TextDecoder();
  const kept = entries.filter((e) => !isUnneededEntry(decoder.decode(e.name)));
  let total = 0;
  for (const e of kept) {
    total += e.usz;
    if (total > limits.maxUnzippedBytes) return { kind: 'too_large', size: total, max: limits.maxUnzippedBytes };
  }
  const files: { name: Uint8Array; data: Uint8Array; crc: number }[] = [];
  for (const e of kept) {
    const raw = b.subarray(e.dataStart, e.dataStart + e.csz);
    const data = e.method === 0 ? raw : inflateBounded(raw, e.usz);
    if (!data) return corrupt('zip entry does not inflate to the size its directory declares');
    if (crc32(data) !== e.crc) return corrupt('zip entry fails its CRC check');
    files.push({ name: e.name, data, crc: e.crc });
  }
  return storedZip(files);
}
