import { ControlKindSchema, type Management } from '../model/schema/management.js';
import type { EvaluationInput } from '../model/schema/input.js';
import { type FactRecord, bool, count, optBool, optMoney, ratio, unavailable } from './internal/factValue.js';
import { sumOf } from './internal/sum.js';
import type { FactValue } from './types.js';

/** Internal controls: one boolean per kind of 制度, and whether they are carried out. */
function controlFacts(c: Management['internalControls']): FactRecord {
  const out: FactRecord = {};
  for (const kind of ControlKindSchema.options) out[`controls.${kind}`] = bool(c.kinds.includes(kind));
  out['controls.effective'] = optBool(c.effective, 'controlsEffectiveness');
  return out;
}

/** Asset management, and the fixed-asset utilisation rate. */
const assetFacts = (a: Management['assets']): FactRecord => ({
  'assets.registeredInSystem': optBool(a.registeredInSystem, 'assetsRegistration'),
  'assets.assetCards': optBool(a.assetCards, 'assetCards'),
  'assets.dynamicManagement': optBool(a.dynamicManagement, 'dynamicManagement'),
  'assets.reconciled': optBool(a.reconciled, 'reconciliation'),
  'assets.disposalCompliant': optBool(a.disposalCompliant, 'disposals'),
  'ratio.fixedAssetUtilisation': ratio(a.fixedAssetsInUse, a.fixedAssetsTotal, { num: 'assetsInUse', den: 'fixedAssets' }),
});

/**
 * Procurement: the actual amount is the stated one, else the sum of the listed purchases, else 0
 * when none took place; the budget is the stated one, else the ledger budget's.
 */
function procurementFacts(p: Management['procurement'], ledgerBudget: string | undefined): FactRecord {
  const listed = p.items.length > 0 ? sumOf(p.items.map((i) => i.amount)).value : undefined;
  const actual = p.actual ?? listed ?? (p.occurred ? undefined : '0');
  const budget = p.budget ?? ledgerBudget;
  return {
    'procurement.occurred': bool(p.occurred),
    'procurement.actual': optMoney(actual, 'procurementActual'),
    'procurement.budget': optMoney(budget, 'procurementBudget'),
    'ratio.procurementExecution': ratio(actual, budget, { num: 'procurementActual', den: 'procurementBudget' }),
  };
}

const DAY_MS = 86_400_000;

/** The longest time from approval to publication, in days (NaN when a date cannot be read), over the items giving both. */
function longestDelay(items: Management['disclosure']['items']): FactValue {
  const delays = items.flatMap((i) =>
    i.approvedOn !== undefined && i.publishedOn !== undefined ? [Math.round((Date.parse(i.publishedOn) - Date.parse(i.approvedOn)) / DAY_MS)] : [],
  );
  return delays.length > 0 ? count(Math.max(...delays)) : unavailable('count', 'noDisclosureDates', {});
}

/** Disclosure of the budget (this year or later) and final accounts (last year or later), and supervision. */
function disclosureFacts(m: Management, fiscalYear: number): FactRecord {
  const items = m.disclosure.items;
  return {
    'disclosure.budget.published': bool(items.some((i) => i.kind === 'budget' && i.year >= fiscalYear)),
    'disclosure.finalAccounts.published': bool(items.some((i) => i.kind === 'final_accounts' && i.year >= fiscalYear - 1)),
    'disclosure.maxDelayDays': longestDelay(items),
    'supervision.violations': count(m.supervision.violations),
    'supervision.accepted': count(m.supervision.accepted.length),
  };
}

/**
 * Management facts: internal controls, assets, debt, procurement, disclosure and supervision. @internal
 */
export function managementFacts(input: EvaluationInput): FactRecord {
  const m = input.management;
  return {
    ...controlFacts(m.internalControls),
    ...assetFacts(m.assets),
    'debt.occurred': bool(m.debt.occurred),
    'debt.compliant': m.debt.occurred ? optBool(m.debt.approved, 'debtApproval') : bool(true),
    ...procurementFacts(m.procurement, input.ledger.budget?.procurement),
    ...disclosureFacts(m, input.report.fiscalYear),
  };
}
