import { findFactDefinition } from '../../facts/catalog.js';
import type { FactType } from '../../facts/types.js';
import type { Issue, Locale, PathSegment } from '../../shared/issues.js';
import { makeIssue } from '../../shared/makeIssue.js';
import { dec, sumOf, toCanonical } from '../../model/money/decimal.js';
import type { IndicatorLeaf } from '../schema/methods.js';
import { type IndicatorNode, isLeaf } from '../schema/system.js';
import { checkBands } from './checkBands.js';

const NUMERIC: readonly FactType[] = ['ratio', 'money', 'number', 'count'];

/** The facts a leaf reads, where each is written, and the fact types its method accepts. @internal */
export function factRefs(leaf: IndicatorLeaf): { fact: string; at: PathSegment[]; types: readonly FactType[] }[] {
  const shown = (leaf.details ?? []).map((d, i) => ({ fact: d.fact, at: ['details', i, 'fact'], types: [] as FactType[] }));
  const overruns = (leaf.overruns ?? []).flatMap((o, i) =>
    (['actual', 'budget'] as const).map((side) => ({ fact: o[side], at: ['overruns', i, side], types: ['money'] as FactType[] })),
  );
  const details = [...shown, ...overruns];
  switch (leaf.method) {
    case 'linear':
    case 'bands':
    case 'ratio':
      return [{ fact: leaf.fact, at: ['fact'], types: NUMERIC }, ...details];
    case 'categorical':
      return [{ fact: leaf.fact, at: ['fact'], types: ['boolean', 'text'] }, ...details];
    case 'perViolation':
      return [...leaf.facts.map((f, i) => ({ fact: f, at: ['facts', i], types: ['count', 'number'] as FactType[] })), ...details];
    case 'checklist':
      return [...leaf.items.map((it, i) => ({ fact: it.fact, at: ['items', i, 'fact'], types: ['boolean'] as FactType[] })), ...details];
    case 'manual':
      return details;
  }
}

function checkFacts(leaf: IndicatorLeaf, path: readonly PathSegment[], locale: Locale, out: Issue[]): void {
  for (const ref of factRefs(leaf)) {
    const def = findFactDefinition(ref.fact);
    if (!def) out.push(makeIssue('unknown_fact', [...path, ...ref.at], { fact: ref.fact }, locale));
    else if (ref.types.length > 0 && !ref.types.includes(def.type)) {
      out.push(
        makeIssue('invalid_value', [...path, ...ref.at], { expected: `a ${ref.types.join(' | ')} fact`, received: `${ref.fact} (${def.type})` }, locale),
      );
    }
  }
}

/**
 * A `zeroPolicy` applies only when a leaf scores a ratio fact (only a ratio can be unavailable for a
 * zero denominator): on any other leaf it would never be read, so it is refused rather than ignored.
 */
function checkZeroPolicy(leaf: IndicatorLeaf, path: readonly PathSegment[], locale: Locale, out: Issue[]): void {
  if (leaf.zeroPolicy === undefined) return;
  const scored = factRefs(leaf).filter((r) => r.at[0] !== 'details' && r.at[0] !== 'overruns');
  if (scored.some((r) => findFactDefinition(r.fact)?.type === 'ratio')) return;
  const received =
    scored.length === 0
      ? `${leaf.method}, no fact`
      : `${leaf.method} of ${scored.map((r) => `${r.fact} (${findFactDefinition(r.fact)?.type ?? '?'})`).join(', ')}`;
  out.push(
    makeIssue('invalid_value', [...path, 'zeroPolicy'], { expected: 'a leaf scoring a ratio fact (zeroPolicy applies to nothing else)', received }, locale),
  );
}

function checkMethod(leaf: IndicatorLeaf, path: readonly PathSegment[], locale: Locale, out: Issue[]): void {
  if (leaf.method === 'bands') out.push(...checkBands(leaf.bands, leaf.points, path, locale));
  if (leaf.method === 'checklist') {
    const sum = sumOf(leaf.items.map((i) => i.points));
    if (!sum.eq(leaf.points)) out.push(makeIssue('points_mismatch', [...path, 'items'], { actual: toCanonical(sum), expected: leaf.points }, locale));
  }
  if (leaf.method === 'categorical') {
    const seen = new Set<string>();
    leaf.cases.forEach((c, i) => {
      if (dec(c.points).gt(leaf.points)) out.push(makeIssue('too_big', [...path, 'cases', i, 'points'], { maximum: leaf.points }, locale));
      const key = JSON.stringify(c.value);
      if (seen.has(key)) out.push(makeIssue('duplicate_id', [...path, 'cases', i, 'value'], { id: key }, locale));
      seen.add(key);
    });
    if (leaf.otherwise !== undefined && dec(leaf.otherwise).gt(leaf.points)) {
      out.push(makeIssue('too_big', [...path, 'otherwise'], { maximum: leaf.points }, locale));
    }
  }
}

/**
 * Check a nested tree: every node worth more than 0 points, groups with children whose points add
 * up to the group's (exactly), known facts of the right type, and each method's own constraints.
 * `paths` locates each node as written. @internal
 */
export function checkTree(nodes: readonly IndicatorNode[], paths: ReadonlyMap<string, readonly PathSegment[]>, locale: Locale, out: Issue[]): void {
  for (const node of nodes) {
    const path = paths.get(node.id) ?? [];
    if (dec(node.points).isZero()) out.push(makeIssue('too_small', [...path, 'points'], { minimum: '> 0' }, locale));
    if (isLeaf(node)) {
      checkFacts(node, path, locale, out);
      checkMethod(node, path, locale, out);
      checkZeroPolicy(node, path, locale, out);
      continue;
    }
    const kids = node.children ?? [];
    if (kids.length === 0) {
      out.push(makeIssue('too_small', [...path, 'children'], { minimum: '1' }, locale));
      continue;
    }
    const sum = sumOf(kids.map((k) => k.points));
    if (!sum.eq(node.points)) out.push(makeIssue('points_mismatch', [...path, 'points'], { actual: toCanonical(sum), expected: node.points }, locale));
    checkTree(kids, paths, locale, out);
  }
}
