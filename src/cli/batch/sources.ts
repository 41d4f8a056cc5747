import { createReadStream } from 'node:fs';
import { opendir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Locale } from '../../index.js';
import { parseDataText, readDataFile } from '../io.js';
import type { Outcome } from '../outcome.js';

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

/** Each non-blank line of an NDJSON file, read line by line (the file is never held whole). */
export async function* ndjsonItems(path: string, locale: Locale): AsyncGenerator<BatchItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const file = basename(path);
  let lineNo = 0;
  for await (const text of lines) {
    lineNo++;
    if (text.trim() === '') continue;
    const source = `${file}:${lineNo}`;
    yield { source, base: `line-${String(lineNo).padStart(4, '0')}`, nameInBase: true, read: async () => parseDataText(text, source, 'json', locale) };
  }
}

/** Each .json/.yaml/.yml file of a directory, one directory entry at a time (not recursive, hidden files skipped). */
export async function* dirItems(dir: string, locale: Locale): AsyncGenerator<BatchItem> {
  const entries = await opendir(dir);
  for await (const entry of entries) {
    const ext = extname(entry.name).toLowerCase();
    if (!entry.isFile() || entry.name.startsWith('.') || !DATA_EXTENSIONS.has(ext)) continue;
    const path = join(dir, entry.name);
    yield { source: entry.name, base: entry.name.slice(0, -ext.length), nameInBase: false, read: () => readDataFile(path, locale) };
  }
}

/** How many departments a source holds (a second streaming pass, used only to size the progress bar). */
export async function countItems(items: AsyncIterable<BatchItem>): Promise<number> {
  let n = 0;
  for await (const item of items) if (item) n++;
  return n;
}
