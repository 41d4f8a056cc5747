import type { Locale } from '../issues.js';

/** Parameters of a rule reason. */
type P = Readonly<Record<string, string | number | boolean | undefined>>;

const s = (v: unknown): string => (v === undefined ? '' : String(v));

/**
 * Every sentence and sentence piece the rule engine writes (finding messages, leaf explanations,
 * reasons, labels, condition descriptions), in one language. The engine only fills in values and
 * chooses which piece to use; the words, punctuation and order are here. @internal
 */
export interface RuleMessages {
  /** Tags at the head of a finding's message, by outcome. */
  readonly tag: { readonly pass: string; readonly rounding: string; readonly notApplicable: string; readonly ruleError: string };
  /** The tag of a failure, by the rule's severity. */
  readonly severityTag: (severity: 'error' | 'warning' | 'info') => string;
  /** A finding's sentence: tag, heading and (when there is one) the body. */
  readonly finding: (tag: string, heading: string, body: string) => string;
  /** The heading of a finding of an iterating rule: its title and the key's name. */
  readonly keyedTitle: (title: string, key: string) => string;
  /** Between the explained leaves of a finding, and between context facts. */
  readonly listSeparator: string;
  /** The body of a finding whose `when` condition does not hold. */
  readonly whenNotMet: (leaves: string) => string;
  /** One fact shown alongside the verdict, with its note. */
  readonly contextFact: (label: string, value: string, note: string | undefined) => string;
  /** The facts shown alongside the verdict (already joined by `contextSeparator`), appended to the message. */
  readonly alsoReported: (parts: string) => string;
  /** Between the facts shown alongside the verdict. */
  readonly contextSeparator: string;
  /** Appended to a waived failure's message. */
  readonly waived: (reason: string) => string;
  /** Why an iterating rule over an empty set has nothing to check. */
  readonly emptySet: (set: string) => string;
  /** Why a fact absent from the data cannot be compared. */
  readonly notInData: (name: string) => string;
  /** Between the values of a list operand. */
  readonly valueSeparator: string;
  /** A threshold's set and reliability, after its value. */
  readonly thresholdSource: (setId: string, reliability: string) => string;
  /** A rounding bound: n parts × half a unit. */
  readonly roundingBound: (bound: string, parts: number, half: string) => string;
  /** A declared tolerance. */
  readonly tolerance: (t: string) => string;
  /** A fact that `available` found missing. */
  readonly unavailable: (label: string) => string;
  /** A boolean fact and its value; with `want` when it should have been the other. */
  readonly booleanLeaf: (label: string, value: string, want: string | undefined) => string;
  /** Two values that differ only within the rounding bound. */
  readonly withinRounding: (a: string, b: string, difference: string, bound: string) => string;
  /** A failed comparison: the operator's reading, the difference and the bound exceeded. */
  readonly shouldBe: (a: string, reading: { readonly zh: string; readonly en: string }, b: string, difference: string | undefined, bound: string) => string;
  /** A value that is not there, and booleans. */
  readonly none: string;
  readonly yes: string;
  readonly no: string;
  /** A fact label with the names of its placeholders (code, item …), already joined by `keySeparator`. */
  readonly labelWithKeys: (base: string, keys: string) => string;
  /** Between the names of a fact label's placeholders. */
  readonly keySeparator: string;
  /** English names of 三公 items (zh-CN uses the model's names). */
  readonly threePublicItems?: Readonly<Record<string, string>>;
  /** Names of disclosure kinds. */
  readonly disclosureKinds: Readonly<Record<string, string>>;
  /** Kinds of compared values, for a comparison of kinds an operator cannot compare. */
  readonly kinds: (a: 'number' | 'boolean' | 'text', b: 'number' | 'boolean' | 'text' | undefined) => string;
  /** Condition descriptions (docs/rules.md and `when` explanations). */
  readonly describe: {
    readonly eachKey: string;
    readonly configured: (name: string) => string;
    readonly noOperand: (fact: string, reading: { readonly zh: string; readonly en: string }) => string;
    readonly withinRounding: string;
    readonly tolerance: (t: string) => string;
    readonly group: (text: string) => string;
    readonly and: string;
    readonly or: string;
    readonly not: (text: string) => string;
  };
  /** Threshold resolution. */
  readonly threshold: {
    readonly noFiscalYear: (label: string) => string;
    readonly notConfigured: (scope: string, year: number, label: string) => string;
    readonly scope: (place: string, level: string) => string;
    readonly placeSeparator: string;
    readonly levels: Readonly<Record<string, string>>;
  };
  /** Disclosure delays as of a date. */
  readonly delay: { readonly dateMissing: string; readonly invalidAsOf: (asOf: string) => string; readonly noEnd: string };
  /** Reasons of rule errors and of invalid operands in loaded packs, keyed by reason code. */
  readonly reasons: Readonly<Record<string, (p: P) => string>>;
  /** The tag of a pass within the rounding bound whose difference is larger than typical rounding. */
  readonly tagSuspect: string;
  /** Two values whose difference is within the rounding bound but larger than typical rounding. */
  readonly beyondTypicalRounding: (a: string, b: string, difference: string, bound: string, typical: string) => string;
}

