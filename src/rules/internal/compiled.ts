/**
 * Rule packs compiled once, evaluated many times.
 *
 * The interpreter (evaluateRule → evaluateCondition → evaluateLeaf) re-reads every rule on every
 * run: it re-substitutes `{key}` by scanning each fact name, re-checks the operator, re-inspects
 * the shape of the right-hand side, wraps both operands in a `Typed` object per leaf, builds the
 * reasons of bad operators and thresholds and the tags of the message again, and passes a
 * `MessageInput` object to the message builder. All of that depends on the rule only, and the
 * core pack is run once per evaluated department, so it is worked out here once per pack and
 * the evaluation reads the facts' values directly.
 *
 * Semantics are the interpreter's, leaf for leaf and key for key (the oracle test compares the
 * two on the fixtures and on random, valid and invalid, packs). A rule whose shape the compiler
 * does not fully understand (a non-string fact name or operator, a literal that is neither a
 * string nor a boolean, a condition that is not an object …) is not compiled: it runs through the
 * interpreter, which gives such rules their documented outcome (or throws, as it always did).
 *
 * Packs are treated as immutable once run, like scoring systems: the compiled form is kept by
 * pack object, and a rule's id, title, category, refs, tags and leaves are read when it is
 * compiled. A rule replaced in the pack (a new `rules` array, or a new rule object, `when`,
 * `check`, `context`, `forEach` or `severity` at the same place) is noticed and runs through the
 * interpreter (or is compiled afresh with a new `rules` array); a leaf object changed in
 * place after the pack was run is not. @internal
 */
import type { FactValue } from '../../facts/types.js';
import type { Locale } from '../../shared/issues.js';
import { isOperator, OPERATORS, type Operator } from '../operators.js';
import type { Condition, Leaf, Rule, RulePack } from '../schema.js';
import { isThresholdKey, THRESHOLD_KEYS, type ThresholdKey } from '../thresholds.js';
import type { Finding, LeafResult, RuleStatus } from '../types.js';
import { compareInto, compareNumberValues, mismatchKinds, type ValueKind } from './compare.js';
import { CONTEXT_FACT_NAMES } from './contextFacts.js';
import type { EvalContext, LeafDraft, Outcome } from './evaluateLeaf.js';
import { combine } from './evaluateCondition.js';
import { evaluateRuleAllKeys, withinRounding } from './evaluateRule.js';
import { bodyText, SEVERITY } from './findingMessage.js';
import { leafText } from './message.js';
import { factLabel, formatValue, keyName } from './format.js';
import { runtimeReason } from './reasons.js';
import { fromLiteral, type Typed, typedFact, unavailableReason } from './values.js';

const hasOwn = Object.prototype.hasOwnProperty;

/** A text per locale: [zh-CN, en], indexed by `en ? 1 : 0`. */
type Pair = readonly [string, string];

const reasonPair = (code: string, params: Readonly<Record<string, string>>): Pair => [runtimeReason(code, 'zh-CN', params), runtimeReason(code, 'en', params)];

/** A fact name with its `{key}` placeholders split out once. */
interface Name {
  readonly text: string;
  /** The text between the `{key}` placeholders; undefined when there is none. */
  readonly parts: readonly string[] | undefined;
  /** Whether the name may be one of the run's context facts (looked up before the facts). */
  readonly context: boolean;
}

function compileName(text: string): Name {
  const parts = text.split('{key}');
  if (parts.length === 1) return { text, parts: undefined, context: CONTEXT_FACT_NAMES.has(text) };
  // A name with a placeholder may become a context fact's name once the key is in, when it starts
  // and ends as one does (and, without a key, when it is one). Most keyed names cannot, and then
  // their lookups skip the context.
  const head = parts[0] as string;
  const tail = parts[parts.length - 1] as string;
  let context = CONTEXT_FACT_NAMES.has(text);
  for (const n of CONTEXT_FACT_NAMES) if (n.length >= head.length + tail.length && n.startsWith(head) && n.endsWith(tail)) context = true;
  return { text, parts, context };
}

