/** Why a zip container was refused. @internal */
export type ZipProblem =
  | { readonly kind: 'corrupt'; readonly detail: string }
  | { readonly kind: 'too_large'; readonly size: number; readonly max: number }
  | { readonly kind: 'too_many_entries'; readonly count: number; readonly max: number };

interface Limits { readonly maxUnzippedBytes: number; readonly maxZipEntries: number }

interface ZlibLike {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

/** Node's zlib when the host offers it synchronously (Node ≥ 20.16); undefined in browsers. */
function nodeZlib(): ZlibLike | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return proc?.getBuiltinModule?.('node:zlib') as ZlibLike | undefined;
  } catch {
    return undefined;
  }
}

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;

function findEndOfDirectory(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

interface Entry { readonly method: number; readonly csz: number; readonly usz: number; readonly offset: number }

function readDirectory(b: Uint8Array, limits: Limits): Entry[] | ZipProblem {
  const eocd = findEndOfDirectory(b);
  if (eocd < 0) return { kind: 'corrupt', detail: 'zip end-of-directory record not found' };
  const count = u16(b, eocd + 10);
  if (count > limits.maxZipEntries) return { kind: 'too_many_entries', count, max: limits.maxZipEntries };
  let p = u32(b, eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return { kind: 'corrupt', detail: 'zip central directory is damaged' };
    const entry = { method: u16(b, p + 10), csz: u32(b, p + 20), usz: u32(b, p + 24), offset: u32(b, p + 42) };
    if (entry.usz === 0xffffffff || entry.csz === 0xffffffff) return { kind: 'too_large', size: 0xffffffff, max: limits.maxUnzippedBytes };
    entries.push(entry);
    p += 46 + u16(b, p + 28) + u16(b, p + 30) + u16(b, p + 32);
  }
  return entries;
}

/** Inflate one entry with Node's zlib, refusing more output than declared. */
function checkEntry(b: Uint8Array, e: Entry, zlib: ZlibLike): ZipProblem | undefined {
  if (e.offset + 30 > b.length || u32(b, e.offset) !== 0x04034b50) return { kind: 'corrupt', detail: 'zip local header is damaged' };
  const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
  if (start + e.csz > b.length) return { kind: 'corrupt', detail: 'zip entry runs past the end of the file' };
  if (e.method === 0) return e.csz === e.usz ? undefined : { kind: 'corrupt', detail: 'stored zip entry has inconsistent sizes' };
  if (e.method !== 8) return { kind: 'corrupt', detail: `unsupported zip compression method ${e.method}` };
  try {
    const out = zlib.inflateRawSync(b.subarray(start, start + e.csz), { maxOutputLength: Math.max(e.usz, 1) });
    if (out.length !== e.usz) return { kind: 'corrupt', detail: 'zip entry is not the size its directory declares' };
  } catch {
    return { kind: 'corrupt', detail: 'zip entry does not inflate to the size its directory declares' };
  }
  return undefined;
}

/**
 * Check a zip container before any parser inflates it: the directory must be intact, the
 * declared sizes must add up to at most `maxUnzippedBytes`, and (where Node's zlib is at hand)
 * each entry must inflate to exactly its declared size, so a lying "zip bomb" cannot slip past
 * the declared-size check. @internal
 */
export function checkZip(b: Uint8Array, limits: Limits): ZipProblem | undefined {
  const entries = readDirectory(b, limits);
  if (!Array.isArray(entries)) return entries;
  let total = 0;
  for (const e of entries) {
    total += e.usz;
    if (total > limits.maxUnzippedBytes) return { kind: 'too_large', size: total, max: limits.maxUnzippedBytes };
    if (e.method === 8 && e.usz > e.csz * 1100 + 1024) return { kind: 'corrupt', detail: 'zip entry declares an impossible compression ratio' };
  }
  const zlib = nodeZlib();
  if (zlib) {
    for (const e of entries) {
      const problem = checkEntry(b, e, zlib);
      if (problem) return problem;
    }
  }
  return undefined;
}
