import { ECONOMIC_CATALOG } from '../model/catalog/economic.js';
import { FUNCTIONAL_CATALOG } from '../model/catalog/functional.js';
import type { EvaluationInput } from '../model/schema/input.js';
import { canonicalOf, change, count, moneyOf, optMoney, ratio, ratioNames, sortStrings, sortedDistinct, statedMoney, unavailable } from './internal/build.js';
import { Amount, MoneySum, compareAmounts, sumOfAmounts } from './internal/moneySum.js';
import type { FactSetName, FactValue } from './types.js';

type Out = Record<string, FactValue>;

/** The two fact names of one classification code. */
interface CodeKeys {
  readonly stated: string;
  readonly lines: string;
}

const codeKeys = (kind: 'economic' | 'functional', code: string): CodeKeys => ({
  stated: `expenditure.${kind}.${code}.stated`,
  lines: `expenditure.${kind}.${code}.lines`,
});

// Fact names of every catalog code, built once. A name built per call with a template literal is a
// cons string that each store into the (dictionary-mode) facts object must flatten, hash and
// intern: that was about a tenth of computeFacts. Codes outside the catalog (allowUnknown) fall
// back to building the name.
const ECONOMIC_KEYS: ReadonlyMap<string, CodeKeys> = new Map(ECONOMIC_CATALOG.map((e) => [e.code, codeKeys('economic', e.code)]));
const FUNCTIONAL_KEYS: ReadonlyMap<string, CodeKeys> = new Map(FUNCTIONAL_CATALOG.map((e) => [e.code, codeKeys('functional', e.code)]));
const economicKeys = (code: string): CodeKeys => ECONOMIC_KEYS.get(code) ?? codeKeys('economic', code);
const functionalKeys = (code: string): CodeKeys => FUNCTIONAL_KEYS.get(code) ?? codeKeys('functional', code);

const INCOME_SOURCE_KEYS: ReadonlyMap<string, string> = new Map(
  ['fiscal_appropriation', 'government_fund', 'state_capital', 'higher_level_subsidy', 'business', 'operating', 'subsidiary', 'other'].map((k) => [k, `income.source.${k}`]),
);

/**
 * One key of the economic `.lines` facts (a class or a code, in first-met order), with what the
 * lines of that code add to. One map holds classes and codes alike: separate maps of classes and
 * of line codes cost two more hash tables per call for the same keys.
 */
class EconomicEntry extends MoneySum {
  // The entry is itself the key's `.lines` sum (one object rather than an entry holding a sum);
  // a class's is added from `basic` and `project` after the loop.
  /** On a class (the first three digits of a line's code): its lines per nature. */
  basic: MoneySum | undefined = undefined;
  project: MoneySum | undefined = undefined;
  /** On a key some line has as its code: that line's class entry (itself for a code of ≤ 3 digits). */
  cls: EconomicEntry | undefined = undefined;
  /** On a class: 310, capital spending. */
  capital = false;
}

/** The entry of `code` in `map`, created (and so ordered) on first use. */
function entryOf(map: Map<string, EconomicEntry>, code: string): EconomicEntry {
  let e = map.get(code);
  if (e === undefined) {
    e = new EconomicEntry();
    map.set(code, e);
  }
  return e;
}

/** Set up the entries a line of economic `code` adds to: its class first, then the code (fact key order). */
function economicLeaf(econ: Map<string, EconomicEntry>, code: string): EconomicEntry {
  const clsCode = code.slice(0, 3);
  const cls = entryOf(econ, clsCode);
  if (cls.basic === undefined) {
    cls.basic = new MoneySum();
    cls.project = new MoneySum();
    cls.capital = clsCode === '310';
  }
  const e = code.length > 3 ? entryOf(econ, code) : cls;
  e.cls = cls;
  return e;
}

/** The running sum of `code` in `map`, created (and so ordered) on first use. */
function accOf(map: Map<string, MoneySum>, code: string): MoneySum {
  let acc = map.get(code);
  if (!acc) {
    acc = new MoneySum();
    map.set(code, acc);
  }
  return acc;
}

const codeOf = (s: { readonly code: string }): string => s.code;
const kindOf = (i: { readonly kind: string }): string => i.kind;