/** `withKey(name, key)`: every `{key}` replaced, or the name as is without a key. */
function nameOf(n: Name, key: string | undefined): string {
  const p = n.parts;
  if (key === undefined || p === undefined) return n.text;
  return p.length === 2 ? (p[0] as string) + key + (p[1] as string) : p.join(key);
}

/** `lookupFact(ctx.values, name, ctx.context)`, skipping the context when the name cannot be one of its facts. */
function lookup(ctx: EvalContext, name: string, maybeContext: boolean): FactValue | undefined {
  const c = ctx.context;
  if (maybeContext && c !== undefined && hasOwn.call(c, name)) return c[name];
  const values = ctx.values;
  return hasOwn.call(values, name) ? values[name] : undefined;
}

/** How many stated amounts a money fact adds up (as `partsOf` in values.ts). */
function partsOf(f: FactValue): number {
  if (f.type !== 'money') return 0;
  return 'parts' in f && f.parts !== undefined ? f.parts : 1;
}

const kindOf = (type: FactValue['type']): ValueKind => (type === 'boolean' ? 'boolean' : type === 'text' ? 'text' : 'number');

// The right-hand side of a leaf.
const V_NONE = 0;
const V_LIST = 1;
const V_FACT = 2;
const V_BAD_THRESHOLD = 3;
const V_THRESHOLD = 4;
const V_LITERAL = 5;

interface CompiledLeaf {
  readonly fact: Name;
  /** `String(leaf.op)`, as written to the leaf result. */
  readonly op: string;
  /** Undefined for an unknown operator (then `opReason` says so). */
  readonly operator: Operator | undefined;
  readonly opReason: Pair | undefined;
  readonly value: number;
  readonly expectedFact: Name | undefined;
  readonly threshold: ThresholdKey | undefined;
  /** V_BAD_THRESHOLD: the unknown threshold's reason. */
  readonly thresholdReason: Pair | undefined;
  readonly literal: string | boolean | undefined;
  readonly literalKind: ValueKind | undefined;
  readonly list: readonly (string | boolean)[] | undefined;
  readonly tolerance: string | undefined;
  /** A tolerance on an operator that takes none: the reason of the error. */
  readonly noTolerance: Pair | undefined;
  /** The fact's label and a space, by locale, when its name has no `{key}` (for the message). */
  readonly label: Pair | undefined;
  /** The same for the expected fact. */
  readonly expectedLabel: Pair | undefined;
  /** The operator's symbol between spaces, e.g. " = ", for a value operator (eq, lt, lte, gt, gte). */
  readonly symbol: string | undefined;
}

const N_LEAF = 0;
const N_ALL = 1;
const N_ANY = 2;
const N_NOT = 3;

interface CompiledNode {
  readonly kind: number;
  readonly leaf: CompiledLeaf | undefined;
  readonly parts: readonly CompiledNode[] | undefined;
  readonly inner: CompiledNode | undefined;
}

interface CompiledContextFact {
  readonly fact: Name;
  /** The note after the value: [" (…)" / "（…）"], or ['', ''] without one. */
  readonly note: Pair;
}

/** One rule, compiled. @internal */
export interface CompiledRule {
  readonly rule: Rule;
  /** What the compiled form was built from, to notice a rule changed at the same place. */
  readonly sources: readonly [unknown, unknown, unknown, unknown, unknown];
  readonly when: CompiledNode | undefined;
  readonly check: CompiledNode;
  readonly context: readonly CompiledContextFact[] | undefined;
  /** The rule's fields a finding copies, as read when compiled. */
  readonly id: string;
  readonly category: Rule['category'];
  readonly refs: Rule['refs'];
  readonly tags: Rule['tags'];
  readonly severity: Rule['severity'];
  /** The title by locale (`rule.title`, as read when compiled). */
  readonly title: readonly [unknown, unknown];
  /**
   * The start of the message by status (see {@link STATUS_INDEX}) and locale: tag and title, then
   * what follows the title — for a rule without `forEach` ": " (when a body follows) or "." (when
   * none does), for one with it the opening bracket of the key.
   */
  readonly colon: readonly Pair[];
  readonly stop: readonly Pair[];
  readonly open: readonly Pair[];
  readonly hint: 'economic' | 'functional' | undefined;
}

