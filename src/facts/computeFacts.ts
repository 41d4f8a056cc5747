import { toCanonical, dec } from '../model/money/decimal.js';
import type { EvaluationInput } from '../model/schema/input.js';
import { THREE_PUBLIC_CODES, THREE_PUBLIC_ITEMS } from '../model/schema/threePublicFunds.js';
import { bool, change, count, moneyOf, optBool, optMoney, ratio, ratioNames, statedMoney, unavailable } from './internal/build.js';
import { MoneySum, compareAmounts, sumOfAmounts } from './internal/moneySum.js';
import { addLedgerFacts } from './ledgerFacts.js';
import { addRuleSupportFacts } from './ruleSupportFacts.js';
import type { FactValue, Facts } from './types.js';

type Out = Record<string, FactValue>;

/** The fact names of each 三公 item, built once (see ledgerFacts.ts on per-call key strings). */
const THREE_PUBLIC_KEYS = THREE_PUBLIC_ITEMS.map((item) => ({
  item,
  code: THREE_PUBLIC_CODES[item],
  actual: `threePublic.${item}.actual`,
  budget: `threePublic.${item}.budget`,
  priorYearActual: `threePublic.${item}.priorYearActual`,
  priorYearBudget: `threePublic.${item}.priorYearBudget`,
  ledger: `threePublic.${item}.ledger`,
}));
const THREE_PUBLIC_NAMES = { num: '“三公”经费实际数', den: '“三公”经费预算数', numEn: '"three public" actual', denEn: '"three public" budget' } as const;
const THREE_PUBLIC_CONTROL = ratioNames(THREE_PUBLIC_NAMES);
const THREE_PUBLIC_CHANGE = ratioNames({ ...THREE_PUBLIC_NAMES, den: '上年“三公”经费实际数', denEn: 'prior-year actual' });
const THREE_PUBLIC_BUDGET_CHANGE = ratioNames({ ...THREE_PUBLIC_NAMES, num: '“三公”经费预算数', numEn: 'budget', den: '上年“三公”经费预算数', denEn: 'prior-year budget' });

