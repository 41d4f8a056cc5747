/**
 * `jixiao/xlsx`: import indicator systems, self-evaluation scores and ledgers from the
 * spreadsheets (.xlsx, legacy .xls, CSV) users already have, and export systems and score
 * sheets back to .xlsx / .xls. Kept out of the core so browser users of `jixiao` don't load a
 * spreadsheet parser they don't use. See docs/import-export.md.
 *
 * @packageDocumentation
 */
export { readIndicatorSheet } from './readIndicatorSheet.js';
export type { IndicatorSheetImport, IndicatorImportReport, ImportedRow, ClaimedItem } from './readIndicatorSheet.js';
export { writeIndicatorSheet, SYSTEM_COLUMNS } from './writeIndicatorSheet.js';
export type { WriteSheetOptions } from './writeIndicatorSheet.js';
export { readLedgerSheet } from './readLedgerSheet.js';
export type { LedgerSheet, LedgerSheetLine, LedgerIncome } from './readLedgerSheet.js';
export { INDICATOR_HEADER_ALIASES, LEDGER_HEADER_ALIASES } from './aliases.js';
export type { HeaderAliases, IndicatorColumn, LedgerColumn } from './aliases.js';
export { INDICATOR_FACT_NAMES } from './factNames.js';
export { SHEET_LIMITS } from './limits.js';
export type { SheetLimits } from './limits.js';
export type { FallbackReason } from './internal/toMethod.js';
export type { IncomeKind, ReadSheetOptions, ReadIndicatorSheetOptions, ReadLedgerSheetOptions, SheetFormat } from './types.js';
export { writeInputTemplate, readInputWorkbook, readInputWorkbookWithCells, cellOfPath } from './inputWorkbook.js';
export type { WriteInputTemplateOptions, ReadInputWorkbookOptions, InputCell, LocatedInput } from './inputWorkbook.js';
