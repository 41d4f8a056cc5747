/**
 * `jixiao`: the SDK for 部门整体支出绩效评价 (department overall expenditure performance evaluation).
 * One call, {@link evaluateDepartment}, parses a department's year, derives its facts, runs the
 * compliance rules, scores it against an indicator system and returns a plain, explained result;
 * the renderers turn that result into the published report.
 *
 * The layers are also available on their own subpaths: `jixiao/model`, `jixiao/rules`,
 * `jixiao/scoring`, `jixiao/render`.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export type { FactValue, Facts, FactType, FactDefinition, FactSetName, UnavailableCause } from './facts/index.js';
export { computeFacts, FACT_CATALOG, findFactDefinition, factInputPath } from './facts/index.js';
export { evaluateDepartment, safeEvaluateDepartment } from './evaluate.js';
export type { EvaluateOptions } from './evaluate.js';
export { evaluateMany, summarizeResults, toBatchRecord } from './evaluateMany.js';
export type { EvaluateManyEntry, EvaluateManyResult, BatchSummary, BatchRecord } from './evaluateMany.js';
export type { EvaluationResult, ReviewDifference } from './result.js';
export type { SystemChoice } from './systemChoice.js';
export { VERSION } from './version.js';
export {
  CORE_RULE_PACK,
  BUILT_IN_THRESHOLDS,
  loadRulePack,
  runRules,
  findingFacts,
  findingInputPaths,
  resolveThreshold,
  RuleSchema,
  RulePackSchema,
  OPERATORS,
} from './rules/index.js';
export type { Finding, LeafResult, Rule, RulePack, RuleReport, RuleStatus, Severity, RuleCategory, RuleRef, ThresholdSet } from './rules/index.js';
export { BUILT_IN_SYSTEMS, getBuiltInSystem, scoreSheet, validateIndicatorSystem, IndicatorSystemSchema, SCORING_METHODS, gradeFor } from './scoring/index.js';
export type { IndicatorSystem, IndicatorNode, ScoreSheet, ScoreNode, Deduction, LeafStatus } from './scoring/index.js';
export { buildReport, toMarkdown, toHtml, renderMarkdown, renderHtml } from './render/index.js';
export type { ReportView, BuildReportOptions, ToHtmlOptions } from './render/index.js';
