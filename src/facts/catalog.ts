import { EXPENDITURE_INPUT } from './expenditure.js';
import { INCOME_INPUT } from './income.js';
import type { InputFields } from './internal/inputField.js';
import { STAFF_INPUT } from './staff.js';
import { STATED_TOTAL_INPUT } from './statedTotals.js';
import { THREE_PUBLIC_INPUT } from './threePublic.js';
import type { FactDefinition, FactType } from './types.js';

/**
 * The input field of every stated fact, as the modules that read them declare it: by catalog name
 * or pattern (copied to `FactDefinition.input`), plus exact names that a pattern covers but that
 * are read from elsewhere (`statedTotal.expenditure-projects.total`). @internal
 */
export const FACT_INPUTS: InputFields = { ...INCOME_INPUT, ...EXPENDITURE_INPUT, ...THREE_PUBLIC_INPUT, ...STAFF_INPUT, ...STATED_TOTAL_INPUT };

const d = (name: string, type: FactType, zh: string, en: string, formula?: [string, string], basis?: string): FactDefinition => {
  const input = FACT_INPUTS[name];
  return {
    name,
    type,
    label: { 'zh-CN': zh, en },
    ...(formula ? { formula: { 'zh-CN': formula[0], en: formula[1] } } : {}),
    ...(basis ? { basis } : {}),
    ...(input !== undefined ? { input } : {}),
  };
};

const B53 = '财预〔2013〕53号 附件2（部门整体支出绩效评价共性指标体系框架）';

/**
 * Every fact the library derives, by name or pattern. Rules and indicator systems may only
 * name facts listed here (a pattern's `{placeholder}` stands for a code, item, kind or tag).
 *
 * @example
 * ```ts
 * import { FACT_CATALOG } from 'jixiao';
 * FACT_CATALOG.find((f) => f.name === 'ratio.staffControl')?.label['zh-CN']; // "在职人员控制率"
 * ```
 */
