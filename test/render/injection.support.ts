/** A result whose every free-text field carries markup and Markdown payloads. */
import type { EvaluationResult } from '../../src/result.js';
import type { Finding } from '../../src/rules/types.js';
import { fixtureData, handMadeResult, minimalScoreSheet, parseOrThrow } from './support.js';

/** Payloads: script and event-handler markup, quotes and ampersands, table pipes, backticks, a leading `#`. */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  `"quoted" 'single' & &amp; &lt;`,
  'a | b | c',
  '`code` and ```fence',
  '# not a heading',
  '*not emphasis* _nor this_ [link](http://example.com) <http://example.com>',
] as const;

const joined = PAYLOADS.join(' ');

/** The fixture with payloads in names, narrative, a deduction reason and a finding. */
export async function injectionResult(): Promise<EvaluationResult> {
  const data = fixtureData() as Record<string, any>;
  data.report.title = `${PAYLOADS[0]} 报告 ${PAYLOADS[5]}`;
  data.department.name = `${PAYLOADS[1]}局`;
  data.department.shortName = PAYLOADS[2];
  data.department.internalUnits = [PAYLOADS[3], PAYLOADS[4], PAYLOADS[5]];
  data.department.functions = joined;
  data.report.conclusion = PAYLOADS[6];
  data.performance.sections[0].title = PAYLOADS[5];
  data.performance.sections[0].paragraphs = [...PAYLOADS];
  data.problems = [...PAYLOADS];
  data.ledger.expenditure.lines[0].label = PAYLOADS[3];
  const input = parseOrThrow(data);
  const score = minimalScoreSheet();
  const root = score.root.map((n, i) => (i === 0 ? { ...n, name: PAYLOADS[1] } : n));
  const mgmt = root[1];
  const withReason = mgmt?.children?.[0]?.children?.map((l) => ({ ...l, explanation: joined }));
  const patched =
    mgmt && withReason
      ? [root[0]!, { ...mgmt, children: [{ ...mgmt.children![0]!, children: withReason }, ...mgmt.children!.slice(1)] }, ...root.slice(2)]
      : root;
  const deductions = score.deductions.map((d) => ({ ...d, name: PAYLOADS[3], reason: joined }));
  const finding: Finding = {
    ruleId: 'test.injection',
    key: PAYLOADS[3],
    title: PAYLOADS[0],
    severity: 'error',
    category: 'compliance',
    status: 'fail',
    message: joined,
    leaves: [{ fact: 'income.total.stated', op: 'eq', actual: PAYLOADS[2], expected: PAYLOADS[4], passed: false, reason: PAYLOADS[1] }],
    refs: [{ doc: PAYLOADS[5], article: PAYLOADS[3] }],
    tags: [],
    waived: { reason: PAYLOADS[6] },
  };
  return handMadeResult(input, { findings: [finding], score: { ...score, root: patched, deductions, systemName: PAYLOADS[0] } });
}
