/**
 * `jixiao/scoring`: indicator systems (评价指标体系) as data, the scoring methods of real 评分标准,
 * `scoreSheet` (earned points, 扣分原因 and derivation per leaf, exact totals, grade) and the
 * built-in systems `enyang-2023` and `mof-2013`.
 *
 * @packageDocumentation
 */
export { scoreSheet, safeScoreSheet } from './scoreSheet.js';
export type { ScoreOptions } from './scoreSheet.js';
export { validateIndicatorSystem } from './validateIndicatorSystem.js';
export type { ValidateSystemOptions } from './validateIndicatorSystem.js';
export { gradeFor } from './gradeFor.js';
export { BUILT_IN_SYSTEMS, getBuiltInSystem } from './builtIn/index.js';
export {
  IndicatorSystemSchema,
  IndicatorSystemMetaSchema,
  IndicatorGroupSchema,
  IndicatorNodeSchema,
  GradeBandSchema,
  SystemScopeSchema,
} from './schema/system.js';
export type {
  IndicatorSystem,
  IndicatorSystemInput,
  IndicatorNode,
  IndicatorNodeInput,
  IndicatorGroup,
  IndicatorGroupInput,
  GradeBand,
  SystemScope,
} from './schema/system.js';
export {
  SCORING_METHODS,
  IndicatorLeafSchema,
  LinearLeafSchema,
  BandSchema,
  BandsLeafSchema,
  RatioLeafSchema,
  ChecklistItemSchema,
  ChecklistLeafSchema,
  PerViolationLeafSchema,
  CategoryCaseSchema,
  CategoricalLeafSchema,
  ManualLeafSchema,
} from './schema/methods.js';
export type {
  ScoringMethod,
  IndicatorLeaf,
  IndicatorLeafInput,
  LinearLeaf,
  BandsLeaf,
  Band,
  RatioLeaf,
  ChecklistLeaf,
  PerViolationLeaf,
  CategoricalLeaf,
  ManualLeaf,
} from './schema/methods.js';
export {
  ReliabilitySchema,
  IndicatorProvenanceSchema,
  UnavailablePolicySchema,
  MetricDetailSchema,
  ZeroOutcomeSchema,
  ZeroPolicySchema,
  DEFAULT_ZERO_POLICY,
  OverrunPartSchema,
} from './schema/common.js';
export type { IndicatorProvenance, MetricDetail, Reliability, UnavailablePolicy, ZeroOutcome, ZeroPolicy, OverrunPart } from './schema/common.js';
export type { ScoreSheet, ScoreNode, Deduction, LeafStatus, ScoreAssessment } from './types.js';