export const FACT_CATALOG: readonly FactDefinition[] = [
  d('income.total.stated', 'money', '收入决算总额（报告数）', 'total income as stated'),
  d('income.total.computed', 'money', '收入合计（各来源与上年结转结余之和）', 'total income computed', [
    '本年收入各来源 + 上年结转和结余',
    'sum of sources + carried in',
  ]),
  d('income.current', 'money', '本年收入合计', 'current-year income', ['本年收入各来源之和', 'sum of income sources']),
  d('income.carriedIn', 'money', '上年结转和结余', 'carried in from last year'),
  d('income.source.{kind}', 'money', '收入来源', 'income by source'),
  d('expenditure.grandTotal.stated', 'money', '支出决算总额（报告数，含年末结转结余）', 'expenditure grand total as stated (incl. carry-out)'),
  d('expenditure.grandTotal.computed', 'money', '支出总计（本年支出 + 年末结转结余）', 'expenditure grand total computed', [
    '本年支出合计（明细）+ 年末结转和结余',
    'current spending (lines) + carry-out',
  ]),
  d('expenditure.total.stated', 'money', '本年支出合计（报告数）', 'current spending as stated'),
  d('expenditure.total.lines', 'money', '本年支出合计（明细之和）', 'current spending, sum of lines'),
  d('expenditure.total.economic', 'money', '本年支出合计（经济分类类级报告数之和）', 'current spending, sum of stated economic classes'),
  d('expenditure.total.functional', 'money', '本年支出合计（功能分类类级报告数之和）', 'current spending, sum of stated functional classes'),
  d('expenditure.economic.{code}.stated', 'money', '经济分类报告数', 'economic class as stated'),
  d('expenditure.economic.{code}.lines', 'money', '经济分类明细之和', 'economic class, sum of lines'),
  d('expenditure.functional.{code}.stated', 'money', '功能分类报告数', 'functional class as stated'),
  d('expenditure.functional.{code}.lines', 'money', '功能分类明细之和', 'functional class, sum of lines'),
  d('expenditure.basic.stated', 'money', '基本支出（报告数）', 'basic spending as stated'),
  d('expenditure.project.stated', 'money', '项目支出（报告数）', 'project spending as stated'),
  d('expenditure.basic.lines', 'money', '基本支出（明细之和）', 'basic spending, sum of lines'),
  d('expenditure.project.lines', 'money', '项目支出（明细之和）', 'project spending, sum of lines'),
  d('expenditure.projects.total', 'money', '项目明细合计', 'sum of listed projects'),
  d('expenditure.capital.lines', 'money', '资本性支出（310，明细之和）', 'capital spending (310), sum of lines'),
  d('expenditure.capital.maxLine', 'money', '单笔最大资本性支出', 'largest capital line'),
  d(
    'expenditure.publicExpenses.lines',
    'money',
    '公用经费（基本支出中的商品和服务支出与资本性支出）',
    'public expenses (basic 302 + 310)',
    ['基本支出中 302、310 类明细之和', 'basic-nature lines of 302 and 310'],
    `${B53}（口径 [K]）`,
  ),
  d('expenditure.lines.count', 'count', '支出明细条数', 'number of expenditure lines'),
  d('carryOut.total', 'money', '年末结转和结余', 'carry-out at year end'),
  d('carryOut.parts', 'money', '年末结转结余（基本 + 项目）', 'carry-out, basic + project parts'),
  d('carryOut.basic', 'money', '基本支出结转结余', 'basic carry-out'),
  d('carryOut.project', 'money', '项目支出结转结余', 'project carry-out'),
  d('carryOut.surplus', 'money', '结余', 'surplus (结余)'),
  d('carryOut.prior', 'money', '上年末结转结余', 'carry-over at the end of last year'),
  d(
    'carryOut.vsPrior',
    'text',
    '年末结转结余与上年比较（none 无结转结余 / notAbove 不高于上年 / above 高于上年）',
    'carry-out compared with last year (none / notAbove / above)',
    ['年末结转结余 = 0 → none；≤ 上年末结转结余 → notAbove；否则 above', 'carry-out = 0 → none; ≤ prior carry-over → notAbove; else above'],
    '湖南岳阳评分表“资金结余”（无结余3分，结余不超过上年2分，否则0分）',
  ),
  d('threePublic.{item}.budget', 'money', '“三公”经费预算数', '"three public" item budget'),
  d('threePublic.{item}.actual', 'money', '“三公”经费实际支出', '"three public" item actual'),
  d('threePublic.{item}.priorYearActual', 'money', '“三公”经费上年实际', '"three public" item prior-year actual'),
  d('threePublic.{item}.priorYearBudget', 'money', '“三公”经费上年预算', '"three public" item prior-year budget'),
  d('threePublic.{item}.ledger', 'money', '“三公”经费对应经济科目明细之和', '"three public" item, ledger lines of its economic code'),
  d('threePublic.total.budget', 'money', '“三公”经费预算合计', '"three public" budget total'),
  d('threePublic.total.actual', 'money', '“三公”经费实际合计', '"three public" actual total'),
  d('threePublic.total.priorYearActual', 'money', '“三公”经费上年实际合计', '"three public" prior-year actual total'),
  d('threePublic.total.priorYearBudget', 'money', '“三公”经费上年预算合计', '"three public" prior-year budget total'),
  d('threePublic.total.statedBudget', 'money', '“三公”经费预算合计（报告数）', '"three public" budget total as stated'),
  d('threePublic.total.statedActual', 'money', '“三公”经费实际合计（报告数）', '"three public" actual total as stated'),
  d('staff.authorized.total', 'count', '核定编制数', 'authorized staff'),
  d('staff.authorized.stated', 'count', '核定编制数（报告数）', 'authorized staff as stated'),
  d('staff.inPost', 'count', '在职人员数（占编制）', 'in-post staff counting against the quota', [
    '公务员 + 事业 + 工勤（不含购买服务、编外）',
    'civil servants + institution + logistics (excl. purchased services)',
  ]),
  d('staff.actual.total', 'count', '实有人员总数（含购买服务）', 'all actual staff incl. purchased services'),
  d('staff.actual.stated', 'count', '实有人员总数（报告数）', 'actual staff as stated'),
  d('staff.purchasedService', 'count', '购买服务人员数', 'purchased-service staff'),
  d('staff.category.{category}.actual', 'count', '分类实有人数', 'actual staff in a category'),
  d('staff.category.{category}.authorized', 'count', '分类核定编制数', 'authorized staff of a category'),
  d('staff.outsideQuota', 'count', '编外人员数（未核定编制）', 'staff outside any quota (no quota stated)'),
  d('staff.retired', 'count', '离退休人员数（不计入在职）', 'retired staff (not in post)'),
  d('statedTotal.{id}.total', 'money', '报告所列合计', 'stated total'),
  d('statedTotal.{id}.parts', 'money', '报告所列各部分之和', 'sum of the stated parts'),
  d('statedCount.{id}.total', 'count', '报告所列合计（数量）', 'stated total (count)'),
  d('statedCount.{id}.parts', 'count', '报告所列各部分之和（数量）', 'sum of the stated parts (count)'),
  d('statedQuota.{id}.value', 'count', '报告所列分项数', 'stated part'),
  d('statedQuota.{id}.quota', 'count', '该分项自身的核定数', "the part's own quota"),
  d('controls.{control}', 'boolean', '已建立内控制度', 'internal-control system in place'),
  d('controls.effective', 'boolean', '内控制度有效执行', 'controls effective'),
  d('assets.registeredInSystem', 'boolean', '资产录入管理信息系统', 'assets registered in the system'),
  d('assets.assetCards', 'boolean', '建立资产卡片', 'asset cards kept'),
  d('assets.dynamicManagement', 'boolean', '资产动态管理', 'dynamic asset management'),
  d('assets.reconciled', 'boolean', '账实相符', 'books match assets'),
  d('assets.disposalCompliant', 'boolean', '资产处置规范', 'disposals compliant'),
  d('debt.occurred', 'boolean', '发生政府性债务', 'government debt incurred'),
  d('debt.compliant', 'boolean', '债务管理合规（未举债或经批准）', 'debt compliant (none, or approved)'),
  d('procurement.occurred', 'boolean', '发生政府采购', 'government procurement occurred'),
  d('procurement.actual', 'money', '实际政府采购金额', 'procurement actual'),
  d('procurement.budget', 'money', '政府采购预算数', 'procurement budget'),
  d('disclosure.budget.published', 'boolean', '部门预算已公开（评价年度或被评价年度）', 'department budget published'),
  d('disclosure.finalAccounts.published', 'boolean', '部门决算已公开（被评价年度或上一年度）', 'final accounts published'),
  d('disclosure.maxDelayDays', 'count', '批复至公开的最长天数', 'longest days from approval to publication'),
  d('supervision.violations', 'count', '监督检查发现的违规问题数', 'violations found by supervision'),
  d('supervision.accepted', 'count', '依法接受的监督类别数', 'kinds of supervision accepted'),
  d('tasks.planned', 'count', '计划工作数', 'planned work'),
  d('tasks.completed', 'count', '实际完成工作数', 'completed work'),
  d('ratio.staffControl', 'ratio', '在职人员控制率', 'in-post staff control rate', ['在职人员数 ÷ 编制数', 'in-post staff ÷ authorized'], B53),
  d(
    'ratio.threePublicChange',
    'ratio',
    '“三公经费”变动率（实际数口径）',
    '"three public" change rate (actuals)',
    ['（本年实际 − 上年实际）÷ 上年实际', '(this year − last year) ÷ last year'],
    B53,
  ),
  d(
    'ratio.threePublicBudgetChange',
    'ratio',
    '“三公经费”变动率（预算数口径）',
    '"three public" change rate (budgets)',
    ['（本年预算 − 上年预算）÷ 上年预算', '(this year − last year budget) ÷ last year budget'],
    B53,
  ),
  d('ratio.threePublicControl', 'ratio', '“三公经费”控制率', '"three public" control rate', ['实际支出 ÷ 预算安排', 'actual ÷ budget'], B53),
  d('ratio.budgetCompletion', 'ratio', '预算完成率', 'budget completion rate', ['本年支出 ÷ 调整后预算数', 'spending ÷ adjusted budget'], B53),
  d('ratio.budgetAdjustment', 'ratio', '预算调整率', 'budget adjustment rate', ['预算调整数 ÷ 年初预算数', 'adjustments ÷ initial budget'], B53),
  d('ratio.paymentProgress', 'ratio', '支付进度率', 'payment progress rate', ['实际支付进度 ÷ 既定支付进度', 'actual ÷ target progress'], B53),
  d('ratio.carryOver', 'ratio', '结转结余率', 'carry-over rate', ['年末结转结余 ÷ 支出预算数', 'carry-out ÷ expenditure budget'], B53),
  d(
    'ratio.carryOverChange',
    'ratio',
    '结转结余变动率',
    'carry-over change rate',
    ['（本年末结转结余 − 上年末结转结余）÷ 上年末结转结余', '(carry-out − prior carry-over) ÷ prior'],
    B53,
  ),
  d(
    'ratio.publicExpenseControl',
    'ratio',
    '公用经费控制率',
    'public-expense control rate',
    ['实际公用经费 ÷ 预算公用经费', 'actual ÷ budgeted public expenses'],
    B53,
  ),
  d(
    'ratio.procurementExecution',
    'ratio',
    '政府采购执行率',
    'procurement execution rate',
    ['实际政府采购金额 ÷ 政府采购预算数', 'actual ÷ procurement budget'],
    B53,
  ),
  d('ratio.keyExpenditure', 'ratio', '重点支出安排率', 'key expenditure rate', ['重点项目支出 ÷ 项目总支出', 'key projects ÷ all projects'], B53),
  d('ratio.fixedAssetUtilisation', 'ratio', '固定资产利用率', 'fixed-asset utilisation', ['在用固定资产 ÷ 全部固定资产', 'in use ÷ all fixed assets'], B53),
  d('ratio.taskCompletion', 'ratio', '实际完成率', 'completion rate', ['实际完成工作数 ÷ 计划工作数', 'completed ÷ planned'], B53),
  d('ratio.taskTimeliness', 'ratio', '完成及时率', 'timeliness rate', ['及时完成数 ÷ 计划工作数', 'on time ÷ planned'], B53),
  d('ratio.taskQuality', 'ratio', '质量达标率', 'quality rate', ['质量达标数 ÷ 计划工作数', 'qualified ÷ planned'], B53),
  d('ratio.keyTaskCompletion', 'ratio', '重点工作办结率', 'key-task completion rate', ['重点工作完成数 ÷ 交办数', 'key completed ÷ key assigned'], B53),
  d('ratio.satisfaction', 'ratio', '满意度', 'satisfaction', ['满意人数 ÷ 调查人数', 'satisfied ÷ respondents'], B53),
  d('expenditure.basicPlusProject.stated', 'money', '基本支出 + 项目支出（报告数）', 'basic + project spending as stated', [
    '基本支出报告数 + 项目支出报告数',
    'stated basic + stated project',
  ]),
  d('carryOut.derived', 'money', '年末结转结余（倒算：收入合计 − 本年支出）', 'carry-out implied by income − current spending', [
    '收入合计（含上年结转结余）− 本年支出合计（报告数，缺省取明细之和）',
    'total income (incl. carried in) − current spending (stated, else lines)',
  ]),
  d('disclosure.budget.approvedOn', 'text', '部门预算批复日期', 'department budget approval date'),
  d('disclosure.budget.publishedOn', 'text', '部门预算公开日期', 'department budget publication date'),
  d('disclosure.finalAccounts.approvedOn', 'text', '部门决算批复日期', 'final accounts approval date'),
  d('disclosure.finalAccounts.publishedOn', 'text', '部门决算公开日期', 'final accounts publication date'),
  d('disclosure.budget.delayDays', 'number', '部门预算批复至公开的天数（截至评价基准日）', 'days from budget approval to publication (as of the as-of date)', [
    '公开日期（未公开或晚于基准日时取评价基准日 asOf）− 批复日期；由规则引擎按 asOf 计算',
    'publication date (or the as-of date when not yet published) − approval date; computed by the rule engine from asOf',
  ]),
  d(
    'disclosure.finalAccounts.delayDays',
    'number',
    '部门决算批复至公开的天数（截至评价基准日）',
    'days from final-accounts approval to publication (as of the as-of date)',
    [
      '公开日期（未公开或晚于基准日时取评价基准日 asOf）− 批复日期；由规则引擎按 asOf 计算',
      'publication date (or the as-of date when not yet published) − approval date; computed by the rule engine from asOf',
    ],
  ),
  d('findings.failed.severity.{severity}', 'count', '未通过的规则数（按严重程度）', 'failed rules by severity'),
  d('findings.failed.tag.{tag}', 'count', '未通过的规则数（按标签，不含提示与已豁免）', 'failed rules by tag (error/warning, not waived)'),
  d('budget.expenditure.initial', 'money', '年初支出预算数', 'initial expenditure budget'),
  d('budget.expenditure.adjusted', 'money', '调整后支出预算数', 'adjusted expenditure budget'),
  d('budget.supplementary', 'money', '本年追加预算数', 'supplementary (追加) budget of the year'),
  d('budget.income.initial', 'money', '年初收入预算数', 'initial income budget'),
  d('budget.income.adjusted', 'money', '调整后收入预算数', 'adjusted income budget'),
  d(
    'budget.executionRate',
    'ratio',
    '预算执行率（四川口径）',
    'budget execution rate (Sichuan definition)',
    [
      '预算执行数 ÷ 调整后预算数（本年支出 ÷ 调整后支出预算数；不以年初预算代替）',
      'spending ÷ adjusted expenditure budget (no fallback to the initial budget)',
    ],
    '四川省项目支出绩效自评表“预算执行率=预算执行数/调整后预算数” [M]（FACTS.md §9）',
  ),
  d(
    'budget.availableExecutionRate',
    'ratio',
    '预算完成率（可用资金口径）',
    'budget completion on the funds available',
    [
      '（上年结转 + 年初预算 + 本年追加 − 年末结转结余）÷（上年结转 + 年初预算 + 本年追加）',
      '(carried in + initial budget + supplementary − carry-out) ÷ (carried in + initial budget + supplementary)',
    ],
    '湖南评分表模板 [S]（FACTS.md §9；“年末结余”按年末结转和结余理解 [K]）',
  ),
];

