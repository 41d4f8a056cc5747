import { extname } from 'node:path';
import type { Locale } from '../index.js';
import { loadRulePack, type RulePack } from '../rules/index.js';
import { BUILT_IN_SYSTEMS, getBuiltInSystem, type IndicatorSystem, validateIndicatorSystem } from '../scoring/index.js';
import { EXIT } from './exitCodes.js';
import { dataFormatOf, inputLabel, issueLines, parseDataBytes, readBytes, readDataFile } from './io.js';
import { cliMessages } from './messages.js';
import { failure, type Outcome, success } from './outcome.js';
import { importSheetFile, SHEET_EXTENSIONS } from './sheet.js';

const DATA_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

/** True when a `--system` value names a file rather than a built-in id. */
function looksLikeFile(spec: string): boolean {
  const ext = extname(spec).toLowerCase();
  return DATA_EXTENSIONS.has(ext) || SHEET_EXTENSIONS.has(ext) || spec.includes('/') || spec.includes('\\');
}

/** Resolve `--system ID|FILE` into a validated indicator system (default: the library's default). */
export async function loadSystemOption(spec: string | undefined, locale: Locale): Promise<Outcome<IndicatorSystem | undefined>> {
  const m = cliMessages(locale);
  if (spec === undefined) return success(undefined);
  if (!looksLikeFile(spec)) {
    const found = getBuiltInSystem(spec);
    if (found) return success(found);
    return failure(EXIT.usage, m.unknownSystem(spec, BUILT_IN_SYSTEMS.map((s) => s.id).join(', ')));
  }
  const ext = extname(spec).toLowerCase();
  if (SHEET_EXTENSIONS.has(ext)) {
    const imported = await importSheetFile(spec, locale);
    return imported.ok ? checkSystem(imported.value.system, spec, locale) : imported;
  }
  if (!DATA_EXTENSIONS.has(ext)) return failure(EXIT.usage, m.badSystemFile(spec));
  const data = await readDataFile(spec, locale);
  if (!data.ok) return data;
  return checkSystem(data.value, spec, locale);
}

/** Validate an indicator system read from `label`. */
export function checkSystem(value: unknown, label: string, locale: Locale): Outcome<IndicatorSystem> {
  const r = validateIndicatorSystem(value, { locale });
  if (r.ok) return success(r.value);
  return failure(EXIT.invalid, cliMessages(locale).invalidFile(label, r.issues.length), ...issueLines(r.issues));
}

/** Validate a rule pack read from `label`. */
export function checkRulePack(value: unknown, label: string, locale: Locale): Outcome<RulePack> {
  const r = loadRulePack(value, { locale });
  if (r.ok) return success(r.value);
  return failure(EXIT.invalid, cliMessages(locale).invalidFile(label, r.issues.length), ...issueLines(r.issues));
}

/** Read and validate every `--rules FILE`. */
export async function loadRulePackFiles(files: readonly string[] | undefined, locale: Locale): Promise<Outcome<RulePack[]>> {
  const packs: RulePack[] = [];
  for (const file of files ?? []) {
    const data = await readDataFile(file, locale);
    if (!data.ok) return data;
    const pack = checkRulePack(data.value, file, locale);
    if (!pack.ok) return pack;
    packs.push(pack.value);
  }
  return success(packs);
}

/** Extensions of a data-entry workbook (`jixiao init`), read with `readInputWorkbook`. */
const WORKBOOK_EXTENSIONS: ReadonlySet<string> = new Set(['.xlsx', '.xlsm', '.xls']);

/** Whether bytes are a spreadsheet: a zip (`.xlsx`) or a compound file (`.xls`). */
function isWorkbookBytes(b: Uint8Array): boolean {
  const zip = b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
  const cfb = b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
  return zip || cfb;
}

/**
 * Read an evaluation input: JSON or YAML, or the data-entry workbook `jixiao init` writes (detected
 * by its extension or its first bytes; `-` reads standard input). A workbook's issues are located
 * at their sheet and cell.
 */
export async function readInputFile(path: string, locale: Locale, encoding?: string): Promise<Outcome<unknown>> {
  const bytes = await readBytes(path, locale);
  if (!bytes.ok) return bytes;
  const label = inputLabel(path);
  if (!WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase()) && !isWorkbookBytes(bytes.value)) {
    return parseDataBytes(bytes.value, label, dataFormatOf(path), locale, encoding);
  }
  // Loaded on demand: the spreadsheet parser is large and only workbook inputs need it.
  const { readInputWorkbook } = await import('../xlsx/index.js');
  const r = readInputWorkbook(bytes.value, { locale });
  if (r.ok) return success(r.value);
  return failure(EXIT.invalid, cliMessages(locale).invalidFile(label, r.issues.length), ...issueLines(r.issues));
}