const NO_LINES_REASON = ['未提供支出明细', 'no expenditure lines given'] as const;
const noLines = (): FactValue => unavailable('money', NO_LINES_REASON[0], NO_LINES_REASON[1]);

const BUDGET_COMPLETION = ratioNames({ num: '本年支出', numEn: 'spending', den: '支出预算数', denEn: 'expenditure budget' });
const BUDGET_ADJUSTMENT = ratioNames({ num: '预算调整数', numEn: 'adjustments', den: '年初预算数', denEn: 'initial budget' });
const PAYMENT_PROGRESS = ratioNames({ num: '实际支付进度', numEn: 'actual progress', den: '既定支付进度', denEn: 'target progress' });
const CARRY_OVER = ratioNames({ num: '年末结转结余', numEn: 'carry-out', den: '支出预算数', denEn: 'expenditure budget' });
const CARRY_OVER_CHANGE = ratioNames({ num: '年末结转结余', numEn: 'carry-out', den: '上年末结转结余', denEn: 'prior carry-over' });
const PUBLIC_EXPENSE = ratioNames({ num: '公用经费明细', numEn: 'public-expense lines', den: '预算安排公用经费', denEn: 'budgeted public expenses' });
const KEY_EXPENDITURE = ratioNames({ num: '重点项目支出', numEn: 'key projects', den: '项目总支出', denEn: 'project total' });
const THREE_PUBLIC_ITEM_SET: readonly string[] = ['outboundTravel', 'vehiclePurchase', 'vehicleOperation', 'reception'];

