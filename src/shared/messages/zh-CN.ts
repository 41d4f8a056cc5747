import type { MessageTable } from './index.js';
import { amountFault, oneSide, typeName } from './wording.js';

const s = (v: unknown): string => (v === undefined ? '' : String(v));
/** "（是否指 X？）" when a suggestion was found. */
const hint = (v: unknown): string => (v === undefined || v === '' ? '' : `（是否指 ${String(v)}？）`);

/** Why an amount text was refused, and how to write it. */
function amountMessage(received: string): string {
  const f = amountFault(received);
  const fix = f.fixed !== undefined ? `，请写作 "${f.fixed}"` : '';
  switch (f.fault) {
    case 'full_width':
      return `金额含全角字符（如 ８、．、，），收到 ${received}：请改用半角数字${fix}`;
    case 'unit_suffix':
      return `金额不能带单位“${s(f.unit)}”，收到 ${received}：单位由 unit 字段统一指定（万元或元）${fix}`;
    case 'thousands':
      return `金额不能使用千分位逗号，收到 ${received}${fix}`;
    case 'exponent':
      return `金额不能使用科学计数法，收到 ${received}：请写出完整的十进制数字`;
    case 'empty':
      return `金额不能为空，收到 ${received}：没有数据时请省略该字段，而不是填 0 或空值`;
    case 'spaces':
      return `金额前后不能有空格，收到 ${received}${fix}`;
    case 'plus':
      return `金额不能带正号，收到 ${received}${fix}`;
    case 'leading_zero':
      return `金额不能有前导零，收到 ${received}${fix}`;
    default:
      return `金额必须是十进制数字（如 "576.08"），收到 ${received}`;
  }
}