const ZH_CN: RuleMessages = {
  tag: { pass: '【通过】', rounding: '【信息·尾差】', notApplicable: '【不适用】', ruleError: '【无法判定】' },
  severityTag: (severity) => `【${{ error: '强制性', warning: '提示性', info: '信息' }[severity]}】`,
  finding: (tag, heading, body) => `${tag}${heading}${body ? `：${body}` : ''}。`,
  keyedTitle: (title, key) => `${title}（${key}）`,
  listSeparator: '；',
  whenNotMet: (leaves) => `适用条件不成立：${leaves}`,
  contextFact: (label, value, note) => `${label} ${value}${note ? `（${note}）` : ''}`,
  alsoReported: (parts) => `另：${parts}。`,
  contextSeparator: '；',
  waived: (reason) => `（已豁免：${reason}）`,
  emptySet: (set) => `数据中没有可检查的项目（${set} 为空）`,
  notInData: (name) => `数据中没有 ${name}`,
  valueSeparator: '、',
  thresholdSource: (setId, reliability) => `（${setId}，可靠性 ${reliability}）`,
  roundingBound: (bound, parts, half) => `舍入误差界限 ${bound}（${parts} 项 × ${half}）`,
  tolerance: (t) => `容差 ${t}`,
  unavailable: (label) => `${label}不可得`,
  booleanLeaf: (label, value, want) => `${label}：${value}${want !== undefined ? `，应为“${want}”` : ''}`,
  withinRounding: (a, b, d, bound) => `${a}与${b}相差 ${d}，在${bound}以内，属尾差`,
  shouldBe: (a, reading, b, d, bound) => `${a}，应${reading.zh} ${b}${d ? `，差额 ${d}` : ''}${bound ? `，超出${bound}` : ''}`,
  none: '无',
  yes: '是',
  no: '否',
  labelWithKeys: (base, keys) => `${base}（${keys}）`,
  keySeparator: '，',
  disclosureKinds: { budget: '部门预算', final_accounts: '部门决算', performance: '绩效信息', three_public_funds: '“三公”经费' },
  kinds: (a, b) => {
    const k = { number: '数值', boolean: '布尔值', text: '文本' } as const;
    return `${k[a]}${b ? `与${k[b]}` : ''}`;
  },
  describe: {
    eachKey: '逐项',
    configured: (name) => `所配置的${name}`,
    noOperand: (fact, reading) => `${fact}${reading.zh}`,
    withinRounding: '（允许舍入误差）',
    tolerance: (t) => `（容差 ${t}）`,
    group: (text) => `（${text}）`,
    and: ' 且 ',
    or: ' 或 ',
    not: (text) => `非（${text}）`,
  },
  threshold: {
    noFiscalYear: (label) => `未提供被评价年度，无法确定适用的${label}`,
    notConfigured: (scope, year, label) => `未配置适用于${scope}${year}年度的${label}（可通过 thresholds 选项提供）`,
    scope: (place, level) => `${place || '未指明地区'}${level ? `（${level}）` : ''}`,
    placeSeparator: '',
    levels: { central: '中央', provincial: '省级', municipal: '市级', county: '县级', township: '乡镇级' },
  },
  delay: { dateMissing: '缺少日期', invalidAsOf: (asOf) => `评价基准日 asOf 格式无效：${asOf}`, noEnd: '未列公开日期，且未提供评价基准日（asOf）' },
  reasons: {
    unknown_operator: (p) => `未知的运算符 ${s(p.op)}`,
    unknown_threshold: (p) => `未知的阈值 ${s(p.name)}`,
    no_tolerance: (p) => `运算符 ${s(p.op)} 不接受容差`,
    bad_tolerance: (p) => `容差应为非负十进制数或 "rounding"，收到 ${s(p.tolerance ?? p.received)}`,
    bad_operand: (p) => `运算符 ${s(p.op)} 无法比较${s(p.kinds)}`,
    unknown_set: (p) => `未知的事实集合 ${s(p.set)}`,
    mixed_node: () => '条件节点只能是 all、any、not 之一或一个比较（fact + op），不能混用',
    key_without_for_each: (p) => `事实名称 ${s(p.fact)} 使用了 {key}，但规则没有 forEach`,
    missing_value: (p) => `运算符 ${s(p.op)} 需要 value（数值、{ fact } 或 { threshold }）`,
    expects_single: (p) => `运算符 ${s(p.op)} 需要单个比较对象，而不是列表`,
    expects_list: (p) => `运算符 ${s(p.op)} 需要一个列表`,
    bad_range: (p) => `运算符 ${s(p.op)} 需要 [下限, 上限] 两个十进制数`,
    unexpected_value: (p) => `运算符 ${s(p.op)} 不接受 value`,
    needs_number: (p) => `运算符 ${s(p.op)} 只能比较数值，而该事实的类型为 ${s(p.type)}`,
    needs_boolean: (p) => `运算符 ${s(p.op)} 只适用于布尔值，而该事实的类型为 ${s(p.type)}`,
    type_mismatch: (p) => `运算符 ${s(p.op)} 两侧类型不一致（${s(p.left)} 与 ${s(p.right)}）`,
    rounding_needs_money: () => '容差 "rounding" 只适用于金额事实',
    not_decimal: (p) => `不是可精确表示的十进制数：${s(p.received)}`,
  },
  tagSuspect: '【提示性·可能的错误】',
  beyondTypicalRounding: (a, b, d, bound, typical) => `${a}与${b}相差 ${d}，虽在${bound}以内，但大于通常的舍入误差 ${typical}，可能的错误，请核对`,
};

