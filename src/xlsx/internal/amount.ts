import type { Issue, Locale, PathSegment } from '../../shared/issues.js';
import { type Money, type MoneyUnit, readMoney } from '../../model/money/money.js';
import type { Cell } from './grid.js';
import { issue } from './issue.js';
import { normalizeText } from './text.js';

const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const ZERO_MARKS = new Set(['', '-', '--', '—', '0', '0.0', '0.00']);

/** The outcome of reading an amount cell: a value, blank (no amount), or an issue. @internal */
export type AmountCell =
  { readonly kind: 'value'; readonly value: Money; readonly decimals: number } | { readonly kind: 'blank' } | { readonly kind: 'bad'; readonly issue: Issue };

/**
 * Read an amount cell in the given unit into 万元. Numeric cells are taken at Excel's 15
 * significant digits; text may use a well-formed thousands grouping ("1,234.50"). Blank, "-"
 * and zero mean no amount. Anything else (letters, exponents, "12.3.4", too many decimals,
 * negatives) is a located issue. @internal
 */
export function readAmountCell(cell: Cell | undefined, unit: MoneyUnit, path: readonly PathSegment[], locale: Locale): AmountCell {
  const raw = cell?.number ?? normalizeText(cell?.text ?? '').trim();
  if (ZERO_MARKS.has(raw)) return { kind: 'blank' };
  const text = GROUPED.test(raw) ? raw.replace(/,/g, '') : raw;
  const r = readMoney(text, { unit });
  if (r.ok) return r.value === '0' ? { kind: 'blank' } : { kind: 'value', value: r.value, decimals: r.writtenDecimals };
  const received = JSON.stringify(raw.slice(0, 40));
  const p = r.problem;
  if (p.kind === 'too_precise') return { kind: 'bad', issue: issue('amount_too_precise', path, { unit, decimals: p.decimals, max: p.max }, locale) };
  if (p.kind === 'too_large') return { kind: 'bad', issue: issue('amount_too_large', path, { digits: p.digits, max: p.max }, locale) };
  if (p.kind === 'negative') return { kind: 'bad', issue: issue('negative_amount', path, {}, locale) };
  return { kind: 'bad', issue: issue('invalid_amount', path, { received }, locale) };
}

/** Read a points/score cell: a non-negative decimal with at most 6 decimals, as a canonical string. @internal */
export function readDecimalCell(cell: Cell | undefined): string | undefined | 'bad' {
  const raw = (cell?.number ?? normalizeText(cell?.text ?? '').trim()).replace(/分$/, '');
  if (raw === '') return undefined;
  const r = readMoney(raw, { unit: '万元' });
  return r.ok ? r.value : 'bad';
}
