import { extname } from 'node:path';
import type { Locale } from '../index.js';
import { loadRulePack, type RulePack } from '../rules/index.js';
import { BUILT_IN_SYSTEMS, getBuiltInSystem, type IndicatorSystem, validateIndicatorSystem } from '../scoring/index.js';
import { EXIT } from './exitCodes.js';
import { issueLines, readDataFile } from './io.js';
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
