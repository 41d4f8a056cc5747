import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { formatPath, type Issue, type Locale, MAX_TEXT_LENGTH, readDataText } from '../index.js';
import { EXIT } from './exitCodes.js';
import { cliMessages } from './messages.js';
import { failure, type Outcome, success } from './outcome.js';

/** Largest input file read, in bytes (UTF-8 of the library's text cap, which counts characters). */
export const MAX_FILE_BYTES: number = MAX_TEXT_LENGTH * 4;

/** Lines for a list of issues: the message (which starts with the path) and the code. */
export function issueLines(issues: readonly Issue[]): string[] {
  return issues.map((i) => {
    const where = formatPath(i.path);
    const text = i.message.startsWith(where) ? i.message : `${where}: ${i.message}`;
    return `  - ${text} [${i.code}]`;
  });
}

function ioDetail(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ?? (e instanceof Error ? e.message : String(e));
}

/** The file argument that means standard input. */
export const STDIN_ARG = '-';

/** How standard input is named in messages. */
export const STDIN_LABEL = 'stdin';

/** Label of a file argument in messages: `stdin` for `-`. */
export const inputLabel = (path: string): string => (path === STDIN_ARG ? STDIN_LABEL : path);

/** All of standard input, refused past {@link MAX_FILE_BYTES} (the same cap as a file). */
async function readStdin(locale: Locale): Promise<Outcome<Uint8Array>> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += b.length;
      if (size > MAX_FILE_BYTES) return failure(EXIT.invalid, cliMessages(locale).fileTooLarge(STDIN_LABEL, MAX_FILE_BYTES));
      chunks.push(b);
    }
  } catch (e) {
    return failure(EXIT.io, cliMessages(locale).readFailed(STDIN_LABEL, ioDetail(e)));
  }
  return success(new Uint8Array(Buffer.concat(chunks)));
}

/** Read a file's bytes (`-`: standard input), mapping every failure to exit 4 with a localized message. */
export async function readBytes(path: string, locale: Locale): Promise<Outcome<Uint8Array>> {
  if (path === STDIN_ARG) return readStdin(locale);
  const m = cliMessages(locale);
  try {
    const s = await stat(path);
    if (!s.isFile()) return failure(EXIT.io, m.notAFile(path));
    if (s.size > MAX_FILE_BYTES) return failure(EXIT.invalid, m.fileTooLarge(path, MAX_FILE_BYTES));
    return success(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return failure(EXIT.io, code === 'ENOENT' ? m.fileNotFound(path) : m.readFailed(path, ioDetail(e)));
  }
}

/** Format of a data file, from its extension (`undefined`: detect from the text). */
export function dataFormatOf(path: string): 'json' | 'yaml' | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}

/** Parse JSON or YAML text from `label` into a plain value (exit 1 with issues when it is neither). */
export function parseDataText(text: string, label: string, format: 'json' | 'yaml' | undefined, locale: Locale): Outcome<unknown> {
  const r = readDataText(text, { locale, ...(format ? { format } : {}) });
  if (r.ok) return success(r.value);
  return failure(EXIT.invalid, cliMessages(locale).invalidFile(label, r.issues.length), ...issueLines(r.issues));
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence (bytes.length when all are). */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i] as number;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

/**
 * The encoding a non-UTF-8 file most likely has, named only when it is clear: GB18030 (a superset
 * of GBK and GB2312, common in Chinese finance offices) when the bytes decode as GB18030 without
 * error and hold Chinese characters.
 */