function threePublicFacts(input: EvaluationInput, v: Out, economicSums: ReadonlyMap<string, MoneySum>): void {
  const t = input.threePublicFunds;
  // Exact sums (internal/moneySum.ts), no Decimal per amount.
  const actualTotal = new MoneySum();
  const budgetTotal = new MoneySum();
  const priorActualTotal = new MoneySum();
  const priorBudgetTotal = new MoneySum();
  let budgetMissingFor: string | undefined;
  let priorMissing = false;
  let priorBudgetMissing = false;
  for (const k of THREE_PUBLIC_KEYS) {
    const f = t[k.item];
    v[k.actual] = statedMoney(f.actual);
    actualTotal.add(f.actual);
    if (f.budget !== undefined) {
      v[k.budget] = statedMoney(f.budget);
      budgetTotal.add(f.budget);
    } else {
      v[k.budget] = unavailable('money', '未列预算数', 'no budget given');
      if (compareAmounts(f.actual, '0') !== 0) budgetMissingFor ??= k.item;
    }
    if (f.priorYearActual !== undefined) {
      v[k.priorYearActual] = statedMoney(f.priorYearActual);
      priorActualTotal.add(f.priorYearActual);
    } else {
      v[k.priorYearActual] = unavailable('money', '缺少上年实际支出数据', 'prior-year actual not given');
      priorMissing = true;
    }
    if (f.priorYearBudget !== undefined) {
      v[k.priorYearBudget] = statedMoney(f.priorYearBudget);
      priorBudgetTotal.add(f.priorYearBudget);
    } else {
      v[k.priorYearBudget] = unavailable('money', '缺少上年预算数据', 'prior-year budget not given');
      priorBudgetMissing = true;
    }
    const ledger = economicSums.get(k.code);
    v[k.ledger] = ledger ? moneyOf(ledger, null) : { status: 'ok', type: 'money', value: '0' };
  }
  const budgetOk = budgetMissingFor === undefined;
  const priorActualOk = !priorMissing;
  v['threePublic.total.actual'] = moneyOf(actualTotal, THREE_PUBLIC_KEYS.length);
  v['threePublic.total.budget'] = budgetOk
    ? moneyOf(budgetTotal)
    : unavailable('money', `有实际支出但未列预算数：${budgetMissingFor}`, `actual spending without a budget: ${budgetMissingFor}`);
  v['threePublic.total.priorYearActual'] = priorActualOk ? moneyOf(priorActualTotal, 4) : unavailable('money', '缺少上年“三公”经费实际数', 'prior-year actuals not given');
  v['threePublic.total.priorYearBudget'] = priorBudgetMissing ? unavailable('money', '缺少上年“三公”经费预算数', 'prior-year budgets not given') : moneyOf(priorBudgetTotal, 4);
  v['threePublic.total.statedBudget'] = optMoney(t.statedTotal?.budget, '缺少“三公”经费预算合计报告数数据', 'stated budget total not given');
  v['threePublic.total.statedActual'] = optMoney(t.statedTotal?.actual, '缺少“三公”经费实际合计报告数数据', 'stated actual total not given');
  const budgetFact = v['threePublic.total.budget'] as { reason: string; reasonEn: string };
  v['ratio.threePublicControl'] = budgetOk
    ? ratio(actualTotal, budgetTotal, THREE_PUBLIC_CONTROL)
    : unavailable('ratio', budgetFact.reason, budgetFact.reasonEn);
  v['ratio.threePublicChange'] = change(actualTotal, priorActualOk ? priorActualTotal : undefined, THREE_PUBLIC_CHANGE);
  v['ratio.threePublicBudgetChange'] = budgetOk
    ? change(budgetTotal, priorBudgetMissing ? undefined : priorBudgetTotal, THREE_PUBLIC_BUDGET_CHANGE)
    : unavailable('ratio', '缺少“三公”经费预算数', 'budget not given');
}

const STAFF_CONTROL = ratioNames({ num: '在职人员数', den: '编制数', numEn: 'in-post staff', denEn: 'authorized staff' });

function staffFacts(input: EvaluationInput, v: Out): void {
  const s = input.department.staffing;
  const authorized = s.authorized.civilServant + s.authorized.institution + s.authorized.logistics + (s.authorized.other ?? 0);
  const inPost = s.actual.civilServant + s.actual.institution + s.actual.logistics;
  v['staff.authorized.total'] = count(authorized);
  v['staff.authorized.stated'] = s.authorizedTotal !== undefined ? count(s.authorizedTotal) : unavailable('count', '报告未列编制总数', 'not stated');
  v['staff.inPost'] = count(inPost);
  v['staff.actual.total'] = count(inPost + s.actual.purchasedService + s.actual.other);
  v['staff.actual.stated'] = s.actualTotal !== undefined ? count(s.actualTotal) : unavailable('count', '报告未列实有人数', 'not stated');
  v['staff.purchasedService'] = count(s.actual.purchasedService + s.actual.other);
  v['ratio.staffControl'] = ratio(String(inPost), String(authorized), STAFF_CONTROL);
}

/** The internal-control kinds and their fact names, built once. */
const CONTROL_KEYS = (['financial', 'budget', 'expenditure', 'asset', 'procurement', 'contract', 'accounting', 'internal_audit', 'three_public_funds', 'performance'] as const).map(
  (k) => [k, `controls.${k}`] as const,
);
const FIXED_ASSETS = ratioNames({ num: '在用固定资产', den: '固定资产总额', numEn: 'assets in use', denEn: 'fixed assets' });
const PROCUREMENT = ratioNames({ num: '实际政府采购金额', den: '政府采购预算数', numEn: 'procurement actual', denEn: 'procurement budget' });

