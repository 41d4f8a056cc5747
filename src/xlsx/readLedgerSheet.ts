import type { Issue, Issues, Locale, Result } from '../shared/issues.js';
import type { Money, MoneyUnit } from '../model/money/money.js';
import { type LedgerColumn, LEDGER_HEADER_ALIASES } from './aliases.js';
import { type AllowUnknown } from './internal/codes.js';
import type { Grid } from './internal/grid.js';
import { aliasLookup, findHeader, type HeaderMatch } from './internal/headers.js';
import { type LedgerIncome, readIncome } from './internal/income.js';
import { fail, issue, pickLocale } from './internal/issue.js';
import { type ExpenditureRows, readExpenditure } from './internal/ledgerRows.js';
import { indexMerges } from './internal/merges.js';
import { declaredUnit } from './internal/unit.js';
import { readGrids } from './internal/workbook.js';
import type { ReadLedgerSheetOptions } from './types.js';

export type { LedgerIncome };

/**
 * One expenditure line read from a sheet (the model's `LedgerLine`); amounts in 万元.
 *
 * @example
 * ```ts
 * import { readLedgerSheet, type LedgerSheetLine } from 'jixiao/xlsx';
 * const r = readLedgerSheet(bytes, { unit: '元' });
 * const lines: readonly LedgerSheetLine[] = r.ok ? r.value.lines : [];
 * // [{ functional: '2010301', economic: '30101', amount: '166.26', nature: 'basic', label: '基本工资' }, …]
 * ```
 */
export interface LedgerSheetLine {
  readonly functional: string;
  readonly economic: string;
  readonly amount: Money;
  readonly nature: 'basic' | 'project';
  readonly project?: string;
  readonly label?: string;
}

/**
 * What {@link readLedgerSheet} returns. All amounts are canonical 万元 strings, whatever the sheet's unit.
 *
 * @example
 * ```ts
 * import { readLedgerSheet, type LedgerSheet } from 'jixiao/xlsx';
 * const r = readLedgerSheet(bytes, { unit: '元' });
 * if (r.ok) {
 *   const sheet: LedgerSheet = r.value;
 *   const expenditure = { lines: [...sheet.lines], byFunctional: [...sheet.byFunctional], byEconomic: [...sheet.byEconomic] };
 *   console.log(sheet.statedTotal, sheet.precision, sheet.report.subtotals.length);
 * }
 * ```
 */
export interface LedgerSheet {
  /** Detail lines (functional × economic × amount × nature); subtotal rows are left out. */
  readonly lines: readonly LedgerSheetLine[];
  /** Rows with a functional code only (stated 类/款/项 totals). */
  readonly byFunctional: readonly { readonly code: string; readonly amount: Money }[];
  /** Rows with an economic code only (stated 类/款 totals). */
  readonly byEconomic: readonly { readonly code: string; readonly amount: Money }[];
  /** The 合计 row, when the sheet has one. */
  readonly statedTotal?: Money;
  /** Income, when a sheet of the workbook is a 收入 table. */
  readonly income?: LedgerIncome;
  /** The unit the sheet was written in. */
  readonly unit: MoneyUnit;
  /** Most decimals written, counted in 万元 (use as the input's `precision` with `unit: '万元'`). */
  readonly precision: number;
  /** Where things were found, and which rows were read as subtotals. */
  readonly report: {
    readonly sheets: readonly { readonly name: string; readonly kind: 'expenditure' | 'income'; readonly headerRow: number }[];
    readonly subtotals: readonly { readonly sheet: string; readonly row: number; readonly functional: string; readonly economic: string }[];
    /** What the spreadsheet parser reported about a damaged file, kept here instead of printed; absent when it said nothing. */
    readonly parserNotices?: readonly string[];
  };
}

const isExpenditure = (roles: ReadonlySet<LedgerColumn>): boolean =>
  (roles.has('functionalCode') || roles.has('economicCode')) && (roles.has('amount') || roles.has('basic') || roles.has('project'));
const isIncome = (roles: ReadonlySet<LedgerColumn>): boolean => (roles.has('item') || roles.has('projectName')) && roles.has('amount');

