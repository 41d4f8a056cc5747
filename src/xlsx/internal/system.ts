/**
 * The one place that knows the field names of the scoring layer's indicator-system schema
 * (`IndicatorSystemSchema` in `src/scoring`). Import and export build and read systems through
 * these names only. @internal
 */
export const FIELDS = {
  /** The system's list of top-level nodes. */
  tree: 'indicators',
  children: 'children',
  id: 'id',
  name: 'name',
  points: 'points',
  /** A leaf's method name (its parameters sit beside it on the leaf). */
  method: 'method',
  standard: 'standard',
  /** 指标解释 / 评价要点. */
  explanation: 'basis',
  provenance: 'provenance',
} as const;

/** Leaf fields that belong to a method (dropped when a leaf's method is re-read from its text). @internal */
export const METHOD_FIELDS: readonly string[] = [
  'method',
  'fact',
  'facts',
  'target',
  'direction',
  'perPoint',
  'closed',
  'bands',
  'items',
  'perItem',
  'cases',
  'otherwise',
];

/** A system or node as plain data. @internal */
export type Data = Readonly<Record<string, unknown>>;

/** The children of a node (empty for a leaf). @internal */
export function childrenOf(node: Data): readonly Data[] {
  const c = node[FIELDS.children];
  return Array.isArray(c) ? (c as Data[]) : [];
}

/** The top-level nodes of a system. @internal */
export function rootsOf(system: Data): readonly Data[] {
  const r = system[FIELDS.tree];
  return Array.isArray(r) ? (r as Data[]) : [];
}

/** A string field, or undefined. @internal */
export function text(node: Data, key: string): string | undefined {
  const v = node[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** An object without some keys. @internal */
export function omit(data: Data, ...keys: string[]): Data {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!keys.includes(k)) out[k] = v;
  return out;
}

/** Slug rule for ids (the model's `IdSchema`). @internal */
export const ID_RE: RegExp = /^[a-z0-9][a-z0-9._-]{0,127}$/;
