import { extname } from 'node:path';
import type { Locale } from '../index.js';
import type { IndicatorImportReport, ImportedRow } from '../xlsx/index.js';
import { EXIT } from './exitCodes.js';
import { issueLines, readBytes } from './io.js';
import { cliMessages } from './messages.js';
import { failure, type Outcome, success } from './outcome.js';

/** Spreadsheet extensions an indicator system may be imported from. */
export const SHEET_EXTENSIONS: ReadonlySet<string> = new Set(['.xlsx', '.xls', '.csv']);

/** An imported indicator system (still to be validated by the scoring layer) and the import report as lines. */
export interface ImportedSheet {
  readonly system: unknown;
  readonly report: readonly string[];
}

const REASONS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  'zh-CN': {
    no_standard: '无评分标准',
    unrecognised: '评分标准无法识别',
    ambiguous: '评分标准有歧义',
    too_long: '评分标准过长',
    unsupported: '不支持的评分方式',
    no_fact: '找不到对应的数据项',
    fact_mismatch: '数据项类型不符',
    checklist: '清单式评分，需人工判断',
  },
  en: {
    no_standard: 'no 评分标准',
    unrecognised: 'standard not recognised',
    ambiguous: 'standard is ambiguous',
    too_long: 'standard too long',
    unsupported: 'unsupported scoring shape',
    no_fact: 'no matching fact',
    fact_mismatch: 'fact does not fit the method',
    checklist: 'checklist: needs an evaluator',
  },
};

function rowLine(row: ImportedRow, locale: Locale): string {
  const where = `${locale === 'en' ? 'row' : '第'} ${row.row}${locale === 'en' ? '' : ' 行'}`;
  const how =
    row.source === 'fallback'
      ? `manual ← ${REASONS[locale][row.reason ?? ''] ?? row.reason ?? ''}${row.shape ? ` (${row.shape})` : ''}`
      : `${row.method}${row.fact ? ` (${row.fact})` : ''}${row.source === 'embedded' ? ' [embedded]' : ''}`;
  return `  ${where}  ${row.path.join(' / ')}  →  ${how}${row.approximation ? `  ~ ${row.approximation}` : ''}`;
}

/** The import report as lines: header found, one line per leaf, counts. */
export function importReportLines(report: IndicatorImportReport, locale: Locale): string[] {
  const columns = Object.entries(report.columns)
    .map(([role, label]) => `${role}=${label}`)
    .join(', ');
  const head =
    locale === 'en'
      ? `sheet ${report.sheet}, header row ${report.headerRow}: ${columns}`
      : `工作表 ${report.sheet}，表头在第 ${report.headerRow} 行：${columns}`;
  const { embedded, recognised, fallback } = report.summary;
  const lines = [head, ...report.rows.map((r) => rowLine(r, locale)), cliMessages(locale).importReport(report.rows.length, embedded + recognised, fallback)];
  if (report.skippedRows.length > 0)
    lines.push(`${locale === 'en' ? 'rows not imported (no indicator name)' : '未导入的行（无指标名称）'}: ${report.skippedRows.join(', ')}`);
  if (report.defaults.length > 0) lines.push(`${locale === 'en' ? 'defaults taken' : '使用缺省值'}: ${report.defaults.join(', ')}`);
  return lines;
}

/**
 * Import an indicator system from a spreadsheet file with `readIndicatorSheet` (jixiao/xlsx).
 * `meta` gives system-level fields (id, name, year …) the sheet does not carry.
 */
export async function importSheetFile(path: string, locale: Locale, meta?: Readonly<Record<string, unknown>>): Promise<Outcome<ImportedSheet>> {
  const ext = extname(path).toLowerCase();
  if (!SHEET_EXTENSIONS.has(ext)) return failure(EXIT.usage, cliMessages(locale).badSystemFile(path));
  const bytes = await readBytes(path, locale);
  if (!bytes.ok) return bytes;
  // Loaded on demand: the spreadsheet parser is large and only these commands need it.
  const { readIndicatorSheet } = await import('../xlsx/index.js');
  const r = readIndicatorSheet(bytes.value, { locale, ...(meta ? { meta } : {}) }); // the format is detected from the bytes
  if (!r.ok) return failure(EXIT.invalid, cliMessages(locale).invalidFile(path, r.issues.length), ...issueLines(r.issues));
  return success({ system: r.value.system, report: importReportLines(r.value.report, locale) });
}
