import type { Locale } from '../issues.js';

/**
 * 存在问题: one plain clause per failed check of the built-in packs, in zh-CN (公文 register) and
 * en, without rule ids, keys or rounding bounds. The caller formats the values (amounts with their
 * unit) and names the key (`公务接待费`, `一般公共服务支出`, a stated total's own label). A rule
 * without a clause here is reported by its title. @internal
 */

/** Values of a failed comparison, formatted. @internal */
export interface ClauseValues {
  /** The key's name (a 三公 item, a class, a stated total's label, a staff category). */
  readonly name: string;
  /** The value found. */
  readonly a: string;
  /** The value it was compared with. */
  readonly b: string;
  /** |a − b|, formatted. */
  readonly d: string;
}

type Clause = (v: ClauseValues) => string;

const ZH: Readonly<Record<string, Clause>> = {
  'income.total.equals-sources': (v) => `收入决算总额（报告数）${v.a}，与各项收入及上年结转和结余之和${v.b}不一致，相差${v.d}`,
  'ledger.income-equals-expenditure': (v) => `收入总计${v.a}与支出总计${v.b}不一致，相差${v.d}`,
  'expenditure.grand-total.equals-computed': (v) => `支出决算总额（报告数）${v.a}，与本年支出及年末结转和结余之和${v.b}不一致，相差${v.d}`,
  'expenditure.functional-equals-economic': (v) => `按功能分类合计的支出${v.a}与按经济分类合计的支出${v.b}不一致，相差${v.d}`,
  'expenditure.basic-plus-project.equals-total': (v) => `基本支出与项目支出之和${v.a}与本年支出合计${v.b}不一致，相差${v.d}`,
  'carry-out.equals-parts': (v) => `年末结转和结余${v.a}与基本支出、项目支出结转结余之和${v.b}不一致，相差${v.d}`,
  'carry-out.derived.non-negative': (v) => `按收支倒算的年末结转和结余为${v.a}，出现负数`,
  'expenditure.total.equals-lines': (v) => `本年支出合计（报告数）${v.a}与支出明细之和${v.b}不一致，相差${v.d}`,
  'expenditure.functional.stated-equals-lines': (v) => `${v.name}（报告数）${v.a}与其明细之和${v.b}不一致，相差${v.d}`,
  'expenditure.economic.stated-equals-lines': (v) => `${v.name}（报告数）${v.a}与其明细之和${v.b}不一致，相差${v.d}`,
  'expenditure.basic.equals-lines': (v) => `基本支出（报告数）${v.a}与基本支出明细之和${v.b}不一致，相差${v.d}`,
  'expenditure.project.equals-lines': (v) => `项目支出（报告数）${v.a}与项目支出明细之和${v.b}不一致，相差${v.d}`,
  'expenditure.lines.present': () => '未提供支出明细',
  'staff.authorized.stated-equals-parts': (v) => `核定编制总数${v.a}人与各类编制之和${v.b}人不一致`,
  'staff.actual.stated-equals-parts': (v) => `实有人员总数${v.a}人与各类人员之和${v.b}人不一致`,
  'three-public.item.within-budget': (v) => `${v.name}实际支出${v.a}，超过年初预算${v.b}，超支${v.d}`,
  'three-public.item.without-budget': (v) => `${v.name}未安排预算，实际支出${v.a}`,
  'three-public.total.within-budget': (v) => `“三公”经费实际支出合计${v.a}，超过预算合计${v.b}，超支${v.d}`,
  'three-public.total.not-increasing': (v) => `“三公”经费支出合计${v.a}，较上年${v.b}增加${v.d}`,
  'three-public.item.matches-ledger': (v) => `${v.name}实际支出${v.a}，与对应经济科目明细之和${v.b}不一致，相差${v.d}`,
  'three-public.total.stated-actual-equals-items': (v) => `“三公”经费实际支出合计（报告数）${v.a}与各项之和${v.b}不一致，相差${v.d}`,
  'three-public.total.stated-budget-equals-items': (v) => `“三公”经费预算合计（报告数）${v.a}与各项之和${v.b}不一致，相差${v.d}`,
  'staff.in-post.within-quota': (v) => `在职人员${v.a}人，超过核定编制${v.b}人，超编${v.d}人`,
  'procurement.capital-above-limit-reported': () => '资本性支出达到政府采购限额标准，但未报告政府采购情况',
  'carry-over.ratio.within-ceiling': (v) => `结转结余率${v.a}，超过上限${v.b}`,
  'disclosure.budget.published': () => '部门预算未公开',
  'disclosure.final-accounts.published': () => '部门决算未公开',
  'disclosure.budget.on-time': () => '部门预算未在批复后规定时限内公开',
  'disclosure.final-accounts.on-time': () => '部门决算未在批复后规定时限内公开',
  'identity.stated-total': (v) => `报告所列${v.name}${v.a}，与所列各部分之和${v.b}不一致，相差${v.d}`,
  'identity.stated-total.partial': (v) => `报告所列${v.name}中“其中”各项之和${v.a}，超过合计${v.b}`,
  'identity.stated-count': (v) => `报告所列${v.name}${v.a}，与所列各部分之和${v.b}不一致`,
  'identity.stated-count.partial': (v) => `报告所列${v.name}中“其中”各项之和${v.a}，超过合计${v.b}`,
  'identity.stated-part.within-quota': (v) => `报告所列${v.name}${v.a}，超过其核定数${v.b}`,
  'staffing.category-within-quota': (v) => `${v.name}${v.a}人，超过本类编制${v.b}人`,
  'staffing.outside-quota.listed': (v) => `编外人员${v.a}人未单独列示，并入了在职人员`,
};

