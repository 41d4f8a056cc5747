import { factInputPath } from '../facts/inputPath.js';
import type { EvaluationInput, EvaluationInputData } from '../model/schema/input.js';
import type { PathSegment } from '../shared/issues.js';
import type { Finding } from './types.js';

/**
 * The input fields of the stated figures a finding compared — where the department typed the
 * number a failed check is about, to show the finding at that field or workbook cell. In the order
 * its leaves name them (each leaf's `fact`, then its `expectedFact`), each path once; empty when the
 * finding compares derived values only (sums of lines, ratios). Each path comes from
 * {@link factInputPath}; the input is only read.
 *
 * @param finding - A finding of `runRules` or `evaluateDepartment(...).rules`.
 * @param input - The input evaluated (e.g. `result.input`).
 * @returns Paths into `input`.
 * @example
 * ```ts
 * import { evaluateDepartment, findingInputPaths } from 'jixiao';
 * const result = evaluateDepartment(data);
 * for (const f of result.rules.findings.filter((f) => f.status === 'fail')) {
 *   findingInputPaths(f, result.input); // e.g. [['ledger', 'income', 'total']]
 * }
 * ```
 */
export function findingInputPaths(finding: Finding, input: EvaluationInputData | EvaluationInput): PathSegment[][] {
  const out: PathSegment[][] = [];
  const seen = new Set<string>();
  for (const leaf of finding.leaves) {
    for (const fact of [leaf.fact, leaf.expectedFact]) {
      if (fact === undefined) continue;
      const path = factInputPath(fact, input);
      if (path === undefined) continue;
      const key = JSON.stringify(path);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(path);
    }
  }
  return out;
}
