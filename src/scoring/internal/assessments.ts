import { readMoney } from '../../model/money/money.js';
import type { Issue, Locale } from '../../shared/issues.js';
import { makeIssue } from '../../shared/makeIssue.js';
import type { IndicatorNode } from '../schema/system.js';
import type { ScoreAssessment } from '../types.js';

/**
 * Short non-negative amounts with at most 2 decimals ("0", "1", "2.5": every assessment in
 * practice) are always readable; anything else is asked of readMoney. Checked against readMoney
 * in assessments.test.ts.
 */
const SIMPLE = /^(0|[1-9][0-9]{0,8})(\.[0-9]{1,2})?$/;

/** Is this assessment number (if given) a decimal readMoney accepts? @internal */
export const isDecimal = (v: string | undefined): boolean => v === undefined || (typeof v === 'string' && SIMPLE.test(v)) || readMoney(v, { unit: '万元', allowNegative: true }).ok;

/**
 * Index assessments by the slot of their indicator id (see `CompiledSystem.manualSlots`: the ids
 * of manual leaves, numbered once per system, so a sheet holds its assessments in an array rather
 * than a map built per sheet). The first assessment of a manual leaf is used; the others, and
 * assessments of unknown or non-manual indicators or with malformed numbers, are left out with a
 * notice. `nodes` is every node of the system by id (built once per system). @internal
 */
export function indexAssessments(
  assessments: readonly ScoreAssessment[],
  nodes: ReadonlyMap<string, IndicatorNode>,
  slots: ReadonlyMap<string, number>,
  locale: Locale,
): { bySlot: (ScoreAssessment | undefined)[]; notices: Issue[] } {
  const bySlot: (ScoreAssessment | undefined)[] = new Array<ScoreAssessment | undefined>(slots.size).fill(undefined);
  const notices: Issue[] = [];
  assessments.forEach((a, i) => {
    // A slot exactly when the id's node is a manual leaf.
    const slot = slots.get(a.indicator);
    if (slot === undefined) {
      const node = nodes.get(a.indicator);
      if (!node) notices.push(makeIssue('unknown_indicator', ['assessments', i, 'indicator'], { indicator: a.indicator }, locale));
      else {
        notices.push(makeIssue('invalid_input', ['assessments', i, 'indicator'], {
          detail: locale === 'en'
            ? `indicator ${a.indicator} is not a manual leaf; the assessment is not used (it is scored from data)`
            : `指标 ${a.indicator} 不是人工评分指标，评价意见未采用（该项按数据计分）`,
        }, locale));
      }
    } else if (!isDecimal(a.score) || !isDecimal(a.deduction)) {
      notices.push(makeIssue('invalid_format', ['assessments', i], { expected: 'decimal score or deduction', received: JSON.stringify(a.score ?? a.deduction) }, locale));
    } else if (bySlot[slot] !== undefined) notices.push(makeIssue('duplicate_id', ['assessments', i, 'indicator'], { id: a.indicator }, locale));
    else bySlot[slot] = a;
  });
  return { bySlot, notices };
}