const EN: Readonly<Record<string, Clause>> = {
  'income.total.equals-sources': (v) => `total income as stated, ${v.a}, differs from the sources plus the amount carried in, ${v.b}, by ${v.d}`,
  'ledger.income-equals-expenditure': (v) => `total income, ${v.a}, differs from total expenditure, ${v.b}, by ${v.d}`,
  'expenditure.grand-total.equals-computed': (v) => `the stated expenditure total, ${v.a}, differs from spending plus carry-out, ${v.b}, by ${v.d}`,
  'expenditure.functional-equals-economic': (v) => `spending by functional class, ${v.a}, differs from spending by economic class, ${v.b}, by ${v.d}`,
  'expenditure.basic-plus-project.equals-total': (v) => `basic plus project spending, ${v.a}, differs from current spending, ${v.b}, by ${v.d}`,
  'carry-out.equals-parts': (v) => `the carry-out, ${v.a}, differs from its basic and project parts, ${v.b}, by ${v.d}`,
  'carry-out.derived.non-negative': (v) => `the carry-out implied by income and spending is negative (${v.a})`,
  'expenditure.total.equals-lines': (v) => `stated current spending, ${v.a}, differs from the sum of the lines, ${v.b}, by ${v.d}`,
  'expenditure.functional.stated-equals-lines': (v) => `${v.name} as stated, ${v.a}, differs from its lines, ${v.b}, by ${v.d}`,
  'expenditure.economic.stated-equals-lines': (v) => `${v.name} as stated, ${v.a}, differs from its lines, ${v.b}, by ${v.d}`,
  'expenditure.basic.equals-lines': (v) => `stated basic spending, ${v.a}, differs from its lines, ${v.b}, by ${v.d}`,
  'expenditure.project.equals-lines': (v) => `stated project spending, ${v.a}, differs from its lines, ${v.b}, by ${v.d}`,
  'expenditure.lines.present': () => 'no expenditure lines were given',
  'staff.authorized.stated-equals-parts': (v) => `the stated staffing quota, ${v.a}, differs from the sum of its categories, ${v.b}`,
  'staff.actual.stated-equals-parts': (v) => `the stated number of staff, ${v.a}, differs from the sum of its categories, ${v.b}`,
  'three-public.item.within-budget': (v) => `${v.name} spending of ${v.a} exceeds its budget of ${v.b} by ${v.d}`,
  'three-public.item.without-budget': (v) => `${v.name} had no budget but spent ${v.a}`,
  'three-public.total.within-budget': (v) => `"three public" spending of ${v.a} exceeds the budget of ${v.b} by ${v.d}`,
  'three-public.total.not-increasing': (v) => `"three public" spending of ${v.a} is ${v.d} more than last year's ${v.b}`,
  'three-public.item.matches-ledger': (v) => `${v.name} spending of ${v.a} differs from the ledger lines of its economic code, ${v.b}, by ${v.d}`,
  'three-public.total.stated-actual-equals-items': (v) => `the stated "three public" total, ${v.a}, differs from the sum of the items, ${v.b}, by ${v.d}`,
  'three-public.total.stated-budget-equals-items': (v) =>
    `the stated "three public" budget total, ${v.a}, differs from the sum of the items, ${v.b}, by ${v.d}`,
  'staff.in-post.within-quota': (v) => `${v.a} staff in post exceed the approved quota of ${v.b} by ${v.d}`,
  'procurement.capital-above-limit-reported': () => 'capital spending reached the procurement threshold, but no government procurement was reported',
  'carry-over.ratio.within-ceiling': (v) => `the carry-over rate of ${v.a} is above the ceiling of ${v.b}`,
  'disclosure.budget.published': () => 'the department budget was not published',
  'disclosure.final-accounts.published': () => 'the final accounts were not published',
  'disclosure.budget.on-time': () => 'the department budget was not published within the deadline after approval',
  'disclosure.final-accounts.on-time': () => 'the final accounts were not published within the deadline after approval',
  'identity.stated-total': (v) => `${v.name} is stated as ${v.a}, but its stated parts sum to ${v.b} (a difference of ${v.d})`,
  'identity.stated-total.partial': (v) => `the "of which" parts of ${v.name} sum to ${v.a}, more than the total of ${v.b}`,
  'identity.stated-count': (v) => `${v.name} is stated as ${v.a}, but its stated parts sum to ${v.b}`,
  'identity.stated-count.partial': (v) => `the "of which" parts of ${v.name} sum to ${v.a}, more than the total of ${v.b}`,
  'identity.stated-part.within-quota': (v) => `${v.name} is stated as ${v.a}, above its own quota of ${v.b}`,
  'staffing.category-within-quota': (v) => `${v.name}: ${v.a} in post, above the category quota of ${v.b}`,
  'staffing.outside-quota.listed': (v) => `${v.a} staff outside the quota are counted with the staff in post instead of being listed separately`,
};

/** A failed check of a rule without its own clause: its title. */
const FALLBACK: Readonly<Record<Locale, (title: string) => string>> = {
  'zh-CN': (title) => `“${title}”一项未通过审核`,
  en: (title) => `the check "${title}" failed`,
};

/** The clause of a failed check, by rule id (a rule without one is named by its title). @internal */
export function findingClause(locale: Locale, ruleId: string, title: string, values: ClauseValues): string {
  const c = (locale === 'en' ? EN : ZH)[ruleId];
  return c ? c(values) : FALLBACK[locale](title);
}

/** Whether a rule has its own clause (for tests: every built-in rule has one). @internal */
export const hasFindingClause = (ruleId: string): boolean => ZH[ruleId] !== undefined && EN[ruleId] !== undefined;