/** Chinese (zh-CN) issue messages, keyed by issue code. */
export const zhCN: MessageTable = {
  required: () => '缺少必填项',
  invalid_type: (p) => `类型错误：应为${typeName(s(p.expected), 'zh-CN')}，收到 ${typeName(s(p.received), 'zh-CN')}`,
  invalid_value: (p) =>
    `取值无效${p.expected ? `：应为 ${s(p.expected)} 之一` : ''}${p.received !== undefined ? `，收到 ${s(p.received)}` : ''}${hint(p.suggestion)}`,
  unrecognized_key: (p) => `无法识别的字段 ${s(p.key)}${hint(p.suggestion)}`,
  too_small: (p) => `数值过小：至少为 ${s(p.minimum)}`,
  too_big: (p) => `数值过大：至多为 ${s(p.maximum)}`,
  invalid_format: (p) => `格式错误${p.expected ? `：应为${s(p.expected)}` : ''}${p.received !== undefined ? `，收到 ${s(p.received)}` : ''}`,
  invalid_date: (p) => `日期无效：应为 YYYY-MM-DD 格式的真实日期，收到 ${s(p.received)}`,
  invalid_amount: (p) => amountMessage(s(p.received)),
  amount_too_precise: (p) => `金额小数位过多：${s(p.unit)}最多 ${s(p.max)} 位小数（精确到分），收到 ${s(p.decimals)} 位`,
  amount_too_large: (p) => `金额过大：整数部分最多 ${s(p.max)} 位，收到 ${s(p.digits)} 位`,
  negative_amount: () => '金额不能为负数',
  negative_zero: () => '金额不能写作 "-0"',
  unsafe_number: (p) => `数字无法被 JavaScript 精确表示${p.received !== undefined ? `（收到 ${s(p.received)}）` : ''}：请把金额写成带引号的字符串，如 "0.3"`,
  invalid_code: (p) => `科目编码格式错误：${oneSide(s(p.catalog), 'zh-CN')}编码应为 ${oneSide(s(p.expected), 'zh-CN')}，收到 ${s(p.received)}`,
  unknown_code: (p) => `未知的${oneSide(s(p.catalog), 'zh-CN')}科目编码 ${s(p.received)}${hint(p.suggestion)}（如确为有效编码，请在 allowUnknownCodes 中声明）`,
  code_level_mismatch: (p) => `科目级次不符：应为${s(p.expected)}级编码，收到 ${s(p.received)}`,
  duplicate_id: (p) => `标识重复：${s(p.id)}`,
  forbidden_key: (p) => `禁止使用的字段名 ${s(p.key)}（可能导致原型污染）`,
  too_deep: (p) => `嵌套层级过深：最多 ${s(p.max)} 层`,
  string_too_long: (p) => `文本过长：最多 ${s(p.max)} 个字符，收到 ${s(p.length)} 个`,
  too_many_items: (p) => `条目过多：最多 ${s(p.max)} 条，收到 ${s(p.count)} 条`,
  invalid_json: (p) =>
    p.line !== undefined ? `不是合法的 JSON：第 ${s(p.line)} 行第 ${s(p.column)} 列有语法错误（该行：${s(p.excerpt)}）` : `不是合法的 JSON：${s(p.detail)}`,
  invalid_yaml: (p) =>
    p.line !== undefined ? `不是合法的 YAML：第 ${s(p.line)} 行第 ${s(p.column)} 列有语法错误（该行：${s(p.excerpt)}）` : `不是合法的 YAML：${s(p.detail)}`,
  year_mismatch: (p) => `年度不符：被评价年度 ${s(p.fiscalYear)} 晚于评价年度 ${s(p.evaluationYear)}`,
  unknown_fact: (p) => `未知的事实名称 ${s(p.fact)}`,
  unknown_operator: (p) => `未知的运算符 ${s(p.operator)}，可用：${s(p.expected)}`,
  invalid_operand: (p) => `运算对象无效：${s(p.detail)}`,
  unknown_threshold: (p) => `未知的阈值 ${s(p.threshold)}，可用：${s(p.expected)}`,
  unknown_rule: (p) => `未知的规则 ${s(p.ruleId)}`,
  unknown_indicator: (p) => `未知的指标 ${s(p.indicator)}`,
  unknown_method: (p) => `未知的评分方法 ${s(p.method)}`,
  unknown_system: (p) => `未知的指标体系 ${s(p.system)}，可用：${s(p.expected)}`,
  points_mismatch: (p) => `下级指标分值合计 ${s(p.actual)} 与本级分值 ${s(p.expected)} 不符`,
  invalid_bands: (p) => `分档区间无效：${s(p.detail)}`,
  cycle: (p) => `指标树存在循环引用：${s(p.detail)}`,
  invalid_input: (p) => `输入无效${p.detail ? `：${s(p.detail)}` : ''}`,
  invalid_spreadsheet: (p) => `无法读取表格文件${p.format ? `（${s(p.format)}）` : ''}：${s(p.detail)}`,
  file_too_large: (p) => `文件过大：最多 ${s(p.max)} 字节，收到 ${s(p.size)} 字节`,
  too_many_cells: (p) => `单元格过多：最多 ${s(p.max)} 个，收到至少 ${s(p.count)} 个`,
  missing_column: (p) => `找不到“${s(p.column)}”列（可用的表头名称：${s(p.expected)}）`,
  indicator_pending: (p) => `指标“${s(p.name)}”待评：尚无评价意见，暂计0分（满分${s(p.points)}分），总分与等级为暂定`,
  system_default: (p) => `未指定评价指标体系，缺省选用 ${s(p.system)}（${s(p.name)}）`,
  system_scope_mismatch: (p) => `评价指标体系 ${s(p.system)} 的适用范围（${s(p.scope)}）与被评价部门（${s(p.actual)}）不符`,
  claim_unmatched: (p) => `自评的${s(p.what)}无法核对：${s(p.detail)}`,
  claim_differs: (p) => `自评${s(p.what)} ${s(p.claimed)} 与核定 ${s(p.computed)} 不符`,
};
