/**
 * Column roles of an indicator sheet.
 *
 * @example
 * ```ts
 * import { INDICATOR_HEADER_ALIASES, type IndicatorColumn } from 'jixiao/xlsx';
 * const role: IndicatorColumn = 'standard';
 * INDICATOR_HEADER_ALIASES[role]; // ['评分标准', '评分规则', '评分细则', …]
 * ```
 */
export type IndicatorColumn =
  'level1' | 'level2' | 'level3' | 'level4' | 'points' | 'explanation' | 'standard' | 'score' | 'deduction' | 'reason' | 'id' | 'machine';

/**
 * Column roles of a ledger (expenditure or income) sheet.
 *
 * @example
 * ```ts
 * import { LEDGER_HEADER_ALIASES, type LedgerColumn } from 'jixiao/xlsx';
 * const role: LedgerColumn = 'economicCode';
 * LEDGER_HEADER_ALIASES[role][0]; // "经济分类科目编码"
 * ```
 */
export type LedgerColumn =
  'functionalCode' | 'functionalName' | 'economicCode' | 'economicName' | 'amount' | 'basic' | 'project' | 'nature' | 'projectName' | 'item';

/**
 * Header names accepted for each column, by role. Matching ignores spaces, full/half width and a trailing "(…)" note.
 *
 * @example
 * ```ts
 * import { readIndicatorSheet, type HeaderAliases, type IndicatorColumn } from 'jixiao/xlsx';
 * const aliases: HeaderAliases<IndicatorColumn> = { points: ['考核分'], standard: ['打分标准'] };
 * const r = readIndicatorSheet(bytes, { aliases });
 * ```
 */
export type HeaderAliases<TRole extends string> = { readonly [K in TRole]?: readonly string[] };

/**
 * The documented header names of indicator sheets. Pass `aliases` to the reader to add your own;
 * they are tried before these.
 *
 * @example
 * ```ts
 * import { INDICATOR_HEADER_ALIASES } from 'jixiao/xlsx';
 * INDICATOR_HEADER_ALIASES.points; // ['分值', '权重', '标准分', …]
 * ```
 */
export const INDICATOR_HEADER_ALIASES: { readonly [K in IndicatorColumn]: readonly string[] } = {
  level1: ['一级指标', '一级', '一级指标名称', '一级评价指标', '评价维度'],
  level2: ['二级指标', '二级', '二级指标名称', '二级评价指标'],
  level3: ['三级指标', '三级', '三级指标名称', '三级评价指标', '具体指标'],
  level4: ['四级指标', '四级', '四级指标名称'],
  points: ['分值', '权重', '标准分', '标准分值', '满分', '指标分值', '权重分', '权重(分值)', '分数', '指标权重'],
  explanation: ['指标解释', '指标说明', '指标内涵', '指标定义', '评价要点', '考核内容', '评价内容', '指标释义'],
  standard: ['评分标准', '评分规则', '评分细则', '计分标准', '计分方法', '评分办法', '考评标准', '扣分标准', '评分方法'],
  score: ['得分', '自评得分', '评价得分', '实际得分', '评分'],
  deduction: ['扣分', '扣分值', '扣减分值'],
  reason: ['扣分原因', '扣分理由', '扣分说明', '得分说明', '评分说明', '扣分依据'],
  id: ['指标ID', '指标编码', '指标代码', '指标编号', 'id'],
  machine: ['jixiao'],
};

/**
 * The documented header names of ledger sheets (部门决算 tables). A "科目编码" header with no
 * classification named is read as the functional code; "金额" and its variants as the amount.
 *
 * @example
 * ```ts
 * import { LEDGER_HEADER_ALIASES } from 'jixiao/xlsx';
 * LEDGER_HEADER_ALIASES.economicCode; // ['经济分类科目编码', …]
 * ```
 */
export const LEDGER_HEADER_ALIASES: { readonly [K in LedgerColumn]: readonly string[] } = {
  functionalCode: ['功能分类科目编码', '功能科目编码', '功能分类编码', '支出功能分类科目编码', '功能分类代码', '科目编码', '功能分类科目代码'],
  functionalName: ['功能分类科目名称', '功能科目名称', '功能分类名称', '支出功能分类科目名称', '科目名称'],
  economicCode: ['经济分类科目编码', '经济科目编码', '经济分类编码', '部门经济分类科目编码', '支出经济分类科目编码', '经济分类代码', '经济分类科目代码'],
  economicName: ['经济分类科目名称', '经济科目名称', '经济分类名称', '部门经济分类科目名称', '支出经济分类科目名称'],
  amount: ['金额', '决算数', '支出决算数', '本年支出', '本年支出合计', '支出合计', '合计', '决算金额', '本年收入', '收入决算数', '数额'],
  basic: ['基本支出'],
  project: ['项目支出'],
  nature: ['支出性质', '性质', '支出类型', '基本/项目'],
  projectName: ['项目名称'],
  item: ['收入项目', '项目', '收入来源', '收入类别', '科目'],
};
