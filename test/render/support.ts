/**
 * Builders for render tests. `fixtureResult()` evaluates the Enyang fixture with
 * `evaluateDepartment`; `handMadeResult()` wraps a parsed input with real facts and core rules
 * and a minimal score sheet (98 points, 优秀, two 1-point deductions), for tests that need to
 * control the score sheet or the findings.
 */
import { readFileSync } from 'node:fs';
import { evaluateDepartment } from '../../src/evaluate.js';
import { computeFacts } from '../../src/facts/computeFacts.js';
import { safeParseEvaluationInput } from '../../src/model/parse.js';
import type { EvaluationInput } from '../../src/model/schema/input.js';
import type { EvaluationResult } from '../../src/result.js';
import { CORE_RULE_PACK, runRules } from '../../src/rules/index.js';
import type { Finding, RuleReport } from '../../src/rules/types.js';
import type { ScoreNode, ScoreSheet } from '../../src/scoring/types.js';

export const FIXTURE_PATH = new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url);

/** The fixture as plain data (a fresh copy each call). */
export function fixtureData(): Record<string, unknown> {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Record<string, unknown>;
}

/** Parse input data or throw with the issues. */
export function parseOrThrow(data: unknown): EvaluationInput {
  const r = safeParseEvaluationInput(data);
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.issues, null, 2)}`);
  return r.value;
}

const leaf = (id: string, name: string, max: string, earned: string, explanation?: string): ScoreNode => ({
  id,
  name,
  max,
  earned,
  deducted: String(Number(max) - Number(earned)),
  method: 'manual',
  status: 'manual',
  ...(explanation ? { explanation } : {}),
});

const group = (id: string, name: string, children: ScoreNode[]): ScoreNode => {
  const max = children.reduce((a, c) => a + Number(c.max), 0);
  const earned = children.reduce((a, c) => a + Number(c.earned), 0);
  return { id, name, max: String(max), earned: String(earned), deducted: String(max - earned), children };
};

/** A minimal score sheet shaped like the reference report's result. */
export function minimalScoreSheet(): ScoreSheet {
  const root = [
    group('decision', '部门决策', [leaf('decision.goals', '绩效目标', '10', '10'), leaf('decision.budgeting', '预算编制', '10', '10')]),
    group('management', '部门管理', [
      group('management.performance', '预算绩效管理', [
        leaf('management.performance.publicity-training', '部门对绩效评价工作开展的宣传培训', '2', '1', '部门对绩效评价工作开展的宣传培训扣1分'),
        leaf('management.performance.evaluation-quality', '部门绩效评价质量情况', '3', '2', '部门绩效评价质量情况扣1分'),
      ]),
      leaf('management.finance', '财务管理', '25', '25'),
    ]),
    group('performance', '部门绩效', [leaf('performance.duties', '职责履行', '30', '30'), leaf('performance.satisfaction', '满意度', '20', '20')]),
  ];
  return {
    systemId: 'test-minimal',
    systemVersion: '0',
    systemName: '测试用最小指标体系',
    total: '98',
    max: '100',
    grade: { label: '优秀', min: '90', assumed: true },
    root,
    deductions: [
      {
        indicatorId: 'management.performance.publicity-training',
        name: '部门对绩效评价工作开展的宣传培训',
        path: ['部门管理', '预算绩效管理', '部门对绩效评价工作开展的宣传培训'],
        points: '1',
        reason: '部门对绩效评价工作开展的宣传培训扣1分',
      },
      {
        indicatorId: 'management.performance.evaluation-quality',
        name: '部门绩效评价质量情况',
        path: ['部门管理', '预算绩效管理', '部门绩效评价质量情况'],
        points: '1',
        reason: '部门绩效评价质量情况扣1分',
      },
    ],
  };
}

/** The summary of a list of findings, as the rule engine counts it. */
function summarize(findings: readonly Finding[]): RuleReport['summary'] {
  const n = (p: (f: Finding) => boolean): number => findings.filter(p).length;
  return {
    pass: n((f) => f.status === 'pass'),
    fail: n((f) => f.status === 'fail' && !f.waived),
    notApplicable: n((f) => f.status === 'not_applicable'),
    error: n((f) => f.status === 'error'),
    waived: n((f) => f.waived !== undefined),
    rounding: n((f) => f.note === 'rounding'),
    suspect: n((f) => f.note === 'suspect'),
  };
}

/** A hand-made result around a parsed input: real facts and core rules, the minimal score sheet. */
export function handMadeResult(input: EvaluationInput, overrides: { findings?: readonly Finding[]; score?: ScoreSheet } = {}): EvaluationResult {
  const facts = computeFacts(input);
  const rules: RuleReport = runRules(CORE_RULE_PACK, facts, {
    locale: 'zh-CN',
    waivers: input.waivers,
    department: input.department,
    fiscalYear: input.report.fiscalYear,
  });
  return {
    resultVersion: 1,
    libraryVersion: '0.0.0-test',
    locale: 'zh-CN',
    input,
    facts,
    rules: overrides.findings ? { ...rules, findings: overrides.findings, summary: summarize(overrides.findings) } : rules,
    score: overrides.score ?? minimalScoreSheet(),
    notices: [],
  };
}

/** The Enyang fixture evaluated by `evaluateDepartment` (built-in system and core rules), as of its publication date. */
export async function fixtureResult(data: unknown = fixtureData()): Promise<EvaluationResult> {
  return evaluateDepartment(data, { asOf: '2023-06-14' });
}
