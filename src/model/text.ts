import { parseDocument } from 'yaml';
import type { Issues, Locale, Result } from '../shared/issues.js';
import { INPUT_LIMITS } from '../shared/scan.js';
import { findDuplicateKey } from './internal/yamlDuplicateKey.js';
import { precheckYaml } from './internal/yamlPrecheck.js';
import { makeIssue } from '../shared/makeIssue.js';

/**
 * Text formats the loaders read.
 *
 * @example
 * ```ts
 * import { readDataText, type TextFormat } from 'jixiao/model';
 * import { readFileSync } from 'node:fs';
 * const file = 'dept.yaml';
 * const format: TextFormat = file.endsWith('.json') ? 'json' : 'yaml';
 * const r = readDataText(readFileSync(file, 'utf8'), { format });
 * ```
 */
export type TextFormat = 'json' | 'yaml';

/**
 * The largest text accepted by the loaders, in characters (10 MiB of JSON is far above any department).
 *
 * @example
 * ```ts
 * import { MAX_TEXT_LENGTH, readDataText } from 'jixiao/model';
 * MAX_TEXT_LENGTH; // 20000000
 * readDataText('x'.repeat(MAX_TEXT_LENGTH + 1)); // { ok: false, issues: [{ code: 'string_too_long', … }] }
 * ```
 */
export const MAX_TEXT_LENGTH = 20_000_000;

/**
 * YAML limits checked before parsing (see internal/yamlPrecheck.ts and docs/limits.md). The
 * `yaml` parser keeps a node object per value, about 900 bytes each, and reads 0.1–0.4 MB of text a
 * second: 19.7 M characters of `kN: N` lines took 1.75 GB. So YAML gets its own, far lower caps,
 * set by measurement: at most 2,000,000 characters and at most 100,000 structural marks (see
 * {@link countYamlMarks}), about 90 MiB of heap and 1–3 s at the cap. The Enyang department is
 * 21,000 characters and 1,900 marks in YAML. Larger inputs belong in JSON.
 */
const YAML_LIMITS = { maxNesting: 256, maxAliases: 100, maxLength: 2_000_000, maxMarks: 100_000 } as const;

/**
 * An upper bound of the values a YAML text can hold, in one linear pass: every value but the root
 * needs a line break, a `,` `[` `{` (flow), a `-` or `?` (block entries) or a `:` (mapping) of its
 * own. Counts stop at `max + 1`.
 */
function countYamlMarks(text: string, max: number): number {
  let marks = 1;
  for (let i = 0; i < text.length && marks <= max; i++) {
    const c = text.charCodeAt(i);
    // \n , - : ? [ {
    if (c === 10 || c === 44 || c === 45 || c === 58 || c === 63 || c === 91 || c === 123) marks++;
  }
  return marks;
}

/** The YAML size checks: text length, then the mark count. */
function yamlTooBig(text: string, locale: Locale): Issues | undefined {
  if (text.length > YAML_LIMITS.maxLength) {
    return [makeIssue('string_too_long', [], { max: YAML_LIMITS.maxLength, length: text.length }, locale)];
  }
  const marks = countYamlMarks(text, YAML_LIMITS.maxMarks);
  if (marks > YAML_LIMITS.maxMarks) return [makeIssue('too_many_items', [], { max: YAML_LIMITS.maxMarks, count: marks }, locale)];
  return undefined;
}

/**
 * Read JSON or YAML text into a plain value, without throwing. The text length is capped;
 * YAML has lower caps, set by measured memory (2,000,000 characters, 100,000 values), and its
 * nesting and aliases are capped before parsing (no stack overflow, no "billion laughs").
 * Detects the format from the first non-blank character when `format` is omitted (`{` or `[` → JSON).
 *
 * @example
 * ```ts
 * import { readDataText } from 'jixiao/model';
 * const r = readDataText('unit: 万元\n', { format: 'yaml' });
 * if (r.ok) console.log(r.value);
 * ```
 */
