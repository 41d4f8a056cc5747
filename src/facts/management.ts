import { ControlKindSchema, type Management } from '../model/schema/management.js';
import type { EvaluationInput } from '../model/schema/input.js';
import { enteredBool, enteredCount, notEntered } from './internal/absent.js';
import { type FactRecord, bool, count, missingMoney, optMoney, ratio, ratioTerms, unavailable } from './internal/factValue.js';
import { sumOf } from './internal/sum.js';
import type { FactValue } from './types.js';

/** Unavailable facts whose reason names nothing in the input: built once, at load, shared (frozen) by every result. */
const NO_DISCLOSURE_DATES = unavailable('count', 'noDisclosureDates', {});

/**
 * The fact name of each kind of 制度, built once at load from the schema's fixed list (a call does
 * not build them again).
 */
const CONTROL_NAMES: readonly (readonly [kind: (typeof ControlKindSchema.options)[number], name: string])[] = ControlKindSchema.options.map(
  (kind) => [kind, `controls.${kind}`] as const,
);

/** Internal controls: one boolean per kind of 制度 (the kinds listed), and whether they are carried out. */
function controlFacts(c: Management['internalControls'], facts: FactRecord): void {
  for (const [kind, name] of CONTROL_NAMES) facts[name] = c ? bool(c.kinds.includes(kind)) : notEntered('boolean', 'management.internalControls.kinds');
  facts['controls.effective'] = enteredBool(c?.effective, 'management.internalControls.effective');
}

const FIXED_ASSET_UTILISATION = ratioTerms('assetsInUse', 'fixedAssets');
const PROCUREMENT_EXECUTION = ratioTerms('procurementActual', 'procurementBudget');
const NO_PROCUREMENT_ACTUAL = missingMoney('procurementActual');
const NO_PROCUREMENT_BUDGET = missingMoney('procurementBudget');

/** Asset management, and the fixed-asset utilisation rate. */
function assetFacts(a: Management['assets'], facts: FactRecord): void {
  facts['assets.registeredInSystem'] = enteredBool(a?.registeredInSystem, 'management.assets.registeredInSystem');
  facts['assets.assetCards'] = enteredBool(a?.assetCards, 'management.assets.assetCards');
  facts['assets.dynamicManagement'] = enteredBool(a?.dynamicManagement, 'management.assets.dynamicManagement');
  facts['assets.reconciled'] = enteredBool(a?.reconciled, 'management.assets.reconciled');
  facts['assets.disposalCompliant'] = enteredBool(a?.disposalCompliant, 'management.assets.disposalCompliant');
  facts['ratio.fixedAssetUtilisation'] =
    a?.fixedAssetsInUse === undefined
      ? notEntered('ratio', 'management.assets.fixedAssetsInUse')
      : a.fixedAssetsTotal === undefined
        ? notEntered('ratio', 'management.assets.fixedAssetsTotal')
        : ratio(a.fixedAssetsInUse, a.fixedAssetsTotal, FIXED_ASSET_UTILISATION);
}

/**
 * Procurement: the actual amount is the stated one, else the sum of the listed purchases, else 0
 * when the report states none took place (`occurred: false`); the budget is the stated one, else
 * the ledger budget's. When the report says nothing (`occurred` left out), nothing is assumed.
 */
function procurementFacts(p: Management['procurement'], ledgerBudget: string | undefined, facts: FactRecord): void {
  const listed = p !== undefined && p.items.length > 0 ? sumOf(p.items.map((i) => i.amount)).value : undefined;
  const actual = p?.actual ?? listed ?? (p?.occurred === false ? '0' : undefined);
  const budget = p?.budget ?? ledgerBudget;
  facts['procurement.occurred'] = enteredBool(p?.occurred, 'management.procurement.occurred');
  facts['procurement.actual'] = optMoney(actual, NO_PROCUREMENT_ACTUAL);
  facts['procurement.budget'] = optMoney(budget, NO_PROCUREMENT_BUDGET);
  facts['ratio.procurementExecution'] = ratio(actual, budget, PROCUREMENT_EXECUTION);
}

const DAY_MS = 86_400_000;

/** The longest time from approval to publication, in days (NaN when a date cannot be read), over the items giving both. */
function longestDelay(items: NonNullable<Management['disclosure']>['items']): FactValue {
  const delays = items.flatMap((i) =>
    i.approvedOn !== undefined && i.publishedOn !== undefined ? [Math.round((Date.parse(i.publishedOn) - Date.parse(i.approvedOn)) / DAY_MS)] : [],
  );
  return delays.length > 0 ? count(Math.max(...delays)) : NO_DISCLOSURE_DATES;
}

const ITEMS = 'management.disclosure.items';

/** Disclosure of the budget (this year or later) and final accounts (last year or later), and supervision. */
function disclosureFacts(m: Management, fiscalYear: number, facts: FactRecord): void {
  const items = m.disclosure?.items;
  facts['disclosure.budget.published'] = items ? bool(items.some((i) => i.kind === 'budget' && i.year >= fiscalYear)) : notEntered('boolean', ITEMS);
  facts['disclosure.finalAccounts.published'] = items
    ? bool(items.some((i) => i.kind === 'final_accounts' && i.year >= fiscalYear - 1))
    : notEntered('boolean', ITEMS);
  facts['disclosure.maxDelayDays'] = items ? longestDelay(items) : notEntered('count', ITEMS);
  facts['supervision.violations'] = enteredCount(m.supervision?.violations, 'management.supervision.violations');
  facts['supervision.accepted'] = m.supervision ? count(m.supervision.accepted.length) : notEntered('count', 'management.supervision.accepted');
}

/**
 * Management facts, written into `facts` (field paths spelled out: no path string is built per
 * call): internal controls, assets, debt, procurement, disclosure and supervision. An answer the
 * input leaves out makes its facts unavailable, naming the field (e.g. "未填写
 * management.debt.occurred"), so the rules and indicators that need it do not apply. @internal
 */
export function managementFacts(input: EvaluationInput, facts: FactRecord): void {
  const m = input.management;
  controlFacts(m.internalControls, facts);
  assetFacts(m.assets, facts);
  facts['debt.occurred'] = enteredBool(m.debt?.occurred, 'management.debt.occurred');
  facts['debt.compliant'] =
    m.debt?.occurred === undefined
      ? notEntered('boolean', 'management.debt.occurred')
      : m.debt.occurred
        ? enteredBool(m.debt.approved, 'management.debt.approved')
        : bool(true);
  procurementFacts(m.procurement, input.ledger.budget?.procurement, facts);
  disclosureFacts(m, input.report.fiscalYear, facts);
}
