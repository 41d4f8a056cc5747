import { readMoney } from '../../model/money/money.js';
import type { Issue, Locale } from '../../shared/issues.js';
import { makeIssue } from '../../shared/makeIssue.js';
import { SCORING_MESSAGES } from '../../shared/messages/scoring.js';
import { type IndicatorNode, isLeaf } from '../schema/system.js';
import type { ScoreAssessment } from '../types.js';

/** Is this assessment number (if given) a decimal? @internal */
const isDecimal = (v: string | undefined): boolean => v === undefined || readMoney(v, { unit: '万元', allowNegative: true }).ok;

/**
 * Index assessments by the id of their manual leaf. The first assessment of a manual leaf is used;
 * the others, and assessments of unknown or non-manual indicators or with malformed numbers, are
 * left out with a notice. `nodes`: the system's nodes by id, indexed when it was prepared. @internal
 */
export function indexAssessments(
  assessments: readonly ScoreAssessment[],
  nodes: ReadonlyMap<string, IndicatorNode>,
  locale: Locale,
): { byId: Map<string, ScoreAssessment>; notices: Issue[] } {
  const byId = new Map<string, ScoreAssessment>();
  const notices: Issue[] = [];
  assessments.forEach((a, i) => {
    const node = nodes.get(a.indicator);
    const at = ['assessments', i, 'indicator'];
    if (!node) notices.push(makeIssue('unknown_indicator', at, { indicator: a.indicator }, locale));
    else if (!isLeaf(node) || node.method !== 'manual')
      notices.push(makeIssue('invalid_input', at, { detail: SCORING_MESSAGES[locale].notManual(a.indicator) }, locale));
    else if (!isDecimal(a.score) || !isDecimal(a.deduction)) {
      notices.push(
        makeIssue('invalid_format', ['assessments', i], { expected: 'decimal score or deduction', received: JSON.stringify(a.score ?? a.deduction) }, locale),
      );
    } else if (byId.has(a.indicator)) notices.push(makeIssue('duplicate_id', at, { id: a.indicator }, locale));
    else byId.set(a.indicator, a);
  });
  return { byId, notices };
}