export function readDataText(text: string, options: { readonly format?: TextFormat; readonly locale?: Locale } = {}): Result<unknown> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  if (text.length > MAX_TEXT_LENGTH) {
    return { ok: false, issues: [makeIssue('string_too_long', [], { max: MAX_TEXT_LENGTH, length: text.length }, locale)] as unknown as Issues };
  }
  const format = options.format ?? (/^\s*[[{]/.test(text) ? 'json' : 'yaml');
  try {
    if (format === 'json') return { ok: true, value: JSON.parse(text) as unknown };
    const big = yamlTooBig(text, locale);
    if (big) return { ok: false, issues: big };
    const pre = precheckYaml(text, YAML_LIMITS);
    if (pre === 'too_deep') return { ok: false, issues: [makeIssue('too_deep', [], { max: INPUT_LIMITS.maxDepth }, locale)] };
    if (pre === 'too_many_aliases') {
      const detail = locale === 'en' ? `more than ${YAML_LIMITS.maxAliases} aliases` : `别名（*）超过 ${YAML_LIMITS.maxAliases} 个`;
      return { ok: false, issues: [makeIssue('invalid_yaml', [], { detail }, locale)] };
    }
    // Duplicate keys are checked by findDuplicateKey (linear) instead of `uniqueKeys` (quadratic);
    // warnings (unresolved tags …) are not printed: the host's stderr is not ours.
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, merge: false, logLevel: 'error' });
    if (doc.errors.length > 0) throw doc.errors[0];
    const duplicate = findDuplicateKey(doc.contents);
    if (duplicate !== undefined) throw new Error(`Map keys must be unique: ${JSON.stringify(duplicate)}`);
    return { ok: true, value: doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases }) as unknown };
  } catch (e) {
    const raw = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    const offset = format === 'json' ? jsonErrorOffset(raw, text) : yamlErrorOffset(e);
    const detail = raw
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ at line \d+, column \d+$/, '')
      .slice(0, 200);
    const where = offset === undefined ? {} : lineAndColumn(text, offset);
    return { ok: false, issues: [makeIssue(format === 'json' ? 'invalid_json' : 'invalid_yaml', [], { detail, ...where }, locale)] as unknown as Issues };
  }
}

/** Where JSON.parse stopped: V8 names a position, or the end of the input, or a token with its context. */
function jsonErrorOffset(message: string, text: string): number | undefined {
  const at = / at position (\d+)/.exec(message);
  if (at) return Number.parseInt(at[1] ?? '0', 10);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  // `Unexpected token 'x', "…context…" is not valid JSON`: find the context, then the token in it.
  const m = /Unexpected token '(.)', (?:\.\.\.)?"(.*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (!m) return undefined;
  const [, token = '', context = ''] = m;
  const start = text.indexOf(context);
  if (start < 0) return undefined;
  const inContext = context.indexOf(token);
  return inContext < 0 ? start : start + inContext;
}

/** The offset a `yaml` parse error points at. */
function yamlErrorOffset(e: unknown): number | undefined {
  const pos = (e as { pos?: unknown }).pos;
  return Array.isArray(pos) && typeof pos[0] === 'number' ? pos[0] : undefined;
}

/**
 * 1-based line and column of an offset, and the line itself (trimmed, at most 80 characters
 * around the column), for a message a person can act on instead of "position 94".
 */
function lineAndColumn(text: string, offset: number): { line: number; column: number; excerpt: string } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const end = text.indexOf('\n', lineStart);
  const whole = text.slice(lineStart, end < 0 ? text.length : end).replace(/\r$/, '');
  const column = at - lineStart + 1;
  const from = Math.max(0, column - 60);
  const excerpt = `${from > 0 ? '…' : ''}${whole.slice(from, from + 80).trim()}${from + 80 < whole.length ? '…' : ''}`;
  return { line, column, excerpt };
}
