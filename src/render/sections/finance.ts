/** 二、部门财政资金收支情况: every amount here is generated from the ledger and facts. */
import { sectionNumber, formatWan } from '../format/number.js';
import { type Ctx, flagPara, para, section } from '../internal/context.js';
import { economicClasses } from '../internal/classes.js';
import { checkedTotal, factMoney } from '../internal/facts.js';
import type { ReportBlock, ReportFlag, ReportSection } from '../types.js';
import type { Worded } from './combine.js';
import { economicFigure, functionalFigure } from '../charts/figures.js';
import { functionalParagraphs } from './functional.js';

const INCOME_KIND_NAMES: Readonly<Record<string, string>> = {
  fiscal_appropriation: '当年财政拨款收入',
  government_fund: '政府性基金预算财政拨款收入',
  state_capital: '国有资本经营预算财政拨款收入',
  higher_level_subsidy: '上级补助收入',
  business: '事业收入',
  operating: '经营收入',
  subsidiary: '附属单位上缴收入',
  other: '其他收入',
};

/** `2022年区行政审批局收入决算总额576.08万元，其中当年财政拨款收入441.72万元，2021年结转和结余134.36万元。` @internal */
export function incomeSentence(ctx: Ctx): string {
  return incomeWorded(ctx).text;
}

/** The income sentence and, when the stated total fails its check, the note for the author. */
function incomeWorded(ctx: Ctx): Worded {
  const inc = ctx.input.ledger.income;
  // absent is not zero: a total or part not given is left out of the sentence, never printed as 0
  const checked =
    inc?.total !== undefined
      ? checkedTotal(ctx, inc.total, { ruleId: 'income.total.equals-sources', what: ctx.words.totals.income, path: ['ledger', 'income', 'total'] })
      : undefined;
  const total = checked?.value ?? factMoney(ctx, 'income.total.computed');
  const flag = checked?.flag ? { flag: checked.flag } : {};
  const parts = (inc?.sources ?? []).map((s) => `${s.name ? ctx.text(s.name) : (INCOME_KIND_NAMES[s.kind] ?? s.kind)}${formatWan(s.amount)}`);
  if (inc?.carriedIn !== undefined) parts.push(`${ctx.year - 1}年结转和结余${formatWan(inc.carriedIn)}`);
  if (total === undefined) return { text: parts.length > 0 ? `${ctx.year}年${ctx.unit}收入${parts.join('，')}。` : `未提供${ctx.year}年收入情况。` };
  return { text: `${ctx.year}年${ctx.unit}收入决算总额${formatWan(total)}${parts.length > 0 ? `，其中${parts.join('，')}` : ''}。`, ...flag };
}

/** `基本支出结转0.00万元` or `基本支出结转1.00万元、结余0.50万元`. */
function carryPart(label: string, p: { carryForward: string; surplus?: string | undefined } | undefined): string | undefined {
  if (!p) return undefined;
  return `${label}结转${formatWan(p.carryForward)}${p.surplus !== undefined ? `、结余${formatWan(p.surplus)}` : ''}`;
}

/** The 支出 sentence: grand total, economic classes, year-end carry-over and its split. @internal */
export function expenditureSentence(ctx: Ctx): string {
  return expenditureWorded(ctx).text;
}

/** The spending sentence and, when the stated grand total or carry-over fails its check, the notes for the author. */
function expenditureWorded(ctx: Ctx): { readonly text: string; readonly flags: readonly ReportFlag[] } {
  const ex = ctx.input.ledger.expenditure;
  const co = ctx.input.ledger.carryOut;
  const w = ctx.words.totals;
  const grandChecked =
    ex.grandTotal !== undefined
      ? checkedTotal(ctx, ex.grandTotal, {
          ruleId: 'expenditure.grand-total.equals-computed',
          what: w.expenditure,
          path: ['ledger', 'expenditure', 'grandTotal'],
        })
      : undefined;
  const carryChecked =
    co?.total !== undefined
      ? checkedTotal(ctx, co.total, { ruleId: 'carry-out.equals-parts', what: w.carryOut, path: ['ledger', 'carryOut', 'total'] })
      : undefined;
  const grand = grandChecked?.value ?? factMoney(ctx, 'expenditure.grandTotal.computed');
  // a stated economic class that fails its check against its lines is printed as the lines give it, and flagged
  const checkedClasses = economicClasses(ctx).map((c) => {
    const at = ex.byEconomic.findIndex((x) => x.code === c.code);
    const path = ['ledger', 'expenditure', 'byEconomic', at, 'amount'];
    const checked =
      at < 0 ? { value: c.amount } : checkedTotal(ctx, c.amount, { ruleId: 'expenditure.economic.stated-equals-lines', key: c.code, what: c.name, path });
    return { name: c.name, ...checked };
  });
  const classes = checkedClasses.map((c) => `${c.name}${formatWan(c.value)}`);
  const split = [carryPart('基本支出', co?.basic), carryPart('项目支出', co?.project)].filter((x): x is string => x !== undefined);
  const carry =
    carryChecked !== undefined ? [`${ctx.year}年年末结转和结余${formatWan(carryChecked.value)}${split.length ? `，其中：${split.join('，')}` : ''}`] : [];
  const all = [...classes, ...carry];
  const flags = [grandChecked?.flag, ...checkedClasses.map((c) => c.flag), carryChecked?.flag].filter((f): f is ReportFlag => f !== undefined);
  if (grand === undefined) return { text: all.length > 0 ? `${ctx.year}年${ctx.unit}支出${all.join('，')}。` : `未提供${ctx.year}年支出情况。`, flags };
  return { text: `${ctx.year}年${ctx.unit}支出决算总额${formatWan(grand)}${all.length > 0 ? `，其中：${all.join('，')}` : ''}。`, flags };
}

/** 二、部门财政资金收支情况. @internal */
export function financeSection(ctx: Ctx, n: number, figures: { next: () => number }): ReportSection {
  const id = `sec-${n}`;
  const income = incomeWorded(ctx);
  const spent = expenditureWorded(ctx);
  const spending: ReportBlock[] = [para(spent.text), ...spent.flags.map((f) => flagPara(ctx, f))];
  if (ctx.charts) spending.push(economicFigure(ctx, figures.next()));
  const functional = functionalParagraphs(ctx);
  if (functional.length > 0) spending.push(para('按支出功能分类主要用于以下方面：'), ...functional);
  if (ctx.charts && functional.length > 0) spending.push(functionalFigure(ctx, figures.next()));
  return section(
    id,
    sectionNumber(1, n),
    '部门财政资金收支情况',
    [],
    [
      section(`${id}-1`, sectionNumber(2, 1), '部门财政资金收入情况', [para(income.text), ...(income.flag ? [flagPara(ctx, income.flag)] : [])]),
      section(`${id}-2`, sectionNumber(2, 2), '部门财政资金支出情况', spending),
    ],
  );
}
