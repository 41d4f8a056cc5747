/**
 * A small raw-DEFLATE (RFC 1951) decoder whose output can never exceed a caller's cap.
 *
 * Why our own: SheetJS inflates with no output bound (it trusts the declared size, or none), and
 * Node's zlib is not in browsers. This decoder writes into a buffer of exactly `expected` bytes and
 * stops at the first byte past it, so time is O(input + expected) and memory is `expected`,
 * whatever the stream claims. Same code in Node and browsers. @internal
 */

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Thrown inside the decoder on a corrupt stream; never escapes {@link inflateBounded}. */
const STOP: unique symbol = Symbol('corrupt deflate stream');

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Huffman {
  readonly counts: Uint16Array;
  readonly symbols: Uint16Array;
}

function huffman(lengths: ArrayLike<number>, n: number): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < n; i++) counts[lengths[i] ?? 0]!++;
  counts[0] = 0;
  const offs = new Uint16Array(16);
  for (let i = 1; i < 16; i++) offs[i] = offs[i - 1]! + counts[i - 1]!;
  const symbols = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const l = lengths[i] ?? 0;
    if (l) symbols[offs[l]!++] = i;
  }
  return { counts, symbols };
}

const FIXED_LIT = huffman(
  Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)),
  288,
);
const FIXED_DIST = huffman(new Array<number>(30).fill(5), 30);

/** Bit reader state (LSB first, as DEFLATE packs it). */
interface Reader {
  readonly src: Uint8Array;
  pos: number;
  bit: number;
  bitCount: number;
}

function bits(r: Reader, n: number): number {
  while (r.bitCount < n) {
    if (r.pos >= r.src.length) throw STOP;
    r.bit |= r.src[r.pos++]! << r.bitCount;
    r.bitCount += 8;
  }
  const v = r.bit & ((1 << n) - 1);
  r.bit >>>= n;
  r.bitCount -= n;
  return v;
}

/** Decode one symbol bit by bit (zlib's puff.c): slow-ish but tiny and obviously bounded. */
function decode(r: Reader, h: Huffman): number {
  let code = 0,
    first = 0,
    index = 0;
  for (let len = 1; len < 16; len++) {
    code |= bits(r, 1);
    const count = h.counts[len]!;
    if (code - count < first) {
      const sym = h.symbols[index + (code - first)];
      if (sym === undefined) throw STOP; // an incomplete code: corrupt stream
      return sym;
    }
    index += count;
    first += count;
    first <<= 1;
    code <<= 1;
  }
  throw STOP;
}

function dynamicTables(r: Reader): [Huffman, Huffman] {
  const hlit = bits(r, 5) + 257,
    hdist = bits(r, 5) + 1,
    hclen = bits(r, 4) + 4;
  const cl = new Uint8Array(19);
  for (let i = 0; i < hclen; i++) cl[CL_ORDER[i]!] = bits(r, 3);
  const clh = huffman(cl, 19);
  const lengths = new Uint8Array(hlit + hdist);
  for (let i = 0; i < hlit + hdist;) {
    const sym = decode(r, clh);
    if (sym < 16) {
      lengths[i++] = sym;
      continue;
    }
    let rep = 0,
      val = 0;
    if (sym === 16) {
      if (i === 0) throw STOP;
      val = lengths[i - 1]!;
      rep = 3 + bits(r, 2);
    } else rep = sym === 17 ? 3 + bits(r, 3) : 11 + bits(r, 7);
    if (i + rep > hlit + hdist) throw STOP;
    lengths.fill(val, i, i + rep);
    i += rep;
  }
  return [huffman(lengths.subarray(0, hlit), hlit), huffman(lengths.subarray(hlit), hdist)];
}

/**
 * Inflate `src` (raw DEFLATE) into exactly `expected` bytes. Returns undefined when the stream is
 * corrupt, ends early, or would produce more or fewer than `expected` bytes. @internal
 */
export function inflateBounded(src: Uint8Array, expected: number): Uint8Array | undefined {
  const out = new Uint8Array(expected);
  const r: Reader = { src, pos: 0, bit: 0, bitCount: 0 };
  let w = 0;
  try {
    for (let final = 0; !final;) {
      final = bits(r, 1);
      const type = bits(r, 2);
      if (type === 0) {
        r.bit = 0;
        r.bitCount = 0;
        if (r.pos + 4 > src.length) return undefined;
        const len = src[r.pos]! | (src[r.pos + 1]! << 8);
        const nlen = src[r.pos + 2]! | (src[r.pos + 3]! << 8);
        if ((len ^ 0xffff) !== nlen || r.pos + 4 + len > src.length || w + len > expected) return undefined;
        out.set(src.subarray(r.pos + 4, r.pos + 4 + len), w);
        r.pos += 4 + len;
        w += len;
        continue;
      }
      if (type === 3) return undefined;
      const [lit, dist] = type === 1 ? [FIXED_LIT, FIXED_DIST] : dynamicTables(r);
      for (;;) {
        const sym = decode(r, lit);
        if (sym < 256) {
          if (w >= expected) return undefined;
          out[w++] = sym;
          continue;
        }
        if (sym === 256) break;
        const li = sym - 257;
        if (li >= 29) return undefined;
        const len = LEN_BASE[li]! + bits(r, LEN_EXTRA[li]!);
        const di = decode(r, dist);
        if (di >= 30) return undefined;
        const d = DIST_BASE[di]! + bits(r, DIST_EXTRA[di]!);
        if (d > w || w + len > expected) return undefined;
        for (let k = 0; k < len; k++, w++) out[w] = out[w - d]!;
      }
    }
  } catch (e) {
    if (e === STOP) return undefined;
    throw e;
  }
  return w === expected ? out : undefined;
}
