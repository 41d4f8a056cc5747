// Where in the input a finding's stated figure was written: a rule compares facts (e.g.
// `income.total.stated` with `income.total.computed`); the facts that are figures the report *states*
// come from one input field each. The page maps those fields to the workbook cell (cellOfPath) or shows
// the path. Derived facts (sums of lines, ratios) have no single field and are not located.
import type { EvaluationInputData, Finding, PathSegment } from 'jixiao';

type Input = EvaluationInputData & Record<string, unknown>;
type Rule = readonly [RegExp, (m: RegExpExecArray, input: Input) => PathSegment[] | undefined];

/** The index of the list item whose `field` equals `value`, as a path, or undefined. */
function itemPath(input: unknown, path: readonly PathSegment[], field: string, value: string | undefined, leaf: string): PathSegment[] | undefined {
  let cur: unknown = input;
  for (const seg of path) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[String(seg)] : undefined;
  if (!Array.isArray(cur)) return undefined;
  const i = cur.findIndex((x) => x && typeof x === 'object' && (x as Record<string, unknown>)[field] === value);
  return i < 0 ? undefined : [...path, i, leaf];
}

const STATED: readonly Rule[] = [
  [/^income\.total\.stated$/, () => ['ledger', 'income', 'total']],
  [/^income\.carriedIn$/, () => ['ledger', 'income', 'carriedIn']],
  [/^expenditure\.grandTotal\.stated$/, () => ['ledger', 'expenditure', 'grandTotal']],
  [/^expenditure\.total\.stated$/, () => ['ledger', 'expenditure', 'total']],
  [/^expenditure\.(basic|project)\.stated$/, (m) => ['ledger', 'expenditure', m[1] as string]],
  [/^expenditure\.economic\.(\w+)\.stated$/, (m, input) => itemPath(input, ['ledger', 'expenditure', 'byEconomic'], 'code', m[1], 'amount')],
  [/^expenditure\.functional\.(\w+)\.stated$/, (m, input) => itemPath(input, ['ledger', 'expenditure', 'byFunctional'], 'code', m[1], 'amount')],
  [/^threePublic\.total\.stated(Budget|Actual)$/, (m) => ['threePublicFunds', 'statedTotal', m[1] === 'Budget' ? 'budget' : 'actual']],
  [/^threePublic\.(\w+)\.(budget|actual)$/, (m) => (m[1] === 'total' ? undefined : ['threePublicFunds', m[1] as string, m[2] as string])],
  [/^staff\.authorized\.stated$/, () => ['department', 'staffing', 'authorizedTotal']],
  [/^staff\.actual\.stated$/, () => ['department', 'staffing', 'actualTotal']],
  [/^staff\.category\.(\w+)\.actual$/, (m) => ['department', 'staffing', 'actual', m[1] as string]],
  [/^statedTotal\.expenditure-projects\.total$/, () => ['ledger', 'expenditure', 'project']],
  [/^stated(?:Total|Count)\.(.+)\.total$/, (m, input) => itemPath(input, ['statedTotals'], 'id', m[1], 'total')],
];

/**
 * The input paths of the stated figures a finding compared, in the order its leaves name them.
 *
 * @param finding - A rule's finding.
 * @param input - The input evaluated.
 * @returns Paths into the input; empty when the finding is about derived values only.
 */
export function findingPaths(finding: Finding, input: EvaluationInputData): PathSegment[][] {
  const out: PathSegment[][] = [];
  const seen = new Set<string>();
  for (const leaf of finding.leaves) {
    for (const fact of [leaf.fact, leaf.expectedFact]) {
      if (fact === undefined) continue;
      for (const [pattern, toPath] of STATED) {
        const m = pattern.exec(fact);
        const path = m ? toPath(m, input as Input) : undefined;
        if (!path) continue;
        const key = path.join('\u0000');
        if (!seen.has(key)) out.push(path);
        seen.add(key);
        break;
      }
    }
  }
  return out;
}
