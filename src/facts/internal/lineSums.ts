import { largestAmount, sumsByKey } from '../../model/money/arithmetic.js';
import type { LedgerLine } from '../../model/schema/ledger.js';
import { EMPTY_SUM, type Sum } from './sum.js';

/**
 * What the expenditure lines add up to: a line counts toward its economic class (the first three
 * digits) and code, and toward each level (类, 款, 项) of its functional code. @internal
 */
export interface LineSums {
  /** The number of lines. */
  readonly count: number;
  /** Economic classes and codes, in the order the lines first name them (a class before its code). */
  readonly economic: ReadonlyMap<string, Sum>;
  /** Functional levels, in the order the lines first name them (类, then 款, then 项). */
  readonly functional: ReadonlyMap<string, Sum>;
  readonly basic: Sum;
  readonly project: Sum;
  /** Class 310 (capital spending). */
  readonly capital: Sum;
  /** Basic-nature lines of classes 302 and 310. */
  readonly publicExpenses: Sum;
  /** The largest capital line (from 0), undefined without capital lines. */
  readonly capitalMax: string | undefined;
}

const CAPITAL = '310';
const GOODS_AND_SERVICES = '302';

/** Key prefixes of the sums of one pass over the lines: economic class or code, functional level. */
const ECONOMIC = 'e:';
const FUNCTIONAL = 'f:';
const BASIC = 'basic';
const PROJECT = 'project';
const PUBLIC_EXPENSES = 'public';

/** The amounts of the lines of one exact economic code, functional code and nature. */
interface Group {
  readonly economic: string;
  readonly functional: string;
  readonly nature: LedgerLine['nature'];
  readonly amounts: string[];
}

/**
 * The lines grouped by exact economic code, functional code and nature (a ledger repeats few such
 * combinations, so each amount is added once, into its group), in the order the lines first name
 * each group: a key's first group is then its first line's.
 */
function groupLines(lines: readonly LedgerLine[]): Group[] {
  const index = new Map<string, Map<string, { basic?: Group; project?: Group }>>();
  const groups: Group[] = [];
  for (const l of lines) {
    let byFunctional = index.get(l.economic);
    if (byFunctional === undefined) {
      byFunctional = new Map();
      index.set(l.economic, byFunctional);
    }
    let byNature = byFunctional.get(l.functional);
    if (byNature === undefined) {
      byNature = {};
      byFunctional.set(l.functional, byNature);
    }
    let group = byNature[l.nature];
    if (group === undefined) {
      group = { economic: l.economic, functional: l.functional, nature: l.nature, amounts: [] };
      byNature[l.nature] = group;
      groups.push(group);
    }
    group.amounts.push(l.amount);
  }
  return groups;
}

/**
 * The sums a group counts toward: its economic class, then its code (when longer), its functional
 * levels (类, 款, 项), its nature, and the public expenses when it is basic spending of 302 or 310.
 */
function keysOf(g: Group): string[] {
  const cls = g.economic.slice(0, 3);
  const keys = [ECONOMIC + cls];
  if (g.economic !== cls) keys.push(ECONOMIC + g.economic);
  // the functional levels: the code's prefixes of 3, 5 and 7 digits (pushed one by one, not
  // filtered and mapped from a list of lengths per group)
  const f = g.functional;
  if (f.length >= 3) keys.push(FUNCTIONAL + f.slice(0, 3));
  if (f.length >= 5) keys.push(FUNCTIONAL + f.slice(0, 5));
  if (f.length >= 7) keys.push(FUNCTIONAL + f.slice(0, 7));
  keys.push(g.nature === 'basic' ? BASIC : PROJECT);
  if (g.nature === 'basic' && (cls === CAPITAL || cls === GOODS_AND_SERVICES)) keys.push(PUBLIC_EXPENSES);
  return keys;
}

/** The sums whose keys start with `prefix`, keyed without it, in the order the lines first name them. */
function withPrefix(sums: ReadonlyMap<string, Sum>, prefix: string): Map<string, Sum> {
  const out = new Map<string, Sum>();
  sums.forEach((s, key) => {
    if (key.startsWith(prefix)) out.set(key.slice(prefix.length), s);
  });
  return out;
}

/** The largest capital line, the first of equals, starting from 0; undefined without capital lines. */
function largestCapitalLine(lines: readonly LedgerLine[]): string | undefined {
  const capital = lines.filter((l) => l.economic.slice(0, 3) === CAPITAL).map((l) => l.amount);
  return capital.length > 0 ? largestAmount(['0', ...capital]) : undefined;
}

/**
 * Sum the expenditure lines by class, code, level and nature: each amount is added once, into the
 * group of its exact codes and nature; each group's exact sum is added into every sum it counts
 * toward, and each sum is printed once (model/money's sumsByKey).
 * @internal
 */
export function sumLines(lines: readonly LedgerLine[]): LineSums {
  const sums = sumsByKey(groupLines(lines), (g) => g.amounts, keysOf);
  const economic = withPrefix(sums, ECONOMIC);
  return {
    count: lines.length,
    economic,
    functional: withPrefix(sums, FUNCTIONAL),
    basic: sums.get(BASIC) ?? EMPTY_SUM,
    project: sums.get(PROJECT) ?? EMPTY_SUM,
    capital: economic.get(CAPITAL) ?? EMPTY_SUM,
    publicExpenses: sums.get(PUBLIC_EXPENSES) ?? EMPTY_SUM,
    capitalMax: largestCapitalLine(lines),
  };
}