/** Statuses in the order of the message heads: pass, pass within rounding, not applicable, error, fail. */
const TAGS: readonly Pair[] = [
  ['【通过】', '[pass]'],
  ['【信息·尾差】', '[info · rounding]'],
  ['【不适用】', '[not applicable]'],
  ['【无法判定】', '[rule error]'],
];

const isPlainLiteral = (x: unknown): x is string | boolean => typeof x === 'string' || typeof x === 'boolean';

/** A literal's kind, as `fromLiteral` decides it. */
const literalKind = (v: string | boolean): ValueKind => fromLiteral(v, 'number').kind;

/** `factLabel(name) + ' '` in both locales, for a name without `{key}` (labels come from the static catalog). */
const labelPair = (name: string): Pair | undefined => (name.includes('{key}') ? undefined : [`${factLabel(name, 'zh-CN')} `, `${factLabel(name, 'en')} `]);

/** Compile a leaf, or undefined when its shape is one only the interpreter handles. */
function compileLeaf(leaf: Leaf): CompiledLeaf | undefined {
  const fact: unknown = leaf.fact;
  const opValue: unknown = leaf.op;
  const tolerance: unknown = leaf.tolerance;
  if (typeof fact !== 'string' || typeof opValue !== 'string') return undefined;
  if (tolerance !== undefined && typeof tolerance !== 'string') return undefined;
  const op = opValue;
  const operator = isOperator(op) ? op : undefined;
  const v: unknown = leaf.value;
  let value = V_NONE;
  let expectedFact: Name | undefined;
  let threshold: ThresholdKey | undefined;
  let thresholdReason: Pair | undefined;
  let literal: string | boolean | undefined;
  let kind: ValueKind | undefined;
  let list: readonly (string | boolean)[] | undefined;
  if (v === undefined) value = V_NONE;
  else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!(i in v) || !isPlainLiteral(v[i])) return undefined;
    value = V_LIST;
    list = v as (string | boolean)[];
  } else if (typeof v === 'object' && v !== null && 'fact' in v) {
    const name: unknown = (v as { fact: unknown }).fact;
    if (typeof name !== 'string') return undefined;
    value = V_FACT;
    expectedFact = compileName(name);
  } else if (typeof v === 'object' && v !== null && 'threshold' in v) {
    const name: unknown = (v as { threshold: unknown }).threshold;
    if (typeof name !== 'string') return undefined;
    if (isThresholdKey(name)) {
      value = V_THRESHOLD;
      threshold = name;
    } else {
      value = V_BAD_THRESHOLD;
      thresholdReason = reasonPair('unknown_threshold', { name });
    }
  } else if (isPlainLiteral(v)) {
    value = V_LITERAL;
    literal = v;
    kind = literalKind(v);
  } else return undefined;
  return {
    fact: compileName(fact),
    op,
    operator,
    opReason: operator === undefined ? reasonPair('unknown_operator', { op }) : undefined,
    value,
    expectedFact,
    threshold,
    thresholdReason,
    literal,
    literalKind: kind,
    list,
    tolerance,
    noTolerance: operator !== undefined && tolerance !== undefined && !OPERATORS[operator].tolerance ? reasonPair('no_tolerance', { op: operator }) : undefined,
    label: labelPair(fact),
    expectedLabel: expectedFact !== undefined ? labelPair(expectedFact.text) : undefined,
    symbol: operator !== undefined && OPERATORS[operator].operand === 'value' ? ` ${OPERATORS[operator].symbol} ` : undefined,
  };
}

