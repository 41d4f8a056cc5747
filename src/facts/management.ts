import { ControlKindSchema, type Management } from '../model/schema/management.js';
import type { EvaluationInput } from '../model/schema/input.js';
import { enteredBool, enteredCount, notEntered } from './internal/absent.js';
import { type FactRecord, bool, count, optMoney, ratio, unavailable } from './internal/factValue.js';
import { sumOf } from './internal/sum.js';
import type { FactValue } from './types.js';

const M = 'management';

/** Internal controls: one boolean per kind of 制度 (the kinds listed), and whether they are carried out. */
function controlFacts(c: Management['internalControls']): FactRecord {
  const out: FactRecord = {};
  for (const kind of ControlKindSchema.options)
    out[`controls.${kind}`] = c ? bool(c.kinds.includes(kind)) : notEntered('boolean', `${M}.internalControls.kinds`);
  out['controls.effective'] = enteredBool(c?.effective, `${M}.internalControls.effective`);
  return out;
}

/** Asset management, and the fixed-asset utilisation rate. */
const assetFacts = (a: Management['assets']): FactRecord => ({
  'assets.registeredInSystem': enteredBool(a?.registeredInSystem, `${M}.assets.registeredInSystem`),
  'assets.assetCards': enteredBool(a?.assetCards, `${M}.assets.assetCards`),
  'assets.dynamicManagement': enteredBool(a?.dynamicManagement, `${M}.assets.dynamicManagement`),
  'assets.reconciled': enteredBool(a?.reconciled, `${M}.assets.reconciled`),
  'assets.disposalCompliant': enteredBool(a?.disposalCompliant, `${M}.assets.disposalCompliant`),
  'ratio.fixedAssetUtilisation':
    a?.fixedAssetsInUse === undefined
      ? notEntered('ratio', `${M}.assets.fixedAssetsInUse`)
      : a.fixedAssetsTotal === undefined
        ? notEntered('ratio', `${M}.assets.fixedAssetsTotal`)
        : ratio(a.fixedAssetsInUse, a.fixedAssetsTotal, { num: 'assetsInUse', den: 'fixedAssets' }),
});

/**
 * Procurement: the actual amount is the stated one, else the sum of the listed purchases, else 0
 * when the report states none took place (`occurred: false`); the budget is the stated one, else
 * the ledger budget's. When the report says nothing (`occurred` left out), nothing is assumed.
 */
function procurementFacts(p: Management['procurement'], ledgerBudget: string | undefined): FactRecord {
  const listed = p !== undefined && p.items.length > 0 ? sumOf(p.items.map((i) => i.amount)).value : undefined;
  const actual = p?.actual ?? listed ?? (p?.occurred === false ? '0' : undefined);
  const budget = p?.budget ?? ledgerBudget;
  return {
    'procurement.occurred': enteredBool(p?.occurred, `${M}.procurement.occurred`),
    'procurement.actual': optMoney(actual, 'procurementActual'),
    'procurement.budget': optMoney(budget, 'procurementBudget'),
    'ratio.procurementExecution': ratio(actual, budget, { num: 'procurementActual', den: 'procurementBudget' }),
  };
}

const DAY_MS = 86_400_000;

/** The longest time from approval to publication, in days (NaN when a date cannot be read), over the items giving both. */
function longestDelay(items: NonNullable<Management['disclosure']>['items']): FactValue {
  const delays = items.flatMap((i) =>
    i.approvedOn !== undefined && i.publishedOn !== undefined ? [Math.round((Date.parse(i.publishedOn) - Date.parse(i.approvedOn)) / DAY_MS)] : [],
  );
  return delays.length > 0 ? count(Math.max(...delays)) : unavailable('count', 'noDisclosureDates', {});
}

/** Disclosure of the budget (this year or later) and final accounts (last year or later), and supervision. */
function disclosureFacts(m: Management, fiscalYear: number): FactRecord {
  const items = m.disclosure?.items;
  const ITEMS = `${M}.disclosure.items`;
  return {
    'disclosure.budget.published': items ? bool(items.some((i) => i.kind === 'budget' && i.year >= fiscalYear)) : notEntered('boolean', ITEMS),
    'disclosure.finalAccounts.published': items
      ? bool(items.some((i) => i.kind === 'final_accounts' && i.year >= fiscalYear - 1))
      : notEntered('boolean', ITEMS),
    'disclosure.maxDelayDays': items ? longestDelay(items) : notEntered('count', ITEMS),
    'supervision.violations': enteredCount(m.supervision?.violations, `${M}.supervision.violations`),
    'supervision.accepted': m.supervision ? count(m.supervision.accepted.length) : notEntered('count', `${M}.supervision.accepted`),
  };
}

/**
 * Management facts: internal controls, assets, debt, procurement, disclosure and supervision. An
 * answer the input leaves out makes its facts unavailable, naming the field (e.g. "未填写
 * management.debt.occurred"), so the rules and indicators that need it do not apply. @internal
 */
export function managementFacts(input: EvaluationInput): FactRecord {
  const m = input.management;
  return {
    ...controlFacts(m.internalControls),
    ...assetFacts(m.assets),
    'debt.occurred': enteredBool(m.debt?.occurred, `${M}.debt.occurred`),
    'debt.compliant':
      m.debt?.occurred === undefined
        ? notEntered('boolean', `${M}.debt.occurred`)
        : m.debt.occurred
          ? enteredBool(m.debt.approved, `${M}.debt.approved`)
          : bool(true),
    ...procurementFacts(m.procurement, input.ledger.budget?.procurement),
    ...disclosureFacts(m, input.report.fiscalYear),
  };
}
