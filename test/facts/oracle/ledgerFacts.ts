import { D, type Dec, toCanonical, dec } from '../../../src/model/money/decimal.js';
import type { EvaluationInput } from '../../../src/model/schema/input.js';
import { change, count, money, optMoney, ratio, sum, unavailable } from './build.js';
import type { FactSetName, FactValue } from '../../../src/facts/types.js';

type Out = Record<string, FactValue>;

function addTo(map: Map<string, { total: Dec; parts: number }>, key: string, amount: string | Dec): void {
  const cur = map.get(key);
  if (cur) {
    cur.total = cur.total.plus(amount);
    cur.parts += 1;
  } else map.set(key, { total: dec(amount), parts: 1 });
}

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** Income, expenditure, carry-over and budget facts. @internal */
export function addLedgerFacts(
  input: EvaluationInput,
  v: Out,
): { lineSumByCode: ReadonlyMap<string, Dec>; sets: Record<FactSetName, readonly string[]> } {
  const { income, expenditure: ex, carryOut, budget } = input.ledger;
  // income
  const current = sum(income.sources.map((s) => s.amount));
  v['income.current'] = money(current, income.sources.length);
  v['income.carriedIn'] = money(dec(income.carriedIn), 1);
  v['income.total.computed'] = money(current.plus(income.carriedIn), income.sources.length + 1);
  v['income.total.stated'] = optMoney(income.total, '收入决算总额报告数', 'stated income total');
  const byKind = new Map<string, { total: Dec; parts: number }>();
  for (const s of income.sources) addTo(byKind, s.kind, s.amount);
  for (const [k, x] of byKind) v[`income.source.${k}`] = money(x.total, x.parts);

  // expenditure lines by class and code (a line counts toward its own code and each ancestor)
  const econ = new Map<string, { total: Dec; parts: number }>();
  const func = new Map<string, { total: Dec; parts: number }>();
  // Each line amount is parsed once and every total below is added from that Decimal (at 10,000
  // lines, parsing the same strings again for each total was a fifth of computeFacts).
  const zero = dec(0);
  const nature = { basic: { total: zero, parts: 0 }, project: { total: zero, parts: 0 } };
  let linesTotal = zero;
  let capital = zero;
  let capitalParts = 0;
  let capitalMax = zero;
  let publicExpenses = zero;
  let publicParts = 0;
  for (const l of ex.lines) {
    const amount = new D(l.amount); // not memoised: line amounts rarely repeat
    linesTotal = linesTotal.plus(amount);
    addTo(econ, l.economic.slice(0, 3), amount);
    if (l.economic.length > 3) addTo(econ, l.economic, amount);
    for (const len of [3, 5, 7]) if (l.functional.length >= len) addTo(func, l.functional.slice(0, len), amount);
    const n = nature[l.nature];
    n.total = n.total.plus(amount);
    n.parts += 1;
    if (l.economic.startsWith('310')) {
      capital = capital.plus(amount);
      capitalParts += 1;
      if (amount.gt(capitalMax)) capitalMax = amount;
    }
    if (l.nature === 'basic' && (l.economic.startsWith('302') || l.economic.startsWith('310'))) {
      publicExpenses = publicExpenses.plus(amount);
      publicParts += 1;
    }
  }
  const hasLines = ex.lines.length > 0;
  const noLines = (): FactValue => unavailable('money', '未提供支出明细', 'no expenditure lines given');
  v['expenditure.total.lines'] = hasLines ? money(linesTotal, ex.lines.length) : noLines();
  v['expenditure.lines.count'] = count(ex.lines.length);
  v['expenditure.basic.lines'] = hasLines ? money(nature.basic.total, nature.basic.parts) : noLines();
  v['expenditure.project.lines'] = hasLines ? money(nature.project.total, nature.project.parts) : noLines();
  v['expenditure.capital.lines'] = hasLines ? money(capital, capitalParts) : noLines();
  v['expenditure.capital.maxLine'] = capitalParts ? money(capitalMax, 1) : unavailable('money', '无资本性支出明细', 'no capital lines');
  v['expenditure.publicExpenses.lines'] = hasLines ? money(publicExpenses, publicParts) : noLines();
  v['expenditure.basic.stated'] = optMoney(ex.basic, '基本支出报告数', 'stated basic spending');
  v['expenditure.project.stated'] = optMoney(ex.project, '项目支出报告数', 'stated project spending');
  v['expenditure.projects.total'] = ex.projects.length ? money(sum(ex.projects.map((p) => p.amount)), ex.projects.length) : unavailable('money', '未列项目明细', 'no projects listed');

  for (const s of ex.byEconomic) {
    v[`expenditure.economic.${s.code}.stated`] = money(dec(s.amount), 1);
    if (!econ.has(s.code)) econ.set(s.code, { total: dec(0), parts: 0 });
  }
  for (const s of ex.byFunctional) {
    v[`expenditure.functional.${s.code}.stated`] = money(dec(s.amount), 1);
    if (!func.has(s.code)) func.set(s.code, { total: dec(0), parts: 0 });
  }
  for (const [code, x] of econ) v[`expenditure.economic.${code}.lines`] = hasLines ? money(x.total, x.parts) : noLines();
  for (const [code, x] of func) v[`expenditure.functional.${code}.lines`] = hasLines ? money(x.total, x.parts) : noLines();
  const econClasses = ex.byEconomic.filter((s) => s.code.length === 3);
  const funcClasses = ex.byFunctional.filter((s) => s.code.length === 3);
  v['expenditure.total.economic'] = econClasses.length ? money(sum(econClasses.map((s) => s.amount)), econClasses.length) : unavailable('money', '未列经济分类类级数', 'no stated economic classes');
  v['expenditure.total.functional'] = funcClasses.length ? money(sum(funcClasses.map((s) => s.amount)), funcClasses.length) : unavailable('money', '未列功能分类类级数', 'no stated functional classes');
  v['expenditure.total.stated'] = optMoney(ex.total, '本年支出合计报告数', 'stated current spending');
  v['expenditure.grandTotal.stated'] = optMoney(ex.grandTotal, '支出决算总额报告数', 'stated grand total');
  // best available current spending: stated total, else lines, else stated classes
  const currentSpend = ex.total ?? (hasLines ? toCanonical(linesTotal) : econClasses.length ? toCanonical(sum(econClasses.map((s) => s.amount))) : undefined);
  const currentParts = ex.total !== undefined ? 1 : hasLines ? ex.lines.length : econClasses.length;
  v['expenditure.grandTotal.computed'] = currentSpend !== undefined
    ? money(dec(currentSpend).plus(carryOut.total), currentParts + 1)
    : unavailable('money', '缺少本年支出数据', 'no current spending data');

  // carry-over
  const parts: string[] = [];
  const surplus: string[] = [];
  for (const p of [carryOut.basic, carryOut.project]) {
    if (!p) continue;
    parts.push(p.carryForward);
    if (p.surplus !== undefined) {
      parts.push(p.surplus);
      surplus.push(p.surplus);
    }
  }
  v['carryOut.total'] = money(dec(carryOut.total), 1);
  v['carryOut.parts'] = carryOut.basic || carryOut.project ? money(sum(parts), parts.length) : unavailable('money', '未列基本/项目结转结余', 'basic/project split not given');
  const part = (p: typeof carryOut.basic): FactValue => (p ? money(dec(p.carryForward).plus(p.surplus ?? 0), p.surplus !== undefined ? 2 : 1) : unavailable('money', '未列', 'not given'));
  v['carryOut.basic'] = part(carryOut.basic);
  v['carryOut.project'] = part(carryOut.project);
  v['carryOut.surplus'] = carryOut.basic || carryOut.project ? money(sum(surplus), surplus.length) : unavailable('money', '未列结余', 'surplus not given');
  const prior = budget?.priorYearCarryOver ?? income.carriedIn;
  v['carryOut.prior'] = money(dec(prior), 1);
  const out = dec(carryOut.total);
  v['carryOut.vsPrior'] = { status: 'ok', type: 'text', value: out.isZero() ? 'none' : out.lte(prior) ? 'notAbove' : 'above' };

  // budget ratios
  const adjusted = budget?.adjusted ?? budget?.initial;
  v['ratio.budgetCompletion'] = ratio(currentSpend, adjusted, { num: '本年支出', numEn: 'spending', den: '支出预算数', denEn: 'expenditure budget' });
  v['ratio.budgetAdjustment'] = ratio(budget?.adjustments, budget?.initial, { num: '预算调整数', numEn: 'adjustments', den: '年初预算数', denEn: 'initial budget' });
  v['ratio.paymentProgress'] = ratio(budget?.paymentProgressActual, budget?.paymentProgressTarget, { num: '实际支付进度', numEn: 'actual progress', den: '既定支付进度', denEn: 'target progress' });
  v['ratio.carryOver'] = ratio(carryOut.total, adjusted, { num: '年末结转结余', numEn: 'carry-out', den: '支出预算数', denEn: 'expenditure budget' });
  v['ratio.carryOverChange'] = change(carryOut.total, prior, { num: '年末结转结余', numEn: 'carry-out', den: '上年末结转结余', denEn: 'prior carry-over' });
  v['ratio.publicExpenseControl'] = ratio(hasLines ? toCanonical(publicExpenses) : undefined, budget?.publicExpenses, { num: '公用经费明细', numEn: 'public-expense lines', den: '预算安排公用经费', denEn: 'budgeted public expenses' });
  v['ratio.keyExpenditure'] = ratio(budget?.keyProjects, budget?.projectTotal, { num: '重点项目支出', numEn: 'key projects', den: '项目总支出', denEn: 'project total' });

  const lineSumByCode = new Map<string, Dec>();
  for (const [k, x] of econ) lineSumByCode.set(k, x.total);
  const sets: Record<FactSetName, readonly string[]> = {
    economicClasses: sorted([...ex.byEconomic.map((s) => s.code), ...ex.lines.map((l) => l.economic.slice(0, 3))].filter((c) => c.length === 3)),
    economicCodes: sorted(ex.byEconomic.map((s) => s.code)),
    functionalClasses: sorted([...ex.byFunctional.map((s) => s.code), ...ex.lines.map((l) => l.functional.slice(0, 3))].filter((c) => c.length === 3)),
    functionalCodes: sorted(ex.byFunctional.map((s) => s.code)),
    threePublicItems: ['outboundTravel', 'vehiclePurchase', 'vehicleOperation', 'reception'],
    disclosureKinds: sorted(input.management.disclosure.items.map((i) => i.kind)),
  };
  return { lineSumByCode, sets };
}