const PLACEHOLDER: Readonly<Record<string, string>> = {
  code: '[0-9]{3,7}',
  item: '(?:outboundTravel|vehiclePurchase|vehicleOperation|reception)',
  kind: '[a-z_]+',
  control: '[a-z_]+',
  severity: '(?:error|warning|info)',
  tag: '[a-z0-9-]+',
};

const escapeRe = (s: string): string => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/**
 * `re`: the fact name, each placeholder a capturing group (named in `params`, in order); `keyRe`: the
 * same with `KEY` (a `{key}` placeholder) also accepted for each variable part. Built once.
 */
const MATCHERS: readonly { def: FactDefinition; re: RegExp; keyRe: RegExp; params: readonly string[] }[] = FACT_CATALOG.map((def) => {
  const params: string[] = [];
  const re = new RegExp(
    `^${escapeRe(def.name).replace(/\\?\{(\w+)\\?\}/g, (_, p: string) => {
      params.push(p);
      return `(${PLACEHOLDER[p] ?? '[^.]+'})`;
    })}$`,
  );
  const keyRe = new RegExp(re.source.replace(/\[0-9\]\{3,7\}|\(\?:[^)]*\)|\[a-z_\]\+|\[a-z0-9-\]\+|\[\^\.\]\+/g, '(?:$&|KEY)'));
  return { def, re, keyRe, params };
});
const MATCHER_OF: ReadonlyMap<FactDefinition, (typeof MATCHERS)[number]> = new Map(MATCHERS.map((m) => [m.def, m]));

