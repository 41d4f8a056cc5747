import type { Locale } from '../shared/issues.js';
import type { HeaderAliases, IndicatorColumn, LedgerColumn } from './aliases.js';
import type { SheetFormat } from './internal/detect.js';
import type { SheetLimits } from './limits.js';

export type { SheetFormat };

/**
 * Kinds of income source (as in the model's `IncomeKindSchema`).
 *
 * @example
 * ```ts
 * import { readLedgerSheet, type IncomeKind } from 'jixiao/xlsx';
 * const kind: IncomeKind = 'fiscal_appropriation';
 * const r = readLedgerSheet(bytes, { unit: '元' });
 * const appropriation = r.ok ? r.value.income?.sources.filter((s) => s.kind === kind) : undefined;
 * ```
 */
export type IncomeKind =
  'fiscal_appropriation' | 'government_fund' | 'state_capital' | 'higher_level_subsidy' | 'business' | 'operating' | 'subsidiary' | 'other';

/**
 * Options every reader takes.
 *
 * @example
 * ```ts
 * import { readIndicatorSheet, readLedgerSheet, type ReadSheetOptions } from 'jixiao/xlsx';
 * const common: ReadSheetOptions = { format: 'csv', encoding: 'gb18030', locale: 'en', limits: { maxRows: 5_000 } };
 * readIndicatorSheet(systemBytes, common);
 * readLedgerSheet(ledgerBytes, { ...common, unit: '元' });
 * ```
 */
export interface ReadSheetOptions {
  /** `xlsx`, `xls` or `csv`; detected from the bytes when omitted (zip → xlsx, CFB → xls, HTML/XML "xls", text → CSV). */
  readonly format?: SheetFormat;
  /** Message language (default zh-CN). */
  readonly locale?: Locale;
  /** Sheet to read, by name or zero-based index; default: the first sheet with a recognisable header. */
  readonly sheet?: string | number;
  /** CSV text encoding label (default: UTF-8, falling back to GB18030). */
  readonly encoding?: string;
  /** Tighter (or looser) limits than {@link SHEET_LIMITS}. */
  readonly limits?: SheetLimits;
}

/**
 * Options of {@link readIndicatorSheet}.
 *
 * @example
 * ```ts
 * import { readIndicatorSheet, type ReadIndicatorSheetOptions } from 'jixiao/xlsx';
 * const options: ReadIndicatorSheetOptions = {
 *   sheet: '指标体系',
 *   aliases: { points: ['考核分'] },
 *   factNames: { 编制内人员控制率: 'ratio.staffControl' },
 *   meta: { id: 'my-county-2024', name: '部门整体支出绩效评价指标体系（2024）' },
 * };
 * const r = readIndicatorSheet(bytes, options);
 * ```
 */
export interface ReadIndicatorSheetOptions extends ReadSheetOptions {
  /** Extra header names per column role, tried before {@link INDICATOR_HEADER_ALIASES}. */
  readonly aliases?: HeaderAliases<IndicatorColumn>;
  /** Extra indicator-name → fact entries, tried before {@link INDICATOR_FACT_NAMES}. */
  readonly factNames?: Readonly<Record<string, string>>;
  /**
   * System-level fields of the imported system (id, version, name, jurisdiction, year, grades,
   * unavailablePolicy, provenance …), overriding those embedded by {@link writeIndicatorSheet}.
   * Fields nobody gives take documented defaults, listed in `report.defaults`.
   */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * Options of {@link readLedgerSheet}.
 *
 * @example
 * ```ts
 * import { readLedgerSheet, type ReadLedgerSheetOptions } from 'jixiao/xlsx';
 * const options: ReadLedgerSheetOptions = { unit: '元', nature: 'basic', allowUnknownCodes: ['30239'] };
 * const r = readLedgerSheet(bytes, options);
 * ```
 */
export interface ReadLedgerSheetOptions extends ReadSheetOptions {
  /** The unit the amounts are written in; required unless the sheet declares it ("单位：万元"). */
  readonly unit?: '元' | '万元';
  /** Extra header names per column role, tried before {@link LEDGER_HEADER_ALIASES}. */
  readonly aliases?: HeaderAliases<LedgerColumn>;
  /** Nature of every line when the sheet has no 基本支出/项目支出 columns and no 支出性质 column. */
  readonly nature?: 'basic' | 'project';
  /** Codes accepted although not in the catalogs (`true`: any well-formed code). */
  readonly allowUnknownCodes?: true | readonly string[];
}