const EN: RuleMessages = {
  tag: { pass: '[pass]', rounding: '[info · rounding]', notApplicable: '[not applicable]', ruleError: '[rule error]' },
  severityTag: (severity) => `[${severity}]`,
  finding: (tag, heading, body) => `${tag} ${heading}${body ? `: ${body}` : ''}.`,
  keyedTitle: (title, key) => `${title} (${key})`,
  listSeparator: '; ',
  whenNotMet: (leaves) => `the rule does not apply: ${leaves}`,
  contextFact: (label, value, note) => `${label} ${value}${note ? ` (${note})` : ''}`,
  alsoReported: (parts) => ` Also: ${parts}.`,
  contextSeparator: '; ',
  waived: (reason) => ` Waived: ${reason}`,
  emptySet: (set) => `nothing to check (${set} is empty)`,
  notInData: (name) => `${name} is not in the data`,
  valueSeparator: ', ',
  thresholdSource: (setId, reliability) => ` (${setId}, reliability ${reliability})`,
  roundingBound: (bound, parts, half) => `the rounding bound ${bound} (${parts} parts × ${half})`,
  tolerance: (t) => `the tolerance ${t}`,
  unavailable: (label) => `${label} unavailable`,
  booleanLeaf: (label, value, want) => `${label}: ${value}${want !== undefined ? `, expected ${want}` : ''}`,
  withinRounding: (a, b, d, bound) => `${a} and ${b} differ by ${d}, within ${bound}: a rounding difference`,
  shouldBe: (a, reading, b, d, bound) => `${a} should be ${reading.en} ${b}${d ? `; difference ${d}` : ''}${bound ? `, beyond ${bound}` : ''}`,
  none: 'n/a',
  yes: 'yes',
  no: 'no',
  labelWithKeys: (base, keys) => `${base} (${keys})`,
  keySeparator: ', ',
  threePublicItems: {
    outboundTravel: 'outbound travel',
    vehiclePurchase: 'vehicle purchase',
    vehicleOperation: 'vehicle operation',
    reception: 'official reception',
  },
  disclosureKinds: {
    budget: 'department budget',
    final_accounts: 'final accounts',
    performance: 'performance information',
    three_public_funds: '"three public" funds',
  },
  kinds: (a, b) => `${a}${b ? ` and ${b}` : ''}`,
  describe: {
    eachKey: 'each key',
    configured: (name) => `the configured ${name}`,
    noOperand: (fact, reading) => `${fact} is ${reading.en}`,
    withinRounding: ' (within the rounding bound)',
    tolerance: (t) => ` (tolerance ${t})`,
    group: (text) => `(${text})`,
    and: ' and ',
    or: ' or ',
    not: (text) => `not (${text})`,
  },
  threshold: {
    noFiscalYear: (label) => `no fiscal year given, so the ${label} cannot be determined`,
    notConfigured: (scope, year, label) => `no ${label} is configured for ${scope} in fiscal ${year} (pass one in the thresholds option)`,
    scope: (place, level) => `${place || 'an unspecified region'}${level ? ` (${level} level)` : ''}`,
    placeSeparator: ' ',
    levels: {},
  },
  delay: { dateMissing: 'date missing', invalidAsOf: (asOf) => `invalid as-of date: ${asOf}`, noEnd: 'no publication date given and no as-of date' },
  reasons: {
    unknown_operator: (p) => `unknown operator ${s(p.op)}`,
    unknown_threshold: (p) => `unknown threshold ${s(p.name)}`,
    no_tolerance: (p) => `operator ${s(p.op)} takes no tolerance`,
    bad_tolerance: (p) => `tolerance must be a non-negative decimal or "rounding", received ${s(p.tolerance ?? p.received)}`,
    bad_operand: (p) => `operator ${s(p.op)} cannot compare ${s(p.kinds)}`,
    unknown_set: (p) => `unknown fact set ${s(p.set)}`,
    mixed_node: () => 'a condition is exactly one of all, any, not or a comparison (fact + op)',
    key_without_for_each: (p) => `fact ${s(p.fact)} uses {key} but the rule has no forEach`,
    missing_value: (p) => `operator ${s(p.op)} needs a value (a number, { fact } or { threshold })`,
    expects_single: (p) => `operator ${s(p.op)} compares with one value, not a list`,
    expects_list: (p) => `operator ${s(p.op)} needs a list`,
    bad_range: (p) => `operator ${s(p.op)} needs [low, high], two decimals`,
    unexpected_value: (p) => `operator ${s(p.op)} takes no value`,
    needs_number: (p) => `operator ${s(p.op)} compares numbers, but this fact is of type ${s(p.type)}`,
    needs_boolean: (p) => `operator ${s(p.op)} applies to booleans, but this fact is of type ${s(p.type)}`,
    type_mismatch: (p) => `operator ${s(p.op)} has different types on each side (${s(p.left)} and ${s(p.right)})`,
    rounding_needs_money: () => 'tolerance "rounding" applies to money facts only',
    not_decimal: (p) => `not an exactly representable decimal: ${s(p.received)}`,
  },
  tagSuspect: '[warning · possible error]',
  beyondTypicalRounding: (a, b, d, bound, typical) =>
    `${a} and ${b} differ by ${d}: within ${bound}, but larger than typical rounding (${typical}) — a possible error, to be checked`,
};

/** The rule engine's texts in each locale. @internal */
export const RULE_MESSAGES: Readonly<Record<Locale, RuleMessages>> = { 'zh-CN': ZH_CN, en: EN };

/** The rule engine's texts in `locale` (zh-CN for anything but `en`). @internal */
export const ruleMessages = (locale: Locale): RuleMessages => (locale === 'en' ? EN : ZH_CN);
