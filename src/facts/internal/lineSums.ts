import { largestAmount } from '../../model/money/arithmetic.js';
import type { LedgerLine } from '../../model/schema/ledger.js';
import { EMPTY_SUM, type Sum, addSums, sumOf } from './sum.js';

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

/** The amounts of one economic code, by nature. */
interface ByNature {
  readonly basic: string[];
  readonly project: string[];
}

const CAPITAL = '310';
const GOODS_AND_SERVICES = '302';

/** The levels of a functional code: its prefixes of 3, 5 and 7 digits. */
const levelsOf = (code: string): string[] => [3, 5, 7].filter((n) => code.length >= n).map((n) => code.slice(0, n));

/** Append `key` to `order` the first time it is met. */
function meet(order: string[], seen: Set<string>, key: string): void {
  if (seen.has(key)) return;
  seen.add(key);
  order.push(key);
}

/**
 * The amounts of the lines grouped by exact economic code, functional code and nature (a ledger
 * repeats few such combinations, so each amount is added once, into its group), and the order in
 * which the lines first name each economic class and code and each functional level.
 */
function groupLines(lines: readonly LedgerLine[]) {
  const groups = new Map<string, Map<string, ByNature>>();
  const economicOrder: string[] = [];
  const functionalOrder: string[] = [];
  const seenEconomic = new Set<string>();
  const seenFunctional = new Set<string>();
  const seenFunctionalCodes = new Set<string>();
  for (const l of lines) {
    let byFunctional = groups.get(l.economic);
    if (byFunctional === undefined) {
      byFunctional = new Map();
      groups.set(l.economic, byFunctional);
      meet(economicOrder, seenEconomic, l.economic.slice(0, 3));
      meet(economicOrder, seenEconomic, l.economic);
    }
    let group = byFunctional.get(l.functional);
    if (group === undefined) {
      group = { basic: [], project: [] };
      byFunctional.set(l.functional, group);
    }
    (l.nature === 'basic' ? group.basic : group.project).push(l.amount);
    if (!seenFunctionalCodes.has(l.functional)) {
      seenFunctionalCodes.add(l.functional);
      for (const level of levelsOf(l.functional)) meet(functionalOrder, seenFunctional, level);
    }
  }
  return { groups, economicOrder, functionalOrder };
}

/** Push `value` onto the list of `key` in `map`. */
function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The sums in `order`, each the sum of its parts in `parts` (empty when none). */
const inOrder = (order: readonly string[], parts: ReadonlyMap<string, Sum[]>): Map<string, Sum> => new Map(order.map((k) => [k, addSums(parts.get(k) ?? [])]));

/** Each key's list of sums added up. */
const addEach = (lists: ReadonlyMap<string, Sum[]>): Map<string, Sum> => new Map([...lists].map(([k, v]) => [k, addSums(v)]));

/** The largest capital line, the first of equals, starting from 0; undefined without capital lines. */
function largestCapitalLine(lines: readonly LedgerLine[]): string | undefined {
  const capital = lines.filter((l) => l.economic.slice(0, 3) === CAPITAL).map((l) => l.amount);
  return capital.length > 0 ? largestAmount(['0', ...capital]) : undefined;
}

/**
 * Sum the expenditure lines by class, code, level and nature. Each amount is added once, into the
 * group of its exact codes and nature; codes, classes and levels are then sums of those sums. @internal
 */
export function sumLines(lines: readonly LedgerLine[]): LineSums {
  const g = groupLines(lines);
  const codeBasic = new Map<string, Sum[]>();
  const codeProject = new Map<string, Sum[]>();
  const byFunctionalCode = new Map<string, Sum[]>();
  g.groups.forEach((byFunctional, code) => {
    byFunctional.forEach((group, functional) => {
      const basic = sumOf(group.basic);
      const project = sumOf(group.project);
      push(codeBasic, code, basic);
      push(codeProject, code, project);
      push(byFunctionalCode, functional, basic);
      push(byFunctionalCode, functional, project);
    });
  });
  const economicParts = new Map<string, Sum[]>();
  const classBasic = new Map<string, Sum[]>();
  const classProject = new Map<string, Sum[]>();
  addEach(codeBasic).forEach((basic, code) => {
    const project = addSums(codeProject.get(code) ?? []);
    const cls = code.slice(0, 3);
    push(classBasic, cls, basic);
    push(classProject, cls, project);
    if (code !== cls) economicParts.set(code, [basic, project]);
  });
  const basicByClass = addEach(classBasic);
  const projectByClass = addEach(classProject);
  basicByClass.forEach((basic, cls) => economicParts.set(cls, [basic, projectByClass.get(cls) ?? EMPTY_SUM]));
  const functionalParts = new Map<string, Sum[]>();
  addEach(byFunctionalCode).forEach((s, code) => {
    for (const level of levelsOf(code)) push(functionalParts, level, s);
  });
  const economic = inOrder(g.economicOrder, economicParts);
  const basic = addSums([...basicByClass.values()]);
  const project = addSums([...projectByClass.values()]);
  const publicExpenses = addSums([CAPITAL, GOODS_AND_SERVICES].map((c) => basicByClass.get(c) ?? EMPTY_SUM));
  return {
    count: lines.length,
    economic,
    functional: inOrder(g.functionalOrder, functionalParts),
    basic,
    project,
    capital: economic.get(CAPITAL) ?? EMPTY_SUM,
    publicExpenses,
    capitalMax: largestCapitalLine(lines),
  };
}