/** Compile a condition tree, or undefined when any part is one only the interpreter handles. */
function compileNode(c: Condition): CompiledNode | undefined {
  if (typeof c !== 'object' || c === null) return undefined;
  if ('all' in c || 'any' in c) {
    const list: unknown = 'all' in c ? c.all : c.any;
    if (!Array.isArray(list)) return undefined;
    const parts: CompiledNode[] = [];
    for (let i = 0; i < list.length; i++) {
      if (!(i in list)) return undefined;
      const p = compileNode(list[i] as Condition);
      if (p === undefined) return undefined;
      parts.push(p);
    }
    return { kind: 'all' in c ? N_ALL : N_ANY, leaf: undefined, parts, inner: undefined };
  }
  if ('not' in c) {
    const inner = compileNode(c.not);
    return inner && { kind: N_NOT, leaf: undefined, parts: undefined, inner };
  }
  const leaf = compileLeaf(c);
  return leaf && { kind: N_LEAF, leaf, parts: undefined, inner: undefined };
}

function compileContext(rule: Rule): readonly CompiledContextFact[] | undefined | null {
  const facts: unknown = rule.context;
  if (facts === undefined || facts === null) return undefined;
  if (!Array.isArray(facts)) return null;
  if (facts.length === 0) return undefined;
  const out: CompiledContextFact[] = [];
  for (let i = 0; i < facts.length; i++) {
    const c: unknown = facts[i];
    if (!(i in facts) || typeof c !== 'object' || c === null) return null;
    const { fact, note } = c as { fact: unknown; note: unknown };
    if (typeof fact !== 'string') return null;
    let pair: Pair = ['', ''];
    if (note) {
      const n = note as { 'zh-CN': unknown; en: unknown };
      if (typeof n['zh-CN'] !== 'string' || typeof n.en !== 'string') return null;
      pair = [`（${n['zh-CN']}）`, ` (${n.en})`];
    }
    out.push({ fact: compileName(fact), note: pair });
  }
  return out;
}

/** Compile a rule, or undefined when it should run through the interpreter. @internal */
export function compileRule(rule: Rule): CompiledRule | undefined {
  if (typeof rule !== 'object' || rule === null || typeof rule.title !== 'object' || rule.title === null) return undefined;
  const forEach: unknown = rule.forEach;
  if (forEach !== undefined && typeof forEach !== 'string') return undefined;
  if (!hasOwn.call(SEVERITY, rule.severity)) return undefined;
  const when = rule.when ? compileNode(rule.when) : undefined;
  if (rule.when && when === undefined) return undefined;
  const check = compileNode(rule.check);
  if (check === undefined) return undefined;
  const context = compileContext(rule);
  if (context === null) return undefined;
  const [zh, en] = SEVERITY[rule.severity];
  const tags: Pair[] = [...TAGS, [`【${zh}】`, `[${en}]`]];
  const title = rule.title;
  const titles = [title['zh-CN'], title.en] as const;
  const heads = (zhEnd: string, enEnd: string): Pair[] => tags.map(([tz, te]) => [`${tz}${titles[0] as string}${zhEnd}`, `${te} ${titles[1] as string}${enEnd}`]);
  return {
    rule,
    sources: [rule.when, rule.check, rule.context, rule.forEach, rule.severity],
    when,
    check,
    context,
    id: rule.id,
    category: rule.category,
    refs: rule.refs,
    tags: rule.tags,
    severity: rule.severity,
    title: titles,
    colon: heads('：', ': '),
    stop: heads('。', '.'),
    open: heads('（', ' ('),
    hint: forEach?.startsWith('economic') ? 'economic' : forEach?.startsWith('functional') ? 'functional' : undefined,
  };
}