function chooseSheets(grids: readonly Grid[], sheet: string | number | undefined): Grid[] {
  if (sheet === undefined) return grids.filter((g) => !g.hidden);
  const g = typeof sheet === 'number' ? grids[sheet] : grids.find((x) => x.name === sheet);
  return g ? [g] : [];
}

function resolveUnit(grid: Grid, header: HeaderMatch<LedgerColumn>, unit: MoneyUnit | undefined, locale: Locale): MoneyUnit | Issue {
  const declared = declaredUnit(grid, header.row);
  if (declared && unit && declared.unit !== unit) {
    return issue('invalid_value', [grid.name, `row ${declared.row + 1}`, 'unit'], { expected: unit, received: declared.unit }, locale);
  }
  const u = unit ?? declared?.unit;
  return u ?? issue('required', [grid.name, 'unit'], {}, locale);
}

/**
 * Read 部门决算 expenditure (and income) tables — columns 功能分类科目编码/名称,
 * 经济分类科目编码/名称 and an amount (or 基本支出 / 项目支出 columns) — into ledger lines.
 * Every bad cell is a located issue (`[sheet, 'row 7', '金额']`); nothing is dropped silently.
 *
 * @example
 * ```ts
 * import { readLedgerSheet } from 'jixiao/xlsx';
 * const r = readLedgerSheet(new Uint8Array(await file.arrayBuffer()), { unit: '元' });
 * if (r.ok) console.log(r.value.lines.length); else console.error(r.issues);
 * ```
 */
export function readLedgerSheet(bytes: Uint8Array, options: ReadLedgerSheetOptions = {}): Result<LedgerSheet> {
  const locale = pickLocale(options.locale);
  const notices: string[] = [];
  const grids = readGrids(bytes, { format: options.format, encoding: options.encoding, limits: options.limits, locale }, notices);
  if (!grids.ok) return grids;
  const lookup = aliasLookup(LEDGER_HEADER_ALIASES, options.aliases);
  const allow: AllowUnknown = options.allowUnknownCodes === true ? 'all' : new Set(options.allowUnknownCodes ?? []);
  const issues: Issue[] = [];
  const sheets: LedgerSheet['report']['sheets'][number][] = [];
  let expenditure: (ExpenditureRows & { unit: MoneyUnit }) | undefined;
  let income: LedgerIncome | undefined;
  for (const grid of chooseSheets(grids.value, options.sheet)) {
    const merges = indexMerges(grid, 2 * (options.limits?.maxCells ?? 200_000));
    const header = findHeader(grid, merges, lookup, (roles) => isExpenditure(roles) || isIncome(roles));
    if (!header) continue;
    const unit = resolveUnit(grid, header, options.unit, locale);
    if (typeof unit !== 'string') {
      issues.push(unit);
      continue;
    }
    const roles = new Set(header.columns.keys());
    if (isExpenditure(roles) && !expenditure) {
      expenditure = { ...readExpenditure(grid, merges, header, { unit, allow, nature: options.nature, locale }, issues), unit };
      sheets.push({ name: grid.name, kind: 'expenditure', headerRow: header.row + 1 });
    } else if (!isExpenditure(roles) && !income) {
      income = readIncome(grid, header, unit, locale, issues);
      if (income) sheets.push({ name: grid.name, kind: 'income', headerRow: header.row + 1 });
    }
  }
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, 500) as unknown as Issues };
  if (!expenditure) {
    return fail(
      issue(
        'missing_column',
        [],
        {
          column: '功能分类科目编码 / 经济分类科目编码 + 金额',
          expected: [
            ...LEDGER_HEADER_ALIASES.functionalCode.slice(0, 2),
            ...LEDGER_HEADER_ALIASES.economicCode.slice(0, 2),
            ...LEDGER_HEADER_ALIASES.amount.slice(0, 3),
          ].join('、'),
        },
        locale,
      ),
    );
  }
  const { unit, precision, lines, byFunctional, byEconomic, statedTotal, subtotals } = expenditure;
  return {
    ok: true,
    value: {
      lines,
      byFunctional,
      byEconomic,
      ...(statedTotal !== undefined ? { statedTotal } : {}),
      ...(income ? { income } : {}),
      unit,
      precision,
      report: { sheets, subtotals, ...(notices.length > 0 ? { parserNotices: notices } : {}) },
    },
  };
}
