import type { EvaluationInput } from '../model/schema/input.js';
import { moneyOf, unavailable } from './internal/build.js';
import { MoneySum, sumOfAmounts } from './internal/moneySum.js';
import type { FactValue } from './types.js';

type Out = Record<string, FactValue>;

const text = (value: string): FactValue => ({ status: 'ok', type: 'text', value });

/** The disclosure kinds the rules check, with their fact names (built once). */
const DISCLOSURE_KINDS = (
  [
    ['budget', 'budget', 0, '部门预算', 'department budget'],
    ['finalAccounts', 'final_accounts', 1, '部门决算', 'final accounts'],
  ] as const
).map(([name, kind, yearsBefore, zh, en]) => ({ kind, yearsBefore, zh, en, approvedOn: `disclosure.${name}.approvedOn`, publishedOn: `disclosure.${name}.publishedOn` }));

/** Approval and publication dates of the disclosure items the rules check (latest qualifying year). */
function disclosureDates(input: EvaluationInput, v: Out): void {
  const { fiscalYear } = input.report;
  const items = input.management.disclosure.items;
  for (const { kind, yearsBefore, zh, en, approvedOn, publishedOn } of DISCLOSURE_KINDS) {
    const minYear = fiscalYear - yearsBefore;
    // the first of the latest qualifying items (what a stable sort by year, descending, puts first),
    // found in one pass instead of a filtered copy and a sort
    let item: (typeof items)[number] | undefined;
    for (const i of items) if (i.kind === kind && i.year >= minYear && (item === undefined || i.year > item.year)) item = i;
    const missing = (what: string, whatEn: string): FactValue =>
      item
        ? unavailable('text', `${item.year}年${zh}未列${what}`, `no ${whatEn} given for the ${item.year} ${en}`)
        : unavailable('text', `未列出${minYear}年度及以后的${zh}公开信息`, `no ${en} disclosure for ${minYear} or later listed`);
    v[approvedOn] = item?.approvedOn ? text(item.approvedOn) : missing('批复日期', 'approval date');
    v[publishedOn] = item?.publishedOn ? text(item.publishedOn) : missing('公开日期', 'publication date');
  }
}

/**
 * Facts added for the rule engine: disclosure dates, the stated basic + project split,
 * and the carry-over implied by income minus current spending (may be negative). @internal
 */
export function addRuleSupportFacts(input: EvaluationInput, v: Out): void {
  disclosureDates(input, v);
  const ex = input.ledger.expenditure;
  v['expenditure.basicPlusProject.stated'] =
    ex.basic !== undefined && ex.project !== undefined
      ? moneyOf(sumOfAmounts([ex.basic, ex.project]))
      : unavailable('money', '报告未同时列明基本支出与项目支出', 'basic and project spending are not both stated');
  const income = v['income.total.computed'];
  const spendingFact = ex.total !== undefined ? v['expenditure.total.stated'] : v['expenditure.total.lines'];
  if (income?.status === 'ok' && spendingFact?.status === 'ok' && typeof spendingFact.value === 'string' && typeof income.value === 'string') {
    const parts = ('parts' in income ? income.parts ?? 1 : 1) + ('parts' in spendingFact ? spendingFact.parts ?? 1 : 1);
    const derived = new MoneySum();
    derived.add(income.value);
    derived.subtract(spendingFact.value);
    v['carryOut.derived'] = moneyOf(derived, parts);
  } else {
    v['carryOut.derived'] = unavailable('money', '缺少本年支出合计或明细', 'no current spending total or lines');
  }
}
