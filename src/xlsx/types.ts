import type { Locale } from '../issues.js';
import type { HeaderAliases, IndicatorColumn, LedgerColumn } from './aliases.js';
import type { SheetFormat } from './internal/detect.js';
import type { SheetLimits } from './limits.js';

export type { SheetFormat };

/** Kinds of income source (as in the model's `IncomeKindSchema`). */
export type IncomeKind = 'fiscal_appropriation' | 'government_fund' | 'state_capital' | 'higher_level_subsidy' | 'business' | 'operating' | 'subsidiary' | 'other';

/** Options every reader takes. */
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

/** Options of {@link readIndicatorSheet}. */
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

/** Options of {@link readLedgerSheet}. */
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