/** A pack's rules, compiled (undefined for a rule the interpreter runs). */
interface CompiledPack {
  readonly rules: readonly Rule[];
  readonly compiled: readonly (CompiledRule | undefined)[];
}

/** Compiled packs by pack object (see the module comment on immutability). */
const PACKS = new WeakMap<RulePack, CompiledPack>();

/**
 * The compiled rules of a pack, aligned with `pack.rules` (undefined for a rule the interpreter
 * runs); undefined when `pack.rules` is not an array. Compiled on first use, and again when the
 * pack's `rules` array was replaced or changed length (a rule replaced or changed at the top —
 * `when`, `check`, `context`, `forEach`, `severity` — is caught by {@link stillFor}). @internal
 */
export function compiledRules(pack: RulePack): readonly (CompiledRule | undefined)[] | undefined {
  const rules: unknown = pack.rules;
  if (!Array.isArray(rules)) return undefined;
  const c = PACKS.get(pack);
  if (c !== undefined && c.rules === rules && c.compiled.length === rules.length) return c.compiled;
  const compiled = (rules as readonly Rule[]).map((r) => compileRule(r));
  PACKS.set(pack, { rules: rules as readonly Rule[], compiled });
  return compiled;
}

/** Whether a compiled rule still describes `rule` (the same objects at the places it was built from). @internal */
export const stillFor = (c: CompiledRule, rule: Rule): boolean =>
  c.rule === rule &&
  c.sources[0] === rule.when &&
  c.sources[1] === rule.check &&
  c.sources[2] === rule.context &&
  c.sources[3] === rule.forEach &&
  c.sources[4] === rule.severity;

// ---- evaluation ----

/** The typed right-hand side, for the comparisons that still take `Typed` operands (in, between, lists). */
function typedExpected(cl: CompiledLeaf, like: FactValue['type'], g: FactValue | undefined, ev: unknown): Typed | readonly Typed[] | undefined {
  switch (cl.value) {
    case V_LIST:
      return (cl.list as readonly (string | boolean)[]).map((x) => fromLiteral(x, like));
    case V_FACT:
      return typedFact(g);
    case V_THRESHOLD:
      return { kind: 'number', value: ev as string, type: THRESHOLD_KEYS[cl.threshold as ThresholdKey].type, parts: 0 };
    case V_LITERAL:
      return fromLiteral(cl.literal as string | boolean, like);
    default:
      return undefined;
  }
}

