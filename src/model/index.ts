/**
 * `jixiao/model`: money, the zod schemas of an evaluation input, classification catalogs,
 * and parsing with located, localised issues.
 *
 * @packageDocumentation
 */
export type { Money, MoneyUnit, MoneyProblem, ReadMoneyOptions, ReadMoneyResult } from './money/money.js';
export {
  MONEY_UNITS,
  MAX_DECIMALS,
  MAX_INTEGER_DIGITS,
  readMoney,
  parseMoney,
  addMoney,
  subtractMoney,
  compareMoney,
  formatMoney,
  allocateMoney,
} from './money/money.js';
export type { RoundingMode } from './money/decimal.js';
export type { CatalogEntry, Provenance, Reliability } from './catalog/types.js';
export type { CatalogKind } from './catalog/lookup.js';
export { FUNCTIONAL_CATALOG } from './catalog/functional.js';
export { ECONOMIC_CATALOG, GOVERNMENT_ECONOMIC_MAPPING } from './catalog/economic.js';
export { lookupCode, codeName, classOf, CODE_SHAPES } from './catalog/lookup.js';
export { EvaluationInputSchema, ReportMetaSchema, EvaluationModeSchema, WaiverSchema } from './schema/input.js';
export type { EvaluationInput, EvaluationInputData, ReportMeta, Waiver } from './schema/input.js';
export { DepartmentSchema, StaffingSchema, AuthorizedStaffSchema, ActualStaffSchema, GovernmentLevelSchema, UnitKindSchema } from './schema/department.js';
export type { Department, Staffing } from './schema/department.js';
export type { Ledger, LedgerLine } from './schema/ledger.js';
export type { StatedTotal } from './schema/statedTotals.js';
export { IncomeKindSchema, NatureSchema } from './schema/ledger.js';
export type { ThreePublicFunds, ThreePublicItem } from './schema/threePublicFunds.js';
export { THREE_PUBLIC_ITEMS, THREE_PUBLIC_CODES, THREE_PUBLIC_NAMES } from './schema/threePublicFunds.js';
export type { Management } from './schema/management.js';
export { ControlKindSchema } from './schema/management.js';
export { TaskSchema, OutputSchema, PerformanceSchema, AssessmentSchema, ClaimedSchema } from './schema/performance.js';
export type { Performance, Assessment, Claimed } from './schema/performance.js';
export { safeParseEvaluationInput, parseEvaluationInput } from './parse.js';
export type { ParseOptions } from './parse.js';
export { readDataText, MAX_TEXT_LENGTH } from './text.js';
export type { TextFormat } from './text.js';
export { INPUT_LIMITS } from '../shared/scan.js';
export type { Issue, Issues, IssueCode, Locale, PathSegment, Result } from '../shared/issues.js';
export { ISSUE_CODES, JixiaoError, formatPath, groupIssuesByPath, summarizeIssues } from '../shared/issues.js';