/** The first segment of a fact name (`expenditure` of `expenditure.economic.{code}.lines`). */
const headOf = (name: string): string => {
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
};

/**
 * The matchers of the catalog's patterns (the names with a `{placeholder}`), by first segment, each
 * list in catalog order: every catalog name starts with a fixed segment, so a name is only tested
 * against the patterns of its subject (a pattern whose first segment were a placeholder would be in
 * every list). Fixed names are not in these lists: `BY_NAME` below answers for them, and a name that
 * is not one of them cannot match one. An index of the static catalog, built once, not a cache
 * filled by calls.
 */
const PATTERNS: readonly (typeof MATCHERS)[number][] = MATCHERS.filter((m) => m.def.name.includes('{'));
const PATTERNS_BY_HEAD: ReadonlyMap<string, readonly (typeof MATCHERS)[number][]> = new Map(
  [...new Set(PATTERNS.map((m) => headOf(m.def.name)))].map((head) => [
    head,
    PATTERNS.filter((m) => headOf(m.def.name) === head || headOf(m.def.name).includes('{')),
  ]),
);
const HEADLESS_PATTERNS: readonly (typeof MATCHERS)[number][] = PATTERNS.filter((m) => headOf(m.def.name).includes('{'));

/** The first pattern, in catalog order, that matches `name`, a name that is not a fixed name of the catalog. */
function lookupPattern(name: string): FactDefinition | undefined {
  const probe = name.includes('{') ? name.replace(/\{key\}/g, 'KEY') : name;
  for (const m of PATTERNS_BY_HEAD.get(headOf(name)) ?? HEADLESS_PATTERNS) {
    if (m.re.test(name)) return m.def;
    if (probe !== name && m.keyRe.test(probe)) return m.def;
  }
  return undefined;
}

