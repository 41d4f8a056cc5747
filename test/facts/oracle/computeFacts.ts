/**
 * The computeFacts of before the facts fast paths (commit d76b063), kept verbatim as the oracle the
 * optimised src/facts is compared against (test/facts/computeFacts.oracle.test.ts). Do not optimise.
 */
import { D, type Dec, toCanonical, dec } from '../../../src/model/money/decimal.js';
import type { EvaluationInput } from '../../../src/model/schema/input.js';
import { THREE_PUBLIC_CODES, THREE_PUBLIC_ITEMS } from '../../../src/model/schema/threePublicFunds.js';
import { bool, change, count, money, optBool, optMoney, ratio, sum, unavailable } from './build.js';
import { addLedgerFacts } from './ledgerFacts.js';
import { addRuleSupportFacts } from './ruleSupportFacts.js';
import type { FactValue, Facts } from '../../../src/facts/types.js';

type Out = Record<string, FactValue>;

function threePublicFacts(input: EvaluationInput, v: Out, lineSumByCode: ReadonlyMap<string, Dec>): void {
  const t = input.threePublicFunds;
  const totals = { budget: [] as string[], actual: [] as string[], priorYearActual: [] as string[], priorYearBudget: [] as string[] };
  let budgetMissingFor: string | undefined;
  let priorMissing = false;
  let priorBudgetMissing = false;
  for (const item of THREE_PUBLIC_ITEMS) {
    const f = t[item];
    v[`threePublic.${item}.actual`] = money(dec(f.actual), 1);
    v[`threePublic.${item}.budget`] = f.budget !== undefined ? money(dec(f.budget), 1) : unavailable('money', '未列预算数', 'no budget given');
    v[`threePublic.${item}.priorYearActual`] = optMoney(f.priorYearActual, '上年实际支出', 'prior-year actual');
    v[`threePublic.${item}.priorYearBudget`] = optMoney(f.priorYearBudget, '上年预算', 'prior-year budget');
    v[`threePublic.${item}.ledger`] = money(lineSumByCode.get(THREE_PUBLIC_CODES[item]) ?? dec(0));
    totals.actual.push(f.actual);
    if (f.budget !== undefined) totals.budget.push(f.budget);
    else if (!dec(f.actual).isZero()) budgetMissingFor ??= item;
    if (f.priorYearActual !== undefined) totals.priorYearActual.push(f.priorYearActual);
    else priorMissing = true;
    if (f.priorYearBudget !== undefined) totals.priorYearBudget.push(f.priorYearBudget);
    else priorBudgetMissing = true;
  }
  v['threePublic.total.actual'] = money(sum(totals.actual), totals.actual.length);
  v['threePublic.total.budget'] = budgetMissingFor
    ? unavailable('money', `有实际支出但未列预算数：${budgetMissingFor}`, `actual spending without a budget: ${budgetMissingFor}`)
    : money(sum(totals.budget), totals.budget.length);
  v['threePublic.total.priorYearActual'] = priorMissing ? unavailable('money', '缺少上年“三公”经费实际数', 'prior-year actuals not given') : money(sum(totals.priorYearActual), 4);
  v['threePublic.total.priorYearBudget'] = priorBudgetMissing ? unavailable('money', '缺少上年“三公”经费预算数', 'prior-year budgets not given') : money(sum(totals.priorYearBudget), 4);
  v['threePublic.total.statedBudget'] = optMoney(t.statedTotal?.budget, '“三公”经费预算合计报告数', 'stated budget total');
  v['threePublic.total.statedActual'] = optMoney(t.statedTotal?.actual, '“三公”经费实际合计报告数', 'stated actual total');
  const val = (k: string): string | undefined => {
    const f = v[k];
    return f?.status === 'ok' && typeof f.value === 'string' ? f.value : undefined;
  };
  const names = { num: '“三公”经费实际数', den: '“三公”经费预算数', numEn: '"three public" actual', denEn: '"three public" budget' };
  v['ratio.threePublicControl'] = v['threePublic.total.budget']?.status === 'ok'
    ? ratio(val('threePublic.total.actual'), val('threePublic.total.budget'), names)
    : unavailable('ratio', (v['threePublic.total.budget'] as { reason: string }).reason, (v['threePublic.total.budget'] as { reasonEn: string }).reasonEn);
  v['ratio.threePublicChange'] = change(val('threePublic.total.actual'), val('threePublic.total.priorYearActual'), { ...names, den: '上年“三公”经费实际数', denEn: 'prior-year actual' });
  v['ratio.threePublicBudgetChange'] = v['threePublic.total.budget']?.status === 'ok'
    ? change(val('threePublic.total.budget'), val('threePublic.total.priorYearBudget'), { ...names, num: '“三公”经费预算数', numEn: 'budget', den: '上年“三公”经费预算数', denEn: 'prior-year budget' })
    : unavailable('ratio', '缺少“三公”经费预算数', 'budget not given');
}

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
  v['ratio.staffControl'] = ratio(String(inPost), String(authorized), { num: '在职人员数', den: '编制数', numEn: 'in-post staff', denEn: 'authorized staff' });
}