/** `fill` of evaluateLeaf.ts on a compiled leaf: the same fields, in the same order, with the same outcome. */
function fill(r: LeafDraft, cl: CompiledLeaf, ctx: EvalContext, key: string | undefined): Outcome {
  const locale = ctx.locale;
  const en = locale === 'en' ? 1 : 0;
  const operator = cl.operator;
  if (operator === undefined) {
    r.reason = (cl.opReason as Pair)[en];
    return 'error';
  }
  const f = lookup(ctx, r.fact, cl.fact.context);
  if (f === undefined || f.status === 'unavailable') {
    r.reason = unavailableReason(f, r.fact, locale);
    return operator === 'available' ? 'false' : 'unknown';
  }
  const av = f.value;
  const ft = f.type;
  r.actual = av;
  r.valueType = ft;
  if (operator === 'available') return 'true';
  let ek: ValueKind | undefined;
  let ev: unknown;
  let ep = 0;
  let g: FactValue | undefined;
  switch (cl.value) {
    case V_LIST:
      r.expected = (cl.list as readonly (string | boolean)[]).slice();
      break;
    case V_FACT: {
      const name = nameOf(cl.expectedFact as Name, key);
      g = lookup(ctx, name, (cl.expectedFact as Name).context);
      if (name) r.expectedFact = name;
      if (g === undefined || g.status === 'unavailable') {
        r.reason = unavailableReason(g, name, locale);
        return 'unknown';
      }
      ek = kindOf(g.type);
      ev = g.value;
      ep = partsOf(g);
      r.expected = ev as string | boolean;
      break;
    }
    case V_BAD_THRESHOLD:
      r.reason = (cl.thresholdReason as Pair)[en];
      return 'error';
    case V_THRESHOLD: {
      const k = cl.threshold as ThresholdKey;
      const t = ctx.threshold(k);
      if (!t.ok) {
        r.threshold = { key: k };
        r.reason = en ? t.reasonEn : t.reason;
        return 'unknown';
      }
      r.threshold = { key: k, setId: t.set.id, reliability: t.set.provenance.reliability };
      ek = 'number';
      ev = t.value;
      r.expected = t.value;
      break;
    }
    case V_LITERAL:
      ek = cl.literalKind;
      ev = cl.literal;
      r.expected = ev as string | boolean;
      break;
    default:
      break;
  }
  if (cl.noTolerance !== undefined) {
    r.reason = cl.noTolerance[en];
    return 'error';
  }
  const ak = kindOf(ft);
  if (cl.value === V_LIST || operator === 'in' || operator === 'between') {
    // Lists and ranges are rare: the interpreter's comparison, on typed operands.
    return compareInto(r, operator, typedFact(f) as Typed, typedExpected(cl, ft, g, ev), cl.tolerance, ctx);
  }
  switch (operator) {
    case 'isTrue':
    case 'isFalse':
      if (ak !== 'boolean') return mismatchKinds(r, operator, ak, undefined, locale);
      return av === (operator === 'isTrue') ? 'true' : 'false';
    case 'eq':
      if (ek !== undefined && ak !== 'number' && ak === ek) return av === ev ? 'true' : 'false';
      if (ek !== 'number' || ak !== 'number') return mismatchKinds(r, operator, ak, ek, locale);
      return compareNumberValues(r, operator, av as string, partsOf(f), ev as string, ep, cl.tolerance, ctx);
    default:
      if (ek !== 'number' || ak !== 'number') return mismatchKinds(r, operator, ak, ek, locale);
      return compareNumberValues(r, operator, av as string, partsOf(f), ev as string, ep, cl.tolerance, ctx);
  }
}

/** `evaluateLeaf` on a compiled leaf. */
function evaluateLeaf(cl: CompiledLeaf, ctx: EvalContext, key: string | undefined, stage: 'when' | undefined): Outcome {
  const fact = nameOf(cl.fact, key);
  const op = cl.op;
  const r: LeafDraft = stage ? { fact, op, stage, actual: null, expected: null, passed: false } : { fact, op, actual: null, expected: null, passed: false };
  const outcome = fill(r, cl, ctx, key);
  r.passed = outcome === 'true';
  const s = ctx.scratch;
  SOURCES[s.count] = cl;
  s.leaves[s.count++] = r;
  s.reason = outcome === 'unknown' || outcome === 'error' ? r.reason : undefined;
  return outcome;
}

/** `evaluateCondition` on a compiled node. */
function evaluateNode(n: CompiledNode, ctx: EvalContext, key: string | undefined, stage: 'when' | undefined): Outcome {
  switch (n.kind) {
    case N_LEAF:
      return evaluateLeaf(n.leaf as CompiledLeaf, ctx, key, stage);
    case N_ALL:
      return combine(true, n.parts as readonly CompiledNode[], evaluateNode, ctx, key, stage);
    case N_ANY:
      return combine(false, n.parts as readonly CompiledNode[], evaluateNode, ctx, key, stage);
    default: {
      const inner = evaluateNode(n.inner as CompiledNode, ctx, key, stage);
      return inner === 'true' ? 'false' : inner === 'false' ? 'true' : inner;
    }
  }
}

const STATUS = { true: 'pass', false: 'fail', unknown: 'not_applicable', error: 'error' } as const;