/**
 * The definition of each fixed name of the catalog: the first definition, in catalog order, whose
 * name or pattern matches it (a pattern may come before a fixed name it covers). An index of the
 * static catalog, built once (not a cache filled by calls), so the common lookups test no pattern.
 */
const BY_NAME: ReadonlyMap<string, FactDefinition | undefined> = new Map(
  FACT_CATALOG.filter((def) => !def.name.includes('{')).map((def) => [def.name, MATCHERS.find((m) => m.re.test(def.name))?.def]),
);

/**
 * The catalog definition a fact name belongs to, or undefined for an unknown fact. Names may
 * use `{key}` as a placeholder for rules that iterate (`forEach`).
 *
 * @example
 * ```ts
 * import { findFactDefinition } from 'jixiao';
 * findFactDefinition('expenditure.economic.301.stated')?.type; // "money"
 * ```
 */
export function findFactDefinition(name: string): FactDefinition | undefined {
  return BY_NAME.has(name) ? BY_NAME.get(name) : lookupPattern(name);
}

/**
 * The values of the `{placeholder}`s of `def`'s name in `name` (`{ code: '301' }` for
 * `expenditure.economic.301.stated`), read with the catalog's own matcher; `{}` for a fixed name,
 * undefined when `name` is not one of `def`'s. @internal
 */
export function factParams(def: FactDefinition, name: string): Record<string, string> | undefined {
  const m = MATCHER_OF.get(def);
  const found = m?.re.exec(name);
  if (!m || !found) return undefined;
  const out: Record<string, string> = {};
  m.params.forEach((p, i) => {
    out[p] = found[i + 1] as string;
  });
  return out;
}