function managementFacts(input: EvaluationInput, v: Out): void {
  const m = input.management;
  const kinds = m.internalControls.kinds;
  for (const [k, key] of CONTROL_KEYS) v[key] = bool(kinds.includes(k));
  v['controls.effective'] = optBool(m.internalControls.effective, '报告未说明制度执行情况', 'effectiveness not stated');
  v['assets.registeredInSystem'] = optBool(m.assets.registeredInSystem, '报告未说明资产是否录入系统', 'registration not stated');
  v['assets.assetCards'] = optBool(m.assets.assetCards, '报告未说明是否建立资产卡片', 'asset cards not stated');
  v['assets.dynamicManagement'] = optBool(m.assets.dynamicManagement, '报告未说明是否动态管理', 'dynamic management not stated');
  v['assets.reconciled'] = optBool(m.assets.reconciled, '报告未说明是否账实相符', 'reconciliation not stated');
  v['assets.disposalCompliant'] = optBool(m.assets.disposalCompliant, '报告未说明资产处置情况', 'disposals not stated');
  v['ratio.fixedAssetUtilisation'] = ratio(m.assets.fixedAssetsInUse, m.assets.fixedAssetsTotal, FIXED_ASSETS);
  v['debt.occurred'] = bool(m.debt.occurred);
  v['debt.compliant'] = m.debt.occurred ? optBool(m.debt.approved, '报告未说明举债是否经批准', 'debt approval not stated') : bool(true);
  v['procurement.occurred'] = bool(m.procurement.occurred);
  const itemsTotal = m.procurement.items.length > 0 ? sumOfAmounts(m.procurement.items.map((i) => i.amount)).toText() : undefined;
  const actual = m.procurement.actual ?? itemsTotal ?? (m.procurement.occurred ? undefined : '0');
  v['procurement.actual'] = optMoney(actual, '缺少实际政府采购金额数据', 'procurement actual not given');
  const procurementBudget = m.procurement.budget ?? input.ledger.budget?.procurement;
  v['procurement.budget'] = optMoney(procurementBudget, '缺少政府采购预算数数据', 'procurement budget not given');
  v['ratio.procurementExecution'] = ratio(actual, procurementBudget, PROCUREMENT);
  const { fiscalYear } = input.report;
  const items = m.disclosure.items;
  v['disclosure.budget.published'] = bool(items.some((i) => i.kind === 'budget' && i.year >= fiscalYear));
  v['disclosure.finalAccounts.published'] = bool(items.some((i) => i.kind === 'final_accounts' && i.year >= fiscalYear - 1));
  // The largest publication delay, as Math.max(...delays) gives it (NaN if any date is invalid),
  // in one pass without the filtered and mapped copies.
  let maxDelay = -Infinity;
  let delays = 0;
  for (const i of items) {
    if (i.approvedOn === undefined || i.publishedOn === undefined) continue;
    const d = Math.round((Date.parse(i.publishedOn) - Date.parse(i.approvedOn)) / 86_400_000);
    maxDelay = Number.isNaN(d) || Number.isNaN(maxDelay) ? Number.NaN : Math.max(maxDelay, d);
    delays += 1;
  }
  v['disclosure.maxDelayDays'] = delays > 0 ? count(maxDelay) : unavailable('count', '未列批复与公开日期', 'approval and publication dates not given');
  v['supervision.violations'] = count(m.supervision.violations);
  v['supervision.accepted'] = count(m.supervision.accepted.length);
}

const plannedWork = (num: string, numEn: string) => ratioNames({ num, numEn, den: '计划工作数', denEn: 'planned work' });
const TASK_COMPLETION = plannedWork('实际完成数', 'completed');
const TASK_TIMELINESS = plannedWork('及时完成数', 'on time');
const TASK_QUALITY = plannedWork('质量达标数', 'qualified');
const KEY_TASK_COMPLETION = ratioNames({ num: '重点工作完成数', numEn: 'key completed', den: '重点工作交办数', denEn: 'key assigned' });
const SATISFACTION = ratioNames({ num: '满意人数', numEn: 'satisfied', den: '调查人数', denEn: 'respondents' });

