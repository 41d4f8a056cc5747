/**
 * `jixiao/rules`: compliance rules as JSON data, Decimal-aware operators, versioned thresholds,
 * and `runRules`, which answers "do the numbers hold together, and do they obey the rules?" with
 * every answer explained.
 *
 * @packageDocumentation
 */
export type { Finding, LeafResult, RuleCategory, RuleRef, RuleReport, RuleStatus, Severity } from './types.js';
export type { Condition, ContextFact, Leaf, LocalizedText, Operand, Rule, RulePack, Scalar } from './schema.js';
export { ConditionSchema, RulePackSchema, RuleSchema } from './schema.js';
export type { Operator, OperatorSpec, OperandShape } from './operators.js';
export { OPERATORS } from './operators.js';
export type { LoadRulePackOptions } from './loadRulePack.js';
export { loadRulePack } from './loadRulePack.js';
export type { RuleWaiver, RunRulesOptions } from './runRules.js';
export { runRules } from './runRules.js';
export { findingFacts } from './findingFacts.js';
export { findingInputPaths } from './findingInputPaths.js';
export { CORE_RULE_PACK } from './packs/core.js';
export type { ThresholdKey, ThresholdKeySpec, ThresholdSet, ThresholdType } from './thresholds.js';
export { THRESHOLD_KEYS, ThresholdSetSchema } from './thresholds.js';
export { BUILT_IN_THRESHOLDS } from './builtInThresholds.js';
export type { ResolveThresholdOptions, ThresholdResolution, ThresholdScope } from './resolveThreshold.js';
export { resolveThreshold } from './resolveThreshold.js';
