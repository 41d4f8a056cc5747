import { findFactDefinition } from '../../facts/catalog.js';
import type { FactType } from '../../facts/types.js';
import type { IssueCode, PathSegment } from '../../shared/issues.js';
import { isOperator, OPERATOR_NAMES, OPERATORS } from '../operators.js';
import type { Condition, Leaf, Rule } from '../schema.js';
import { isThresholdKey, THRESHOLD_KEYS } from '../thresholds.js';
import { isDecimal, NUMERIC_TYPES } from './values.js';

/** A semantic problem found in a rule, before localisation. @internal */
export interface RuleProblem {
  readonly code: IssueCode;
  readonly path: PathSegment[];
  readonly params: Record<string, string | number | boolean>;
}

type Out = RuleProblem[];

const operand = (path: PathSegment[], reason: string, params: Record<string, string | number | boolean> = {}): RuleProblem => ({
  code: 'invalid_operand',
  path,
  params: { reason, ...params },
});

function checkFact(name: string, path: PathSegment[], hasKey: boolean, out: Out): FactType | undefined {
  if (name.includes('{key}') && !hasKey) {
    out.push(operand(path, 'key_without_for_each', { fact: name }));
    return undefined;
  }
  const def = findFactDefinition(name);
  if (!def) out.push({ code: 'unknown_fact', path, params: { fact: name } });
  return def?.type;
}

const kindOf = (t: FactType | 'number'): 'number' | 'boolean' | 'text' => (NUMERIC_TYPES.has(t) ? 'number' : t === 'boolean' ? 'boolean' : 'text');

function checkSingle(leaf: Leaf, left: FactType | undefined, path: PathSegment[], hasKey: boolean, out: Out): void {
  const v = leaf.value;
  const at = [...path, 'value'];
  if (v === undefined) return void out.push(operand(at, 'missing_value', { op: leaf.op }));
  if (Array.isArray(v)) return void out.push(operand(at, 'expects_single', { op: leaf.op }));
  let right: 'number' | 'boolean' | 'text' | undefined;
  if (typeof v === 'object' && v !== null && 'fact' in v) {
    const t = checkFact(v.fact, [...at, 'fact'], hasKey, out);
    right = t ? kindOf(t) : undefined;
  } else if (typeof v === 'object' && v !== null && 'threshold' in v) {
    if (!isThresholdKey(v.threshold)) {
      out.push({ code: 'unknown_threshold', path: [...at, 'threshold'], params: { threshold: v.threshold, expected: Object.keys(THRESHOLD_KEYS).join(', ') } });
      return;
    }
    right = 'number';
  } else if (typeof v === 'boolean') right = 'boolean';
  else if (typeof v === 'string') right = isDecimal(v) ? 'number' : 'text';
  if (left === undefined || right === undefined) return;
  const l = kindOf(left);
  if (l !== right) out.push(operand(at, 'type_mismatch', { op: leaf.op, left: l, right }));
}

function checkRange(leaf: Leaf, path: PathSegment[], out: Out): void {
  const v = leaf.value;
  const ok = Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string' && isDecimal(x));
  if (!ok) out.push(operand([...path, 'value'], 'bad_range', { op: leaf.op }));
}

function checkTolerance(leaf: Leaf, left: FactType | undefined, path: PathSegment[], out: Out): void {
  const t = leaf.tolerance;
  if (t === undefined) return;
  const at = [...path, 'tolerance'];
  if (!isOperator(leaf.op) || !OPERATORS[leaf.op].tolerance) return void out.push(operand(at, 'no_tolerance', { op: leaf.op }));
  if (t === 'rounding') {
    const v = leaf.value;
    const rightFact = typeof v === 'object' && v !== null && !Array.isArray(v) && 'fact' in v ? findFactDefinition(v.fact)?.type : undefined;
    if ((left !== undefined && left !== 'money') || (rightFact !== undefined && rightFact !== 'money')) out.push(operand(at, 'rounding_needs_money'));
    return;
  }
  if (!isDecimal(t) || t.startsWith('-')) out.push(operand(at, 'bad_tolerance', { received: t }));
}

function checkLeaf(leaf: Leaf, path: PathSegment[], hasKey: boolean, out: Out): void {
  if (typeof leaf.fact !== 'string' || typeof leaf.op !== 'string') return; // already reported as required
  const left = checkFact(leaf.fact, [...path, 'fact'], hasKey, out);
  if (!isOperator(leaf.op)) {
    out.push({ code: 'unknown_operator', path: [...path, 'op'], params: { operator: String(leaf.op), expected: OPERATOR_NAMES.join(', ') } });
    return;
  }
  const spec = OPERATORS[leaf.op];
  const wrongKind = left !== undefined && ((spec.accepts === 'number' && !NUMERIC_TYPES.has(left)) || (spec.accepts === 'boolean' && left !== 'boolean'));
  if (wrongKind) out.push(operand([...path, 'op'], spec.accepts === 'number' ? 'needs_number' : 'needs_boolean', { op: leaf.op, type: left }));
  if (spec.operand === 'none' && leaf.value !== undefined) out.push(operand([...path, 'value'], 'unexpected_value', { op: leaf.op }));
  if (spec.operand === 'value') checkSingle(leaf, wrongKind ? undefined : left, path, hasKey, out);
  if (spec.operand === 'range') checkRange(leaf, path, out);
  if (spec.operand === 'list' && !Array.isArray(leaf.value)) out.push(operand([...path, 'value'], 'expects_list', { op: leaf.op }));
  checkTolerance(leaf, left, path, out);
}

/** Walk a condition; shapes zod has already rejected are skipped, not re-reported. */
function walk(c: Condition, path: PathSegment[], hasKey: boolean, out: Out): void {
  if (typeof c !== 'object' || c === null) return;
  if ('all' in c) (Array.isArray(c.all) ? c.all : []).forEach((x, i) => walk(x, [...path, 'all', i], hasKey, out));
  else if ('any' in c) (Array.isArray(c.any) ? c.any : []).forEach((x, i) => walk(x, [...path, 'any', i], hasKey, out));
  else if ('not' in c) walk(c.not, [...path, 'not'], hasKey, out);
  else checkLeaf(c, path, hasKey, out);
}

/** Semantic checks of one structurally valid rule: facts, operators, operands, thresholds. @internal */
export function checkRule(rule: Rule): RuleProblem[] {
  const out: Out = [];
  const hasKey = rule.forEach !== undefined;
  if (rule.when !== undefined) walk(rule.when, ['when'], hasKey, out);
  if (rule.check !== undefined) walk(rule.check, ['check'], hasKey, out);
  if (Array.isArray(rule.context)) rule.context.forEach((c, i) => typeof c?.fact === 'string' && checkFact(c.fact, ['context', i, 'fact'], hasKey, out));
  return out;
}

/** Duplicate rule ids within a pack. @internal */
export function checkPackIds(rules: readonly { readonly id: string }[]): RuleProblem[] {
  const seen = new Set<string>();
  const out: Out = [];
  rules.forEach((r, i) => {
    if (seen.has(r.id)) out.push({ code: 'duplicate_id', path: ['rules', i, 'id'], params: { id: r.id } });
    seen.add(r.id);
  });
  return out;
}
