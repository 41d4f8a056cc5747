import type { Issue, Locale, PathSegment } from '../../shared/issues.js';
import { makeIssue } from '../../shared/makeIssue.js';
import { SCORING_MESSAGES } from '../../shared/messages/scoring.js';
import { type IndicatorNode, isLeaf } from '../schema/system.js';

interface Entry {
  readonly node: IndicatorNode;
  readonly path: readonly PathSegment[];
  /** Id of the enclosing node for nested nodes; undefined at the top level. */
  readonly enclosing: string | undefined;
}

/** The nested tree, and where each node was written in the input. @internal */
export interface Normalized {
  readonly roots: readonly IndicatorNode[];
  readonly paths: ReadonlyMap<string, readonly PathSegment[]>;
}

function collect(nodes: readonly IndicatorNode[], path: readonly PathSegment[], enclosing: string | undefined, out: Entry[]): void {
  nodes.forEach((node, i) => {
    const p = [...path, i];
    out.push({ node, path: p, enclosing });
    if (!isLeaf(node) && node.children) collect(node.children, [...p, 'children'], node.id, out);
  });
}

/** Check parent references; returns the parent of each id (nested: enclosing, flat: declared). */
function parents(entries: readonly Entry[], byId: ReadonlyMap<string, Entry>, locale: Locale, issues: Issue[]): Map<string, string> {
  const parentOf = new Map<string, string>();
  for (const e of entries) {
    const declared = e.node.parent;
    if (e.enclosing !== undefined) {
      parentOf.set(e.node.id, e.enclosing);
      if (declared !== undefined && declared !== e.enclosing) {
        issues.push(makeIssue('invalid_value', [...e.path, 'parent'], { expected: JSON.stringify(e.enclosing), received: JSON.stringify(declared) }, locale));
      }
      continue;
    }
    if (declared === undefined) continue;
    const target = byId.get(declared);
    if (!target) issues.push(makeIssue('unknown_indicator', [...e.path, 'parent'], { indicator: declared }, locale));
    else if (isLeaf(target.node)) {
      issues.push(
        makeIssue(
          'invalid_input',
          [...e.path, 'parent'],
          {
            detail: SCORING_MESSAGES[locale].parentIsLeaf(declared),
          },
          locale,
        ),
      );
    } else parentOf.set(e.node.id, declared);
  }
  return parentOf;
}

/** Report each cycle of parent references once, at the first member written. */
function cycles(entries: readonly Entry[], parentOf: ReadonlyMap<string, string>, byId: ReadonlyMap<string, Entry>, locale: Locale, issues: Issue[]): void {
  const reported = new Set<string>();
  for (const e of entries) {
    const chain: string[] = [];
    const seen = new Set<string>();
    let cur: string | undefined = e.node.id;
    while (cur !== undefined && !seen.has(cur)) {
      seen.add(cur);
      chain.push(cur);
      cur = parentOf.get(cur);
    }
    if (cur === undefined || cur !== e.node.id || reported.has(cur)) continue;
    for (const id of chain) reported.add(id);
    const first = chain.map((id) => byId.get(id) as Entry).sort((a, b) => entries.indexOf(a) - entries.indexOf(b))[0] as Entry;
    const start = chain.indexOf(first.node.id);
    const loop = [...chain.slice(start), ...chain.slice(0, start), first.node.id].join(' → ');
    issues.push(makeIssue('cycle', [...first.path, 'parent'], { detail: loop }, locale));
  }
}

function strip(node: IndicatorNode, childrenOf: ReadonlyMap<string, readonly IndicatorNode[]>): IndicatorNode {
  const { parent: _parent, ...rest } = node;
  if (isLeaf(node)) return rest as IndicatorNode;
  const kids = childrenOf.get(node.id) ?? [];
  return { ...rest, children: kids.map((k) => strip(k, childrenOf)) } as IndicatorNode;
}

/**
 * Resolve the flat form (`parent` ids) into one nested tree. Reports duplicate ids, unknown or leaf
 * parents, and cycles of parent references, each located at the node as written. @internal
 */
export function normalizeTree(indicators: readonly IndicatorNode[], locale: Locale): { ok: true; value: Normalized } | { ok: false; issues: Issue[] } {
  const entries: Entry[] = [];
  collect(indicators, ['indicators'], undefined, entries);
  const issues: Issue[] = [];
  const byId = new Map<string, Entry>();
  for (const e of entries) {
    if (byId.has(e.node.id)) issues.push(makeIssue('duplicate_id', [...e.path, 'id'], { id: e.node.id }, locale));
    else byId.set(e.node.id, e);
  }
  if (issues.length > 0) return { ok: false, issues };
  const parentOf = parents(entries, byId, locale, issues);
  cycles(entries, parentOf, byId, locale, issues);
  if (issues.length > 0) return { ok: false, issues };
  const childrenOf = new Map<string, IndicatorNode[]>();
  for (const e of entries) {
    const p = parentOf.get(e.node.id);
    if (p !== undefined) childrenOf.set(p, [...(childrenOf.get(p) ?? []), e.node]);
  }
  const roots = entries.filter((e) => e.enclosing === undefined && e.node.parent === undefined).map((e) => strip(e.node, childrenOf));
  const paths = new Map(entries.map((e) => [e.node.id, e.path] as const));
  return { ok: true, value: { roots, paths } };
}
