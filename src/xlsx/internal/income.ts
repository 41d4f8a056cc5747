import type { Issue, Locale } from '../../shared/issues.js';
import type { Money, MoneyUnit } from '../../model/money/money.js';
import type { IncomeKind } from '../types.js';
import { readAmountCell } from './amount.js';
import { cellText, type Grid } from './grid.js';
import type { HeaderMatch } from './headers.js';
import type { LedgerColumn } from '../aliases.js';
import { normalizeKey } from './text.js';

/** Income rows by name: more specific names first. */
const INCOME_NAMES: readonly [RegExp, IncomeKind | 'carriedIn' | 'total' | 'current'][] = [
  [/上年结转|年初结转|结转和结余$|上年结余/, 'carriedIn'],
  [/^收入总计|收入决算总额/, 'total'],
  [/^本年收入合计|^收入合计/, 'current'],
  [/政府性基金/, 'government_fund'],
  [/国有资本经营/, 'state_capital'],
  [/上级补助/, 'higher_level_subsidy'],
  [/附属单位/, 'subsidiary'],
  [/事业收入/, 'business'],
  [/经营收入/, 'operating'],
  [/财政拨款/, 'fiscal_appropriation'],
  [/其他收入/, 'other'],
];

/**
 * Income read from a 收入 table. Amounts in 万元.
 *
 * @example
 * ```ts
 * import { readLedgerSheet, type LedgerIncome } from 'jixiao/xlsx';
 * const r = readLedgerSheet(bytes, { unit: '元' });
 * const income: LedgerIncome | undefined = r.ok ? r.value.income : undefined;
 * income?.sources.map((s) => `${s.kind} ${s.amount}`); // ['fiscal_appropriation 441.72', …]
 * ```
 */
export interface LedgerIncome {
  readonly total?: Money;
  readonly sources: readonly { readonly kind: IncomeKind; readonly name: string; readonly amount: Money }[];
  readonly carriedIn?: Money;
}

const stripNumbering = (s: string): string => s.replace(/^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|\d+[、.])/, '');

/** Read the income rows of an item/amount sheet; undefined when no row names an income source. @internal */
export function readIncome(grid: Grid, header: HeaderMatch<LedgerColumn>, unit: MoneyUnit, locale: Locale, issues: Issue[]): LedgerIncome | undefined {
  const itemCol = header.columns.get('item')?.[0] ?? header.columns.get('projectName')?.[0];
  const amountCol = header.columns.get('amount')?.[0];
  if (itemCol === undefined || amountCol === undefined) return undefined;
  const label = header.labels.get(amountCol) ?? '金额';
  const sources: { kind: IncomeKind; name: string; amount: Money }[] = [];
  let total: Money | undefined;
  let carriedIn: Money | undefined;
  let found = false;
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const name = cellText(grid, r, itemCol);
    const key = stripNumbering(normalizeKey(name));
    const kind = INCOME_NAMES.find(([re]) => re.test(key))?.[1];
    if (!kind) continue;
    found = true;
    const a = readAmountCell(grid.rows[r]?.[amountCol], unit, [grid.name, `row ${r + 1}`, label], locale);
    if (a.kind === 'bad') {
      issues.push(a.issue);
      continue;
    }
    // A blank amount is unknown, not 0 (absent is not zero): the row gives nothing.
    if (a.kind !== 'value') continue;
    const amount = a.value;
    if (kind === 'total') total = amount;
    else if (kind === 'carriedIn') carriedIn = amount;
    else if (kind !== 'current') sources.push({ kind, name, amount });
  }
  if (!found) return undefined;
  return { ...(total !== undefined ? { total } : {}), sources, ...(carriedIn !== undefined ? { carriedIn } : {}) };
}
