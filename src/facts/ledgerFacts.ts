import { ECONOMIC_CATALOG } from '../model/catalog/economic.js';
import { FUNCTIONAL_CATALOG } from '../model/catalog/functional.js';
import { D, type Dec, dec } from '../model/money/decimal.js';
import type { EvaluationInput } from '../model/schema/input.js';
import { change, count, money, optMoney, ratio, sorted, statedMoney, sum, unavailable } from './internal/build.js';
import type { FactSetName, FactValue } from './types.js';

type Out = Record<string, FactValue>;

/** A running sum: one class or code of the economic or functional classification. @internal */
export interface Acc {
  total: Dec;
  parts: number;
}

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

/** The lines of one economic 类 (the first three digits of their codes), summed per nature. */
interface EconomicClass {
  readonly code: string;
  /** The class's `.lines` sum, set once after the loop. */
  readonly acc: Acc;
  readonly basic: Acc;
  readonly project: Acc;
}

/** The lines of one economic code, summed per nature while the lines are read. */
interface EconomicLeaf {
  readonly basic: Acc;
  readonly project: Acc;
  readonly cls: EconomicClass;
  /** The code's own `.lines` sum when it is longer than its class (a 款). */
  readonly acc: Acc | undefined;
  /** 310: capital spending. */
  readonly capital: boolean;
}

/** The lines of one functional code, summed; added to each of its levels (类, 款, 项) after the loop. */
interface FunctionalLeaf {
  total: Dec;
  parts: number;
  readonly into: readonly Acc[];
}

/** The running sum of `code` in `map`, created (and so ordered) on first use. */
function accOf(map: Map<string, Acc>, code: string, zero: Dec): Acc {
  let acc = map.get(code);
  if (!acc) {
    acc = { total: zero, parts: 0 };
    map.set(code, acc);
  }
  return acc;
}

/** Add a sum of `parts` amounts to a running sum (the first addition is an assignment: 0 + x is x). */
function addInto(acc: Acc, total: Dec, parts: number): void {
  if (parts === 0) return;
  acc.total = acc.parts === 0 ? total : acc.total.plus(total);
  acc.parts += parts;
}

/** Add two running sums (e.g. the basic and project lines of a code) to a third. */
function addBoth(acc: Acc, a: Acc, b: Acc): void {
  addInto(acc, a.total, a.parts);
  addInto(acc, b.total, b.parts);
}

const NO_LINES_REASON = ['未提供支出明细', 'no expenditure lines given'] as const;
const noLines = (): FactValue => unavailable('money', NO_LINES_REASON[0], NO_LINES_REASON[1]);

const BUDGET_COMPLETION = { num: '本年支出', numEn: 'spending', den: '支出预算数', denEn: 'expenditure budget' } as const;
const BUDGET_ADJUSTMENT = { num: '预算调整数', numEn: 'adjustments', den: '年初预算数', denEn: 'initial budget' } as const;
const PAYMENT_PROGRESS = { num: '实际支付进度', numEn: 'actual progress', den: '既定支付进度', denEn: 'target progress' } as const;
const CARRY_OVER = { num: '年末结转结余', numEn: 'carry-out', den: '支出预算数', denEn: 'expenditure budget' } as const;
const CARRY_OVER_CHANGE = { num: '年末结转结余', numEn: 'carry-out', den: '上年末结转结余', denEn: 'prior carry-over' } as const;
const PUBLIC_EXPENSE = { num: '公用经费明细', numEn: 'public-expense lines', den: '预算安排公用经费', denEn: 'budgeted public expenses' } as const;
const KEY_EXPENDITURE = { num: '重点项目支出', numEn: 'key projects', den: '项目总支出', denEn: 'project total' } as const;
const THREE_PUBLIC_ITEM_SET: readonly string[] = ['outboundTravel', 'vehiclePurchase', 'vehicleOperation', 'reception'];