function guessEncoding(b: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(b);
    return /\p{Script=Han}/u.test(text) ? 'GB18030' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decode a data file: UTF-8 (a BOM is dropped), or UTF-16 when it starts with a UTF-16 BOM (then
 * the encoding is certain). Anything else that is not valid UTF-8 is refused with the offset of
 * the first bad byte and, when clear, the encoding to read it with: never silently turned into
 * U+FFFD (a GB18030 file used to evaluate with 46 replacement characters in its report). With
 * `encoding` (`--encoding`, a canonical WHATWG name), the bytes are decoded in it instead, and
 * refused when they are not valid in it.
 */
export function decodeDataBytes(bytes: Uint8Array, label: string, locale: Locale, encoding?: string): Outcome<string> {
  if (encoding !== undefined && encoding !== 'utf-8') {
    try {
      return success(new TextDecoder(encoding, { fatal: true }).decode(bytes));
    } catch {
      return failure(EXIT.invalid, cliMessages(locale).notInEncoding(label, encoding));
    }
  }
  const b0 = bytes[0],
    b1 = bytes[1];
  const utf16 = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined;
  try {
    if (utf16) return success(new TextDecoder(utf16, { fatal: true }).decode(bytes));
    return success(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const at = utf16 ? 0 : firstInvalidUtf8(bytes);
    return failure(EXIT.invalid, cliMessages(locale).notUtf8(label, at, utf16 ? undefined : guessEncoding(bytes)));
  }
}

/** Read a JSON or YAML file (`-`: standard input, its format detected) into a plain value. */
export async function readDataFile(path: string, locale: Locale, encoding?: string): Promise<Outcome<unknown>> {
  const bytes = await readBytes(path, locale);
  if (!bytes.ok) return bytes;
  return parseDataBytes(bytes.value, inputLabel(path), dataFormatOf(path), locale, encoding);
}

/** Decode (see {@link decodeDataBytes}) and parse the bytes of a JSON or YAML file. */
export function parseDataBytes(bytes: Uint8Array, label: string, format: 'json' | 'yaml' | undefined, locale: Locale, encoding?: string): Outcome<unknown> {
  const text = decodeDataBytes(bytes, label, locale, encoding);
  if (!text.ok) return text;
  return parseDataText(text.value, label, format, locale);
}

/** Options of {@link writeText}. */
export interface WriteTextOptions {
  /** Create the file's folder first (default true). A batch creates its output folder once and passes false. */
  readonly mkdir?: boolean;
}

/**
 * Write text, ending with a newline, to a file (creating its folder unless told not to) or,
 * without a path, to stdout. A missing final newline is written as a second chunk: large reports
 * are not copied again to append it.
 */
export async function writeText(path: string | undefined, text: string, locale: Locale, options: WriteTextOptions = {}): Promise<Outcome<void>> {
  const newline = !text.endsWith('\n');
  if (path === undefined) {
    try {
      await writeStdout(newline ? `${text}\n` : text);
      return success(undefined);
    } catch (e) {
      return failure(EXIT.io, cliMessages(locale).writeFailed(STDOUT_LABEL, ioDetail(e)));
    }
  }
  try {
    if (options.mkdir !== false) await ensureDirectory(dirname(path));
    await writeAtomically(path, newline ? [text, '\n'] : text);
    return success(undefined);
  } catch (e) {
    return failure(EXIT.io, cliMessages(locale).writeFailed(path, ioDetail(e)));
  }
}

/**
 * Write a file under a temporary name beside it, then rename it into place: an interrupted or
 * failed write never leaves a truncated file under the final name (a rename within a folder is
 * atomic). The temporary file is removed when the write fails. A target that exists and is not a
 * regular file (`-o /dev/stdout`, a named pipe) is written directly.
 */
async function writeAtomically(path: string, data: string | Iterable<string> | Iterable<Uint8Array>): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile()) {
    await writeFile(path, data);
    return;
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** Characters of small chunks joined into one write by {@link writeChunks}. */
const WRITE_BATCH = 64 * 1024;

/** Small chunks joined into pieces of about {@link WRITE_BATCH} characters: one write each, not one per chunk. */
function* batched(chunks: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= WRITE_BATCH) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

/**
 * Write a file from text chunks (never joined into one string: small ones are joined into pieces
 * of about 64 K characters, each one write) or from byte chunks (each one write, as it comes); the
 * folder must exist.
 */
export async function writeChunks(path: string, chunks: Iterable<string> | { readonly bytes: Iterable<Uint8Array> }, locale: Locale): Promise<Outcome<void>> {
  try {
    await writeAtomically(path, 'bytes' in chunks ? chunks.bytes : batched(chunks));
    return success(undefined);
  } catch (e) {
    return failure(EXIT.io, cliMessages(locale).writeFailed(path, ioDetail(e)));
  }
}

/** How standard output is named in messages. */
export const STDOUT_LABEL = 'stdout';

/** Errors raised by {@link writeStdout}: output errors (exit 4), not bugs. */
const stdoutErrors = new WeakSet<object>();

/** Whether `e` is a failed write to standard output (a full disk, a closed file): exit 4, one line. */
export function isStdoutError(e: unknown): e is Error {
  return typeof e === 'object' && e !== null && stdoutErrors.has(e);
}

/**
 * Write to stdout and wait until the write is done (large reports, pipes). Rejects with the
 * write's error (`> /dev/full`: ENOSPC), tagged for {@link isStdoutError}.
 */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (e: unknown): void => {
      const err = e instanceof Error ? e : new Error(String(e));
      stdoutErrors.add(err);
      reject(err);
    };
    try {
      process.stdout.write(text, (e) => (e ? fail(e) : resolve()));
    } catch (e) {
      fail(e);
    }
  });
}

/**
 * Create a folder and its missing parents, one level at a time from the nearest existing ancestor.
 * Not `mkdir({ recursive: true })`: under a path where every level answers ENOENT (`/proc/x/y`),
 * Node 20's recursive mkdir retries forever. Here each level is tried once, and a parent that is
 * not a folder, or cannot be created, fails at once.
 */
export async function ensureDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      const s = await stat(d);
      if (!s.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, ${d}`), { code: 'ENOTDIR' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(d) === d) throw e;
      missing.push(d);
    }
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
