import { readMoney } from '../../../../src/model/money/money.js';
import type { Issue, Locale } from '../../../../src/shared/issues.js';
import { makeIssue } from '../../../../src/shared/makeIssue.js';
import { type IndicatorNode, isLeaf } from '../../../../src/scoring/schema/system.js';
import type { ScoreAssessment } from '../../../../src/scoring/types.js';
import { t } from './present.js';

function leaves(nodes: readonly IndicatorNode[], out: Map<string, IndicatorNode> = new Map()): Map<string, IndicatorNode> {
  for (const n of nodes) {
    out.set(n.id, n);
    if (!isLeaf(n)) leaves(n.children ?? [], out);
  }
  return out;
}

const isDecimal = (v: string | undefined): boolean => v === undefined || readMoney(v, { unit: '万元', allowNegative: true }).ok;

/**
 * Index assessments by indicator id. The first assessment of a manual leaf is used; the others,
 * and assessments of unknown or non-manual indicators or with malformed numbers, are left out
 * with a notice. @internal
 */
export function indexAssessments(
  assessments: readonly ScoreAssessment[],
  roots: readonly IndicatorNode[],
  locale: Locale,
): { byId: Map<string, ScoreAssessment>; notices: Issue[] } {
  const nodes = leaves(roots);
  const byId = new Map<string, ScoreAssessment>();
  const notices: Issue[] = [];
  assessments.forEach((a, i) => {
    const node = nodes.get(a.indicator);
    const at = ['assessments', i];
    if (!node) notices.push(makeIssue('unknown_indicator', [...at, 'indicator'], { indicator: a.indicator }, locale));
    else if (!isLeaf(node) || node.method !== 'manual') {
      notices.push(makeIssue('invalid_input', [...at, 'indicator'], {
        detail: t(locale, `指标 ${a.indicator} 不是人工评分指标，评价意见未采用（该项按数据计分）`, `indicator ${a.indicator} is not a manual leaf; the assessment is not used (it is scored from data)`),
      }, locale));
    } else if (!isDecimal(a.score) || !isDecimal(a.deduction)) {
      notices.push(makeIssue('invalid_format', at, { expected: 'decimal score or deduction', received: JSON.stringify(a.score ?? a.deduction) }, locale));
    } else if (byId.has(a.indicator)) notices.push(makeIssue('duplicate_id', [...at, 'indicator'], { id: a.indicator }, locale));
    else byId.set(a.indicator, a);
  });
  return { byId, notices };
}
