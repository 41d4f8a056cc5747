import { createReadStream } from 'node:fs';
import { opendir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Locale } from '../../index.js';
import { EXIT } from '../exitCodes.js';
import { decodeDataBytes, MAX_FILE_BYTES, parseDataText, readDataFile } from '../io.js';
import { cliMessages } from '../messages.js';
import { failure, type Outcome } from '../outcome.js';

/** One department of a batch, not yet read: reading happens when it is its turn. */
export interface BatchItem {
  /** Where it came from: a file name, or `FILE:LINE` for NDJSON. */
  readonly source: string;
  /** Base of its report's file name (before de-duplication and the extension). */
  readonly base: string;
  /** Whether the department name should be appended to `base` once known (NDJSON). */
  readonly nameInBase: boolean;
  readonly read: () => Promise<Outcome<unknown>>;
}

const DATA_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

/** Whether a batch source is NDJSON (otherwise it must be a directory). */
export function isNdjsonPath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.ndjson' || ext === '.jsonl';
}

/**
 * One line of a file: its text; or only its size when it was longer than the cap (its bytes are
 * dropped); or its bytes when they are not UTF-8 (`raw`, so the reader can say which encoding).
 */
export type Line = { readonly text: string; readonly bytes: number } | { readonly text: undefined; readonly bytes: number; readonly raw?: Uint8Array };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeLine(data: Uint8Array, size: number, decoder: TextDecoder): Line {
  try {
    return { text: decoder.decode(data).replace(/\r$/u, ''), bytes: size };
  } catch {
    return { text: undefined, bytes: size, raw: data };
  }
}

/**
 * The lines of a byte stream, split at `\n` (a trailing `\r` removed), each held only up to
 * `maxLineBytes`: a longer line is reported by its size and skipped, never concatenated (readline
 * builds the whole line and a 704 MB one throws "Invalid string length" out of the loop). A `\n`
 * byte never occurs inside a UTF-8 sequence (nor inside a GB18030, GBK, Big5 or Shift_JIS one), so
 * each kept line decodes on its own, by `decoder` (fatal: a line it cannot decode keeps its bytes).
 */
export async function* boundedLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number, decoder: TextDecoder = utf8): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const take = (): Line => {
    const line: Line = over ? { text: undefined, bytes: size } : decodeLine(Buffer.concat(parts), size, decoder);
    parts = [];
    size = 0;
    over = false;
    return line;
  };
  const add = (piece: Uint8Array): void => {
    size += piece.length;
    if (size > maxLineBytes) {
      over = true;
      parts = [];
    }
    if (!over && piece.length > 0) parts.push(piece);
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      add(chunk.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
    add(chunk.subarray(from));
  }
  if (size > 0 || over) yield take();
}

/**
 * Each non-blank line of an NDJSON file, read line by line (the file is never held whole). A line
 * over `maxLineBytes` (default: the size cap of one input file) is one failed department, not the
 * end of the batch. `encoding` (`--encoding`): the lines' encoding, one where a line feed is the byte
 * 0x0A and never part of another character (not UTF-16: the batch refuses that first).
 */
export async function* ndjsonItems(path: string, locale: Locale, maxLineBytes: number = MAX_FILE_BYTES, encoding?: string): AsyncGenerator<BatchItem> {
  const file = basename(path);
  let lineNo = 0;
  const decoder = encoding === undefined ? utf8 : new TextDecoder(encoding, { fatal: true });
  for await (const line of boundedLines(createReadStream(path), maxLineBytes, decoder)) {
    lineNo++;
    const text = line.text;
    if (text !== undefined && text.trim() === '') continue;
    const source = `${file}:${lineNo}`;
    const base = `line-${String(lineNo).padStart(4, '0')}`;
    const raw = 'raw' in line ? line.raw : undefined;
    const read =
      raw !== undefined
        ? async (): Promise<Outcome<unknown>> => decodeDataBytes(raw, source, locale, encoding)
        : text === undefined
          ? async (): Promise<Outcome<unknown>> => failure(EXIT.invalid, cliMessages(locale).fileTooLarge(source, maxLineBytes))
          : async (): Promise<Outcome<unknown>> => parseDataText(text, source, 'json', locale);
    yield { source, base, nameInBase: true, read };
  }
}

/**
 * Order of two names by Unicode code point (not UTF-16 code unit, not locale): the same on every
 * machine and file system, so report names, ranking ties and progress lines never depend on the
 * order a directory happens to list its entries in.
 */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * Each .json/.yaml/.yml file of a directory (not recursive, hidden files skipped), in code-point
 * order of the file names. Only the names are held (to sort them); each file is read in its turn.
 */
export async function* dirItems(dir: string, locale: Locale, encoding?: string): AsyncGenerator<BatchItem> {
  const names: string[] = [];
  for await (const entry of await opendir(dir)) {
    const ext = extname(entry.name).toLowerCase();
    if (entry.isFile() && !entry.name.startsWith('.') && DATA_EXTENSIONS.has(ext)) names.push(entry.name);
  }
  names.sort(compareCodePoints);
  for (const name of names) {
    const ext = extname(name);
    const path = join(dir, name);
    yield { source: name, base: name.slice(0, -ext.length), nameInBase: false, read: () => readDataFile(path, locale, encoding) };
  }
}

/** How many departments a source holds (a second streaming pass, used only to size the progress bar). */
export async function countItems(items: AsyncIterable<BatchItem>): Promise<number> {
  let n = 0;
  for await (const item of items) if (item) n++;
  return n;
}