/** `contextText` of findingMessage.ts on compiled context facts. */
function contextText(facts: readonly CompiledContextFact[], ctx: EvalContext, key: string | undefined): string {
  const locale = ctx.locale;
  const en = locale === 'en';
  let parts = '';
  for (let i = 0; i < facts.length; i++) {
    const c = facts[i] as CompiledContextFact;
    const name = nameOf(c.fact, key);
    const f = lookup(ctx, name, c.fact.context);
    const value = f !== undefined && f.status !== 'unavailable' ? formatValue(f.value, f.type, locale) : unavailableReason(f, name, locale);
    const part = `${factLabel(name, locale)} ${value}${c.note[en ? 1 : 0]}`;
    parts = i === 0 ? part : parts + (en ? '; ' : '；') + part;
  }
  return en ? ` Also: ${parts}.` : `另：${parts}。`;
}

/** The compiled leaf of each leaf in `ctx.scratch.leaves`, at the same index (for the message of the current rule). */
const SOURCES: CompiledLeaf[] = [];

/**
 * `leafText` for a leaf of a compiled rule: a passed value comparison (nearly every leaf of a
 * sound report) is put together from the pieces compiled with the leaf — label and space, the
 * operator between spaces — in four concatenations instead of eight; anything else is `leafText`.
 */
function compiledWords(l: LeafResult, index: number, locale: Locale): string {
  const cl = SOURCES[index] as CompiledLeaf;
  const symbol = cl.symbol;
  if (symbol === undefined || !l.passed || (l.withinRounding && l.difference !== undefined) || l.threshold !== undefined || Array.isArray(l.expected)) return leafText(l, locale);
  const en = locale === 'en' ? 1 : 0;
  const type = l.valueType;
  const a = cl.label !== undefined ? cl.label[en] : `${factLabel(l.fact, locale)} `;
  const shown = formatValue(l.expected as string | boolean | null, type, locale);
  const e = l.expectedFact;
  if (!e) return a + formatValue(l.actual, type, locale) + symbol + shown;
  const b = cl.expectedLabel !== undefined ? cl.expectedLabel[en] : `${factLabel(e, locale)} `;
  return a + formatValue(l.actual, type, locale) + symbol + b + shown;
}

/**
 * `bodyText` with {@link compiledWords}: for a pass or a fail, the `check` leaves that agree with
 * the verdict (or all of them when none does), in one loop without the interpreter's callbacks.
 */
function body(status: RuleStatus, notMet: boolean, reason: string | undefined, leaves: readonly LeafResult[], locale: Locale): string {
  if (status === 'not_applicable' && notMet) return bodyText(status, notMet, reason, leaves, locale, compiledWords);
  if (status === 'not_applicable' || status === 'error') return reason ?? '';
  const want = status === 'pass';
  let any = false;
  for (let i = 0; i < leaves.length; i++) {
    const l = leaves[i] as LeafResult;
    if (l.stage === undefined && l.reason === undefined && l.passed === want) {
      any = true;
      break;
    }
  }
  const sep = locale === 'en' ? '; ' : '；';
  let out = '';
  let first = true;
  for (let i = 0; i < leaves.length; i++) {
    const l = leaves[i] as LeafResult;
    if (l.stage !== undefined || l.reason !== undefined || (any && l.passed !== want)) continue;
    const w = compiledWords(l, i, locale);
    out = first ? w : out + sep + w;
    first = false;
  }
  return out;
}