function performanceFacts(input: EvaluationInput, v: Out): void {
  const tasks = input.performance.tasks;
  const total = (f: (t: (typeof tasks)[number]) => number | undefined): number | undefined => {
    let acc = 0;
    for (const t of tasks) {
      const n = f(t);
      if (n === undefined) return undefined;
      acc += n;
    }
    return acc;
  };
  const planned = total((t) => t.planned) ?? 0;
  v['tasks.planned'] = count(planned);
  v['tasks.completed'] = count(total((t) => t.completed) ?? 0);
  const none = unavailable('ratio', '未列计划任务', 'no planned tasks given');
  v['ratio.taskCompletion'] = tasks.length ? ratio(String(total((t) => t.completed)), String(planned), TASK_COMPLETION) : none;
  const onTime = total((t) => t.onTime);
  v['ratio.taskTimeliness'] = tasks.length ? ratio(onTime === undefined ? undefined : String(onTime), String(planned), TASK_TIMELINESS) : none;
  const qualified = total((t) => t.qualified);
  v['ratio.taskQuality'] = tasks.length ? ratio(qualified === undefined ? undefined : String(qualified), String(planned), TASK_QUALITY) : none;
  const key = tasks.filter((t) => t.key);
  v['ratio.keyTaskCompletion'] = key.length
    ? ratio(String(key.reduce((a, t) => a + t.completed, 0)), String(key.reduce((a, t) => a + t.planned, 0)), KEY_TASK_COMPLETION)
    : unavailable('ratio', '未列重点工作', 'no key tasks given');
  const sat = input.performance.satisfaction;
  v['ratio.satisfaction'] = sat.length
    ? ratio(String(sat.reduce((a, s) => a + s.satisfied, 0)), String(sat.reduce((a, s) => a + s.respondents, 0)), SATISFACTION)
    : unavailable('ratio', '未列满意度调查', 'no satisfaction survey given');
}

/** Half of the last stated digit, in 万元: 10^-precision / 2, divided by 10,000 when amounts are in 元. */
const halfUnitOf = (precision: number, unit: EvaluationInput['unit']): string =>
  toCanonical(dec(10).pow(-precision).div(2).div(unit === '元' ? 10000 : 1));

// The half unit of every precision the schema accepts (integers 0…6), per unit, computed once: the
// power and two divisions cost more than many facts together.
const HALF_UNIT: Readonly<Record<EvaluationInput['unit'], readonly string[]>> = {
  万元: [0, 1, 2, 3, 4, 5, 6].map((p) => halfUnitOf(p, '万元')),
  元: [0, 1, 2, 3, 4, 5, 6].map((p) => halfUnitOf(p, '元')),
};

function computeFactsInto(input: EvaluationInput, v: Out): Facts {
  const precision = input.precision ?? 2;
  const halfUnit = HALF_UNIT[input.unit]?.[precision] ?? halfUnitOf(precision, input.unit);
  const { economicSums, sets } = addLedgerFacts(input, v);
  threePublicFacts(input, v, economicSums);
  staffFacts(input, v);
  managementFacts(input, v);
  performanceFacts(input, v);
  addRuleSupportFacts(input, v);
  return { values: v, halfUnit, precision, unit: input.unit, sets };
}

/**
 * Derive every named fact of one parsed input: totals and sums by class and code, basic/project
 * splits, 三公 totals, staffing counts, management booleans, and the ratios of the national
 * common framework. Pure and deterministic; facts that cannot be computed are `unavailable`
 * with the reason.
 *
 * @example
 * ```ts
 * import { computeFacts, parseEvaluationInput } from 'jixiao';
 * const facts = computeFacts(parseEvaluationInput(data));
 * facts.values['income.total.computed']; // { status: 'ok', type: 'money', value: '576.08', parts: 2 }
 * ```
 */
export function computeFacts(input: EvaluationInput): Facts {
  return computeFactsInto(input, Object.create(null) as Out);
}