/** Income, expenditure, carry-over and budget facts. @internal */
export function addLedgerFacts(
  input: EvaluationInput,
  v: Out,
): { economicSums: ReadonlyMap<string, MoneySum>; sets: Record<FactSetName, readonly string[]> } {
  const { income, expenditure: ex, carryOut, budget } = input.ledger;
  // Every sum below is an exact MoneySum (internal/moneySum.ts): amounts are added as integers,
  // without a Decimal per addition, and printed directly as the canonical text.
  // income
  const sources = income.sources;
  const current = new MoneySum();
  const byKind = new Map<string, MoneySum>();
  for (const s of sources) {
    current.add(s.amount);
    accOf(byKind, s.kind).add(s.amount);
  }
  const incomeTotal = current.copy();
  incomeTotal.add(income.carriedIn);
  v['income.current'] = moneyOf(current);
  v['income.carriedIn'] = statedMoney(income.carriedIn);
  v['income.total.computed'] = moneyOf(incomeTotal);
  v['income.total.stated'] = optMoney(income.total, '缺少收入决算总额报告数数据', 'stated income total not given');
  // forEach rather than for…of: the entries iterator allocated a [key, value] pair per entry
  byKind.forEach((x, k) => {
    v[INCOME_SOURCE_KEYS.get(k) ?? `income.source.${k}`] = moneyOf(x);
  });

  // Expenditure lines by class and code: a line counts toward its own code and each ancestor.
  // Each line is read once and added to the sums of its economic code, of its economic class (per
  // nature) and of each level (类, 款, 项) of its functional code; classes are then added into the
  // nature, capital and public-expense totals. The sums are exact, so the order of additions cannot
  // matter, and the maps keep the order in which a line-by-line loop first meets each class and
  // code (fact key order).
  const econ = new Map<string, EconomicEntry>();
  const func = new Map<string, MoneySum>();
  /** The sums of the levels of each functional code. */
  const funcLeaves = new Map<string, readonly MoneySum[]>();
  const amount = new Amount();
  let capitalMax = '0';
  const lineList = ex.lines;
  // An indexed loop: for…of allocated an iterator result per line whenever this ran unoptimised
  // (≈ 400 KB on 10,000 lines).
  for (let li = 0; li < lineList.length; li += 1) {
    const l = lineList[li] as (typeof lineList)[number];
    let e = econ.get(l.economic);
    if (e === undefined || e.cls === undefined) e = economicLeaf(econ, l.economic);
    const cls = e.cls as EconomicEntry;
    let into = funcLeaves.get(l.functional);
    if (into === undefined) {
      const code = l.functional;
      const levels: MoneySum[] = [];
      if (code.length >= 3) levels.push(accOf(func, code.slice(0, 3)));
      if (code.length >= 5) levels.push(accOf(func, code.slice(0, 5)));
      if (code.length >= 7) levels.push(accOf(func, code.slice(0, 7)));
      into = levels;
      funcLeaves.set(code, into);
    }
    amount.read(l.amount);
    amount.addTo((l.nature === 'basic' ? cls.basic : cls.project) as MoneySum);
    if (e !== cls) amount.addTo(e); // a code longer than its class (a 款) has its own sum
    for (let i = 0; i < into.length; i++) amount.addTo(into[i] as MoneySum);
    // the first largest capital line (starting from 0, as the Decimal version did)
    if (cls.capital && compareAmounts(l.amount, capitalMax) > 0) capitalMax = l.amount;
  }
  const basic = new MoneySum();
  const project = new MoneySum();
  const capital = new MoneySum();
  const publicExpenses = new MoneySum();
  // the classes, in first-met order (they are the entries with per-nature sums)
  econ.forEach((c, code) => {
    if (c.basic === undefined || c.project === undefined) return;
    c.addSum(c.basic);
    c.addSum(c.project);
    basic.addSum(c.basic);
    project.addSum(c.project);
    if (c.capital) capital.addSum(c);
    if (c.capital || code === '302') publicExpenses.addSum(c.basic);
  });
  const lineCount = ex.lines.length;
  const hasLines = lineCount > 0;
  const lines = new MoneySum();
  lines.addSum(basic);
  lines.addSum(project);
  v['expenditure.total.lines'] = hasLines ? moneyOf(lines, lineCount) : noLines();
  v['expenditure.lines.count'] = count(lineCount);
  v['expenditure.basic.lines'] = hasLines ? moneyOf(basic) : noLines();
  v['expenditure.project.lines'] = hasLines ? moneyOf(project) : noLines();
  v['expenditure.capital.lines'] = hasLines ? moneyOf(capital) : noLines();
  v['expenditure.capital.maxLine'] = capital.parts ? { status: 'ok', type: 'money', value: canonicalOf(capitalMax), parts: 1 } : unavailable('money', '无资本性支出明细', 'no capital lines');
  v['expenditure.publicExpenses.lines'] = hasLines ? moneyOf(publicExpenses) : noLines();
  v['expenditure.basic.stated'] = optMoney(ex.basic, '缺少基本支出报告数数据', 'stated basic spending not given');
  v['expenditure.project.stated'] = optMoney(ex.project, '缺少项目支出报告数数据', 'stated project spending not given');
  v['expenditure.projects.total'] = ex.projects.length ? moneyOf(sumOfAmounts(ex.projects.map((p) => p.amount))) : unavailable('money', '未列项目明细', 'no projects listed');

  // Stated classes and codes; the 类 (three-digit) ones are also summed for the class totals.
  const econClassSum = new MoneySum();
  for (const s of ex.byEconomic) {
    v[economicKeys(s.code).stated] = statedMoney(s.amount);
    entryOf(econ, s.code);
    if (s.code.length === 3) econClassSum.add(s.amount);
  }
  const funcClassSum = new MoneySum();
  for (const s of ex.byFunctional) {
    v[functionalKeys(s.code).stated] = statedMoney(s.amount);
    accOf(func, s.code);
    if (s.code.length === 3) funcClassSum.add(s.amount);
  }
  // The maps hold each 类 of the lines and every stated code, each once: their three-digit keys are the class sets.
  const economicClasses: string[] = [];
  econ.forEach((x, code) => {
    v[economicKeys(code).lines] = hasLines ? moneyOf(x) : noLines();
    if (code.length === 3) economicClasses.push(code);
  });
  const functionalClasses: string[] = [];
  func.forEach((x, code) => {
    v[functionalKeys(code).lines] = hasLines ? moneyOf(x) : noLines();
    if (code.length === 3) functionalClasses.push(code);
  });
  v['expenditure.total.economic'] = econClassSum.parts ? moneyOf(econClassSum) : unavailable('money', '未列经济分类类级数', 'no stated economic classes');
  v['expenditure.total.functional'] = funcClassSum.parts ? moneyOf(funcClassSum) : unavailable('money', '未列功能分类类级数', 'no stated functional classes');
  v['expenditure.total.stated'] = optMoney(ex.total, '缺少本年支出合计报告数数据', 'stated current spending not given');
  v['expenditure.grandTotal.stated'] = optMoney(ex.grandTotal, '缺少支出决算总额报告数数据', 'stated grand total not given');
  // best available current spending: stated total, else lines, else stated classes
  let currentSpend: MoneySum | undefined;
  if (ex.total !== undefined) {
    currentSpend = new MoneySum();
    currentSpend.add(ex.total);
  } else if (hasLines) currentSpend = lines;
  else if (econClassSum.parts) currentSpend = econClassSum;
  if (currentSpend !== undefined) {
    const grandTotal = currentSpend.copy();
    grandTotal.add(carryOut.total);
    v['expenditure.grandTotal.computed'] = moneyOf(grandTotal);
  } else {
    v['expenditure.grandTotal.computed'] = unavailable('money', '缺少本年支出数据', 'no current spending data');
  }

  // carry-over
  const { basic: basicOut, project: projectOut } = carryOut;
  const split = basicOut !== undefined || projectOut !== undefined;
  const partsSum = new MoneySum();
  const surplusSum = new MoneySum();
  for (const p of [basicOut, projectOut]) {
    if (!p) continue;
    partsSum.add(p.carryForward);
    if (p.surplus !== undefined) {
      partsSum.add(p.surplus);
      surplusSum.add(p.surplus);
    }
  }
  v['carryOut.total'] = statedMoney(carryOut.total);
  v['carryOut.parts'] = split ? moneyOf(partsSum) : unavailable('money', '未列基本/项目结转结余', 'basic/project split not given');
  const part = (p: typeof basicOut): FactValue => {
    if (!p) return unavailable('money', '未列', 'not given');
    const s = new MoneySum();
    s.add(p.carryForward);
    if (p.surplus !== undefined) s.add(p.surplus);
    return moneyOf(s);
  };
  v['carryOut.basic'] = part(basicOut);
  v['carryOut.project'] = part(projectOut);
  v['carryOut.surplus'] = split ? moneyOf(surplusSum) : unavailable('money', '未列结余', 'surplus not given');
  const prior = budget?.priorYearCarryOver ?? income.carriedIn;
  v['carryOut.prior'] = statedMoney(prior);
  const outVsZero = compareAmounts(carryOut.total, '0');
  v['carryOut.vsPrior'] = { status: 'ok', type: 'text', value: outVsZero === 0 ? 'none' : compareAmounts(carryOut.total, prior) <= 0 ? 'notAbove' : 'above' };

  // budget ratios
  const out = carryOut.total;
  const adjusted = budget?.adjusted ?? budget?.initial;
  v['ratio.budgetCompletion'] = ratio(currentSpend, adjusted, BUDGET_COMPLETION);
  v['ratio.budgetAdjustment'] = ratio(budget?.adjustments, budget?.initial, BUDGET_ADJUSTMENT);
  v['ratio.paymentProgress'] = ratio(budget?.paymentProgressActual, budget?.paymentProgressTarget, PAYMENT_PROGRESS);
  v['ratio.carryOver'] = ratio(out, adjusted, CARRY_OVER);
  v['ratio.carryOverChange'] = change(out, prior, CARRY_OVER_CHANGE);
  v['ratio.publicExpenseControl'] = ratio(hasLines ? publicExpenses : undefined, budget?.publicExpenses, PUBLIC_EXPENSE);
  v['ratio.keyExpenditure'] = ratio(budget?.keyProjects, budget?.projectTotal, KEY_EXPENDITURE);

  const sets: Record<FactSetName, readonly string[]> = {
    economicClasses: sortStrings(economicClasses),
    economicCodes: sortedDistinct(ex.byEconomic, codeOf),
    functionalClasses: sortStrings(functionalClasses),
    functionalCodes: sortedDistinct(ex.byFunctional, codeOf),
    threePublicItems: THREE_PUBLIC_ITEM_SET.slice(),
    disclosureKinds: sortedDistinct(input.management.disclosure.items, kindOf),
  };
  return { economicSums: econ, sets };
}