/** Income, expenditure, carry-over and budget facts. @internal */
export function addLedgerFacts(
  input: EvaluationInput,
  v: Out,
): { economicSums: ReadonlyMap<string, Acc>; sets: Record<FactSetName, readonly string[]> } {
  const { income, expenditure: ex, carryOut, budget } = input.ledger;
  const zero = dec(0);
  // income
  const sources = income.sources;
  let current = zero;
  const byKind = new Map<string, Acc>();
  for (const s of sources) {
    const amount = dec(s.amount);
    current = current.plus(amount);
    const acc = accOf(byKind, s.kind, zero);
    acc.total = acc.parts === 0 ? amount : acc.total.plus(amount);
    acc.parts += 1;
  }
  const carriedIn = dec(income.carriedIn);
  v['income.current'] = money(current, sources.length);
  v['income.carriedIn'] = statedMoney(income.carriedIn);
  v['income.total.computed'] = money(current.plus(carriedIn), sources.length + 1);
  v['income.total.stated'] = optMoney(income.total, '收入决算总额报告数', 'stated income total');
  for (const [k, x] of byKind) v[INCOME_SOURCE_KEYS.get(k) ?? `income.source.${k}`] = money(x.total, x.parts);

  // Expenditure lines by class and code: a line counts toward its own code and each ancestor.
  // Each line is parsed once and added to two running sums only (its economic code, per nature, and
  // its functional code); codes are then added into their classes, and classes into the nature,
  // capital and public-expense totals. The totals are the same exact values as adding every line
  // into every total (sums of amounts of at most 18 significant digits, ≤ 100,000 lines, are exact
  // at the 40-digit precision, so the order of additions cannot matter), and the maps keep the
  // order in which a line-by-line loop first meets each class and code (fact key order).
  const econ = new Map<string, Acc>();
  const func = new Map<string, Acc>();
  const econClasses = new Map<string, EconomicClass>();
  const econLeaves = new Map<string, EconomicLeaf>();
  const funcLeaves = new Map<string, FunctionalLeaf>();
  let capitalMax = zero;
  for (const l of ex.lines) {
    const amount = new D(l.amount); // not memoised: line amounts rarely repeat
    let e = econLeaves.get(l.economic);
    if (e === undefined) {
      const code = l.economic;
      const clsCode = code.slice(0, 3);
      let cls = econClasses.get(clsCode);
      if (cls === undefined) {
        cls = { code: clsCode, acc: accOf(econ, clsCode, zero), basic: { total: zero, parts: 0 }, project: { total: zero, parts: 0 } };
        econClasses.set(clsCode, cls);
      }
      const acc = code.length > 3 ? accOf(econ, code, zero) : undefined;
      e = { basic: { total: zero, parts: 0 }, project: { total: zero, parts: 0 }, cls, acc, capital: clsCode === '310' };
      econLeaves.set(code, e);
    }
    let f = funcLeaves.get(l.functional);
    if (f === undefined) {
      const code = l.functional;
      const into: Acc[] = [];
      if (code.length >= 3) into.push(accOf(func, code.slice(0, 3), zero));
      if (code.length >= 5) into.push(accOf(func, code.slice(0, 5), zero));
      if (code.length >= 7) into.push(accOf(func, code.slice(0, 7), zero));
      f = { total: zero, parts: 0, into };
      funcLeaves.set(code, f);
    }
    addInto(l.nature === 'basic' ? e.basic : e.project, amount, 1);
    addInto(f, amount, 1);
    if (e.capital && amount.gt(capitalMax)) capitalMax = amount;
  }
  // Codes into their classes (per nature), classes into the totals: capital spending is class 310,
  // public expenses the basic-nature lines of classes 302 and 310.
  for (const e of econLeaves.values()) {
    addInto(e.cls.basic, e.basic.total, e.basic.parts);
    addInto(e.cls.project, e.project.total, e.project.parts);
    if (e.acc) addBoth(e.acc, e.basic, e.project);
  }
  const basic: Acc = { total: zero, parts: 0 };
  const project: Acc = { total: zero, parts: 0 };
  const capital: Acc = { total: zero, parts: 0 };
  const publicExpenses: Acc = { total: zero, parts: 0 };
  for (const c of econClasses.values()) {
    addBoth(c.acc, c.basic, c.project);
    addInto(basic, c.basic.total, c.basic.parts);
    addInto(project, c.project.total, c.project.parts);
    if (c.code === '310') addInto(capital, c.acc.total, c.acc.parts);
    if (c.code === '302' || c.code === '310') addInto(publicExpenses, c.basic.total, c.basic.parts);
  }
  for (const f of funcLeaves.values()) for (const acc of f.into) addInto(acc, f.total, f.parts);
  const lineCount = ex.lines.length;
  const hasLines = lineCount > 0;
  const lines: Acc = { total: zero, parts: 0 };
  addBoth(lines, basic, project);
  const linesTotal = lines.total;
  v['expenditure.total.lines'] = hasLines ? money(linesTotal, lineCount) : noLines();
  v['expenditure.lines.count'] = count(lineCount);
  v['expenditure.basic.lines'] = hasLines ? money(basic.total, basic.parts) : noLines();
  v['expenditure.project.lines'] = hasLines ? money(project.total, project.parts) : noLines();
  v['expenditure.capital.lines'] = hasLines ? money(capital.total, capital.parts) : noLines();
  v['expenditure.capital.maxLine'] = capital.parts ? money(capitalMax, 1) : unavailable('money', '无资本性支出明细', 'no capital lines');
  v['expenditure.publicExpenses.lines'] = hasLines ? money(publicExpenses.total, publicExpenses.parts) : noLines();
  v['expenditure.basic.stated'] = optMoney(ex.basic, '基本支出报告数', 'stated basic spending');
  v['expenditure.project.stated'] = optMoney(ex.project, '项目支出报告数', 'stated project spending');
  v['expenditure.projects.total'] = ex.projects.length ? money(sum(ex.projects.map((p) => p.amount)), ex.projects.length) : unavailable('money', '未列项目明细', 'no projects listed');

  // Stated classes and codes; the 类 (three-digit) ones are also summed for the class totals.
  let econClassSum = zero;
  let econClassCount = 0;
  for (const s of ex.byEconomic) {
    v[economicKeys(s.code).stated] = statedMoney(s.amount);
    accOf(econ, s.code, zero);
    if (s.code.length === 3) {
      econClassSum = econClassSum.plus(dec(s.amount));
      econClassCount += 1;
    }
  }
  let funcClassSum = zero;
  let funcClassCount = 0;
  for (const s of ex.byFunctional) {
    v[functionalKeys(s.code).stated] = statedMoney(s.amount);
    accOf(func, s.code, zero);
    if (s.code.length === 3) {
      funcClassSum = funcClassSum.plus(dec(s.amount));
      funcClassCount += 1;
    }
  }
  for (const [code, x] of econ) v[economicKeys(code).lines] = hasLines ? money(x.total, x.parts) : noLines();
  for (const [code, x] of func) v[functionalKeys(code).lines] = hasLines ? money(x.total, x.parts) : noLines();
  v['expenditure.total.economic'] = econClassCount ? money(econClassSum, econClassCount) : unavailable('money', '未列经济分类类级数', 'no stated economic classes');
  v['expenditure.total.functional'] = funcClassCount ? money(funcClassSum, funcClassCount) : unavailable('money', '未列功能分类类级数', 'no stated functional classes');
  v['expenditure.total.stated'] = optMoney(ex.total, '本年支出合计报告数', 'stated current spending');
  v['expenditure.grandTotal.stated'] = optMoney(ex.grandTotal, '支出决算总额报告数', 'stated grand total');
  const out = dec(carryOut.total);
  // best available current spending: stated total, else lines, else stated classes
  const currentSpend: Dec | undefined = ex.total !== undefined ? dec(ex.total) : hasLines ? linesTotal : econClassCount ? econClassSum : undefined;
  const currentParts = ex.total !== undefined ? 1 : hasLines ? lineCount : econClassCount;
  v['expenditure.grandTotal.computed'] = currentSpend !== undefined
    ? money(currentSpend.plus(out), currentParts + 1)
    : unavailable('money', '缺少本年支出数据', 'no current spending data');

  // carry-over
  const { basic: basicOut, project: projectOut } = carryOut;
  const split = basicOut !== undefined || projectOut !== undefined;
  let partsSum = zero;
  let partsCount = 0;
  let surplusSum = zero;
  let surplusCount = 0;
  for (const p of [basicOut, projectOut]) {
    if (!p) continue;
    partsSum = partsSum.plus(dec(p.carryForward));
    partsCount += 1;
    if (p.surplus !== undefined) {
      const s = dec(p.surplus);
      partsSum = partsSum.plus(s);
      partsCount += 1;
      surplusSum = surplusSum.plus(s);
      surplusCount += 1;
    }
  }
  v['carryOut.total'] = statedMoney(carryOut.total);
  v['carryOut.parts'] = split ? money(partsSum, partsCount) : unavailable('money', '未列基本/项目结转结余', 'basic/project split not given');
  const part = (p: typeof basicOut): FactValue => (p ? money(p.surplus !== undefined ? dec(p.carryForward).plus(dec(p.surplus)) : dec(p.carryForward), p.surplus !== undefined ? 2 : 1) : unavailable('money', '未列', 'not given'));
  v['carryOut.basic'] = part(basicOut);
  v['carryOut.project'] = part(projectOut);
  v['carryOut.surplus'] = split ? money(surplusSum, surplusCount) : unavailable('money', '未列结余', 'surplus not given');
  const prior = budget?.priorYearCarryOver ?? income.carriedIn;
  const priorDec = dec(prior);
  v['carryOut.prior'] = statedMoney(prior);
  v['carryOut.vsPrior'] = { status: 'ok', type: 'text', value: out.isZero() ? 'none' : out.lte(priorDec) ? 'notAbove' : 'above' };

  // budget ratios
  const adjusted = budget?.adjusted ?? budget?.initial;
  v['ratio.budgetCompletion'] = ratio(currentSpend, adjusted, BUDGET_COMPLETION);
  v['ratio.budgetAdjustment'] = ratio(budget?.adjustments, budget?.initial, BUDGET_ADJUSTMENT);
  v['ratio.paymentProgress'] = ratio(budget?.paymentProgressActual, budget?.paymentProgressTarget, PAYMENT_PROGRESS);
  v['ratio.carryOver'] = ratio(out, adjusted, CARRY_OVER);
  v['ratio.carryOverChange'] = change(out, priorDec, CARRY_OVER_CHANGE);
  v['ratio.publicExpenseControl'] = ratio(hasLines ? publicExpenses.total : undefined, budget?.publicExpenses, PUBLIC_EXPENSE);
  v['ratio.keyExpenditure'] = ratio(budget?.keyProjects, budget?.projectTotal, KEY_EXPENDITURE);

  const classes = (m: ReadonlyMap<string, Acc>): string[] => {
    const xs: string[] = [];
    for (const code of m.keys()) if (code.length === 3) xs.push(code);
    return xs.sort();
  };
  const sets: Record<FactSetName, readonly string[]> = {
    // The maps hold each 类 of the lines and every stated code, each once.
    economicClasses: classes(econ),
    economicCodes: sorted(ex.byEconomic.map((s) => s.code)),
    functionalClasses: classes(func),
    functionalCodes: sorted(ex.byFunctional.map((s) => s.code)),
    threePublicItems: THREE_PUBLIC_ITEM_SET.slice(),
    disclosureKinds: sorted(input.management.disclosure.items.map((i) => i.kind)),
  };
  return { economicSums: econ, sets };
}
