import type { FactValue } from '../../../src/facts/types.js';
import type { Finding, RuleReport, Severity } from '../../../src/rules/types.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const count = (n: number): FactValue => ({ status: 'ok', type: 'count', value: String(n) });

/** A failure that counts: failed, not waived, not a rounding note. */
const counts = (f: Finding): boolean => f.status === 'fail' && f.waived === undefined && f.note !== 'rounding';

/**
 * Turn a rule report into facts for scoring: `findings.failed.severity.{error|warning|info}`
 * (failed, non-waived findings by severity) and `findings.failed.tag.{tag}` (the same, counting
 * only `error` and `warning` findings, for every tag used by the rules run — 0 when none failed).
 *
 * @param report - From {@link runRules}.
 * @returns Count facts by name.
 * @example
 * ```ts
 * import { findingFacts, runRules, CORE_RULE_PACK } from 'jixiao/rules';
 * const extra = findingFacts(runRules(CORE_RULE_PACK, facts));
 * extra['findings.failed.tag.three-public']; // { status: 'ok', type: 'count', value: '0' }
 * ```
 */
export function findingFacts(report: RuleReport): Record<string, FactValue> {
  const out: Record<string, FactValue> = {};
  const failed = report.findings.filter(counts);
  for (const s of SEVERITIES) out[`findings.failed.severity.${s}`] = count(failed.filter((f) => f.severity === s).length);
  const tags = [...new Set(report.findings.flatMap((f) => f.tags))].sort();
  const serious = failed.filter((f) => f.severity === 'error' || f.severity === 'warning');
  for (const t of tags) out[`findings.failed.tag.${t}`] = count(serious.filter((f) => f.tags.includes(t)).length);
  return out;
}