/** `findingMessage` on a compiled rule. */
function message(cr: CompiledRule, key: string | undefined, status: RuleStatus, rounding: boolean, leaves: readonly LeafResult[], reason: string | undefined, notMet: boolean, ctx: EvalContext): string {
  const locale = ctx.locale;
  const en = locale === 'en' ? 1 : 0;
  const i = status === 'pass' ? (rounding ? 1 : 0) : status === 'not_applicable' ? 2 : status === 'error' ? 3 : 4;
  const text = body(status, notMet, reason, leaves, locale);
  let main: string;
  if (key === undefined) main = text ? (cr.colon[i] as Pair)[en] + text + (en ? '.' : '。') : (cr.stop[i] as Pair)[en];
  else {
    const k = keyName(key, locale, cr.hint);
    main = text ? (cr.open[i] as Pair)[en] + k + (en ? '): ' : '）：') + text + (en ? '.' : '。') : (cr.open[i] as Pair)[en] + k + (en ? ').' : '）。');
  }
  return cr.context === undefined ? main : main + contextText(cr.context, ctx, key);
}

/** The leaves evaluated for the current rule, as an array of their own (a literal for the usual one or two). */
function takeLeaves(ctx: EvalContext): LeafResult[] {
  const s = ctx.scratch;
  const l = s.leaves;
  return s.count === 1 ? [l[0] as LeafResult] : s.count === 2 ? [l[0] as LeafResult, l[1] as LeafResult] : l.slice(0, s.count);
}

/** `evaluateRule` on a compiled rule: the same finding, key for key. */
function evaluate(cr: CompiledRule, packId: string, ctx: EvalContext, key: string | undefined): Finding {
  ctx.scratch.count = 0;
  let status: RuleStatus;
  let rounding = false;
  let notMet = false;
  let leaves: LeafResult[];
  const when = cr.when !== undefined ? evaluateNode(cr.when, ctx, key, 'when') : 'true';
  if (when !== 'true') {
    status = when === 'error' ? 'error' : 'not_applicable';
    notMet = when === 'false';
    leaves = takeLeaves(ctx);
  } else {
    status = STATUS[evaluateNode(cr.check, ctx, key, undefined)];
    leaves = takeLeaves(ctx);
    rounding = status === 'pass' && withinRounding(leaves);
  }
  const title = cr.title[ctx.locale === 'en' ? 1 : 0] as string;
  const message_ = message(cr, key, status, rounding, leaves, ctx.scratch.reason, notMet, ctx);
  // Read from the compiled rule: one shape, where the rules themselves have many.
  const { id: ruleId, category, refs, tags, severity: ruleSeverity } = cr;
  // The literals of evaluateRule, in the documented key order.
  if (key === undefined) {
    return rounding
      ? { ruleId, title, severity: 'info', category, status, note: 'rounding', message: message_, leaves, refs, tags, ruleSeverity, packId }
      : { ruleId, title, severity: ruleSeverity, category, status, message: message_, leaves, refs, tags, ruleSeverity, packId };
  }
  return rounding
    ? { ruleId, key, title, severity: 'info', category, status, note: 'rounding', message: message_, leaves, refs, tags, ruleSeverity, packId }
    : { ruleId, key, title, severity: ruleSeverity, category, status, message: message_, leaves, refs, tags, ruleSeverity, packId };
}

/**
 * `evaluateRuleAllKeys` for a rule: compiled when `c` still describes it, else the interpreter.
 * Appends the findings to `out`. @internal
 */
export function evaluateCompiledAllKeys(c: CompiledRule | undefined, rule: Rule, packId: string, ctx: EvalContext, sets: Readonly<Record<string, readonly string[]>>, out: Finding[]): void {
  if (c === undefined || !stillFor(c, rule)) {
    evaluateRuleAllKeys(rule, packId, ctx, sets, out);
    return;
  }
  const forEach = rule.forEach;
  if (forEach === undefined) {
    out.push(evaluate(c, packId, ctx, undefined));
    return;
  }
  const keys = hasOwn.call(sets, forEach) ? sets[forEach] : undefined;
  if (keys === undefined || keys.length === 0) {
    // Unknown or empty set: the interpreter's bare findings.
    evaluateRuleAllKeys(rule, packId, ctx, sets, out);
    return;
  }
  for (const k of keys) out.push(evaluate(c, packId, ctx, k));
}
