import type { HeaderAliases } from '../aliases.js';
import { type Grid } from './grid.js';
import { filledText, type MergeIndex } from './merges.js';
import { normalizeKey, stripNote } from './text.js';

/** A header row: which column holds which role (a role may hold several columns, left to right). @internal */
export interface HeaderMatch<TRole extends string> {
  readonly row: number;
  readonly columns: ReadonlyMap<TRole, readonly number[]>;
  /** Header text per column, as written. */
  readonly labels: ReadonlyMap<number, string>;
}

/** Build a lookup from normalised header text to role: caller aliases first, then the defaults. @internal */
export function aliasLookup<TRole extends string>(
  defaults: { readonly [K in TRole]: readonly string[] },
  extra: HeaderAliases<TRole> | undefined,
): Map<string, TRole> {
  const map = new Map<string, TRole>();
  const add = (role: TRole, names: readonly string[] | undefined): void => {
    for (const n of names ?? []) {
      if (typeof n !== 'string') continue;
      const k = normalizeKey(n);
      if (k && !map.has(k)) map.set(k, role);
    }
  };
  if (extra) for (const role of Object.keys(extra) as TRole[]) if (Object.hasOwn(defaults, role)) add(role, extra[role]);
  for (const role of Object.keys(defaults) as TRole[]) add(role, defaults[role]);
  return map;
}

/** The role of one header text, or undefined. @internal */
export function roleOf<TRole extends string>(text: string, lookup: ReadonlyMap<string, TRole>): TRole | undefined {
  const k = normalizeKey(text);
  if (!k) return undefined;
  return lookup.get(k) ?? lookup.get(stripNote(k));
}

/**
 * Find the header row in the first `scan` rows: the first row whose recognised roles satisfy
 * `accept`. A blank header cell takes the text of the cell above it (two-row headers). @internal
 */
export function findHeader<TRole extends string>(
  grid: Grid,
  merges: MergeIndex,
  lookup: ReadonlyMap<string, TRole>,
  accept: (roles: ReadonlySet<TRole>) => boolean,
  scan = 30,
): HeaderMatch<TRole> | undefined {
  const last = Math.min(grid.rows.length, scan);
  for (let r = 0; r < last; r++) {
    const width = Math.max(grid.rows[r]?.length ?? 0, grid.rows[r - 1]?.length ?? 0);
    const columns = new Map<TRole, number[]>();
    const labels = new Map<number, string>();
    for (let c = 0; c < width; c++) {
      let text = filledText(grid, merges, r, c);
      if (!text && r > 0) text = filledText(grid, merges, r - 1, c);
      const role = roleOf(text, lookup);
      if (!role) continue;
      labels.set(c, text);
      const list = columns.get(role);
      if (list) list.push(c);
      else columns.set(role, [c]);
    }
    if (accept(new Set(columns.keys()))) return { row: r, columns, labels };
  }
  return undefined;
}