function managementFacts(input: EvaluationInput, v: Out): void {
  const m = input.management;
  for (const k of ['financial', 'budget', 'expenditure', 'asset', 'procurement', 'contract', 'accounting', 'internal_audit', 'three_public_funds', 'performance'] as const) {
    v[`controls.${k}`] = bool(m.internalControls.kinds.includes(k));
  }
  v['controls.effective'] = optBool(m.internalControls.effective, '制度执行情况', 'effectiveness');
  v['assets.registeredInSystem'] = optBool(m.assets.registeredInSystem, '资产是否录入系统', 'registration');
  v['assets.assetCards'] = optBool(m.assets.assetCards, '是否建立资产卡片', 'asset cards');
  v['assets.dynamicManagement'] = optBool(m.assets.dynamicManagement, '是否动态管理', 'dynamic management');
  v['assets.reconciled'] = optBool(m.assets.reconciled, '是否账实相符', 'reconciliation');
  v['assets.disposalCompliant'] = optBool(m.assets.disposalCompliant, '资产处置情况', 'disposals');
  v['ratio.fixedAssetUtilisation'] = ratio(m.assets.fixedAssetsInUse, m.assets.fixedAssetsTotal, { num: '在用固定资产', den: '固定资产总额', numEn: 'assets in use', denEn: 'fixed assets' });
  v['debt.occurred'] = bool(m.debt.occurred);
  v['debt.compliant'] = m.debt.occurred ? optBool(m.debt.approved, '举债是否经批准', 'debt approval') : bool(true);
  v['procurement.occurred'] = bool(m.procurement.occurred);
  const itemsTotal = m.procurement.items.length > 0 ? toCanonical(sum(m.procurement.items.map((i) => i.amount))) : undefined;
  const actual = m.procurement.actual ?? itemsTotal ?? (m.procurement.occurred ? undefined : '0');
  v['procurement.actual'] = optMoney(actual, '实际政府采购金额', 'procurement actual');
  v['procurement.budget'] = optMoney(m.procurement.budget ?? input.ledger.budget?.procurement, '政府采购预算数', 'procurement budget');
  v['ratio.procurementExecution'] = ratio(actual, m.procurement.budget ?? input.ledger.budget?.procurement, { num: '实际政府采购金额', den: '政府采购预算数', numEn: 'procurement actual', denEn: 'procurement budget' });
  const { fiscalYear } = input.report;
  const items = m.disclosure.items;
  v['disclosure.budget.published'] = bool(items.some((i) => i.kind === 'budget' && i.year >= fiscalYear));
  v['disclosure.finalAccounts.published'] = bool(items.some((i) => i.kind === 'final_accounts' && i.year >= fiscalYear - 1));
  const delays = items
    .filter((i) => i.approvedOn !== undefined && i.publishedOn !== undefined)
    .map((i) => Math.round((Date.parse(i.publishedOn as string) - Date.parse(i.approvedOn as string)) / 86_400_000));
  v['disclosure.maxDelayDays'] = delays.length > 0 ? count(Math.max(...delays)) : unavailable('count', '未列批复与公开日期', 'approval and publication dates not given');
  v['supervision.violations'] = count(m.supervision.violations);
  v['supervision.accepted'] = count(m.supervision.accepted.length);
}

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
  const names = (num: string, numEn: string) => ({ num, numEn, den: '计划工作数', denEn: 'planned work' });
  v['tasks.planned'] = count(planned);
  v['tasks.completed'] = count(total((t) => t.completed) ?? 0);
  const none = unavailable('ratio', '未列计划任务', 'no planned tasks given');
  v['ratio.taskCompletion'] = tasks.length ? ratio(String(total((t) => t.completed)), String(planned), names('实际完成数', 'completed')) : none;
  const onTime = total((t) => t.onTime);
  v['ratio.taskTimeliness'] = tasks.length ? ratio(onTime === undefined ? undefined : String(onTime), String(planned), names('及时完成数', 'on time')) : none;
  const qualified = total((t) => t.qualified);
  v['ratio.taskQuality'] = tasks.length ? ratio(qualified === undefined ? undefined : String(qualified), String(planned), names('质量达标数', 'qualified')) : none;
  const key = tasks.filter((t) => t.key);
  v['ratio.keyTaskCompletion'] = key.length
    ? ratio(String(key.reduce((a, t) => a + t.completed, 0)), String(key.reduce((a, t) => a + t.planned, 0)), { num: '重点工作完成数', numEn: 'key completed', den: '重点工作交办数', denEn: 'key assigned' })
    : unavailable('ratio', '未列重点工作', 'no key tasks given');
  const sat = input.performance.satisfaction;
  v['ratio.satisfaction'] = sat.length
    ? ratio(String(sat.reduce((a, s) => a + s.satisfied, 0)), String(sat.reduce((a, s) => a + s.respondents, 0)), { num: '满意人数', numEn: 'satisfied', den: '调查人数', denEn: 'respondents' })
    : unavailable('ratio', '未列满意度调查', 'no satisfaction survey given');
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
export function computeFactsOracle(input: EvaluationInput): Facts {
  const v: Out = Object.create(null) as Out;
  const precision = input.precision ?? 2;
  const halfUnitWan = dec(10).pow(-precision).div(2).div(input.unit === '元' ? 10000 : 1);
  const { lineSumByCode, sets } = addLedgerFacts(input, v);
  threePublicFacts(input, v, lineSumByCode);
  staffFacts(input, v);
  managementFacts(input, v);
  performanceFacts(input, v);
  addRuleSupportFacts(input, v);
  return { values: v, halfUnit: toCanonical(halfUnitWan), precision, unit: input.unit, sets };
}
