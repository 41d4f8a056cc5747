import type { FactValue } from '../facts/types.js';
import type { Finding, RuleReport } from './types.js';

const count = (n: number): FactValue => ({ status: 'ok', type: 'count', value: String(n) });

/** A failure that counts: failed, not waived, not a rounding note. */
const counts = (f: Finding): boolean => f.status === 'fail' && f.waived === undefined && f.note !== 'rounding';

/** Whether `tags[i]` is its first occurrence in `tags` (SameValueZero, as `includes` compares). */
function firstAt(tags: readonly string[], i: number): boolean {
  const t = tags[i];
  for (let j = 0; j < i; j++) if (tags[j] === t || (tags[j] !== tags[j] && t !== t)) return false;
  return true;
}

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
  // One pass over the findings: failures by severity, and for every tag used (in first-seen
  // order, sorted below) the serious failures carrying it.
  let error = 0;
  let warning = 0;
  let info = 0;
  const byTag = new Map<string, number>();
  for (const f of report.findings) {
    const failed = counts(f);
    if (failed) {
      if (f.severity === 'error') error += 1;
      else if (f.severity === 'warning') warning += 1;
      else if (f.severity === 'info') info += 1;
    }
    const serious = failed && (f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
    const tags = f.tags;
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i] as string;
      // A tag listed twice on one finding still counts that finding once.
      const once = serious === 1 && firstAt(tags, i) ? 1 : 0;
      byTag.set(t, (byTag.get(t) ?? 0) + once);
    }
  }
  const out: Record<string, FactValue> = {};
  out['findings.failed.severity.error'] = count(error);
  out['findings.failed.severity.warning'] = count(warning);
  out['findings.failed.severity.info'] = count(info);
  for (const t of [...byTag.keys()].sort()) out[`findings.failed.tag.${t}`] = count(byTag.get(t) as number);
  return out;
}
