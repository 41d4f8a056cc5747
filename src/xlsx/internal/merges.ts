import type { Grid, Merge } from './grid.js';

/** Merged ranges indexed by row, for O(merges in the row) lookups. @internal */
export interface MergeIndex {
  /** The merge covering (r, c), if any. */
  at(r: number, c: number): Merge | undefined;
}

/**
 * Index the merges of a grid by row. Ranges are clamped to the grid; indexing stops after
 * `budget` (row, merge) pairs so a crafted file with huge merges cannot blow up memory. @internal
 */
export function indexMerges(grid: Grid, budget: number): MergeIndex {
  const byRow = new Map<number, Merge[]>();
  let used = 0;
  const lastRow = grid.rows.length - 1;
  for (const m of grid.merges) {
    const r1 = Math.min(m.r1, lastRow);
    if (m.r0 === r1 && m.c0 === m.c1) continue;
    if (used + (r1 - m.r0 + 1) > budget) break;
    for (let r = m.r0; r <= r1; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
      used++;
    }
  }
  return {
    at(r: number, c: number): Merge | undefined {
      const list = byRow.get(r);
      if (!list) return undefined;
      for (const m of list) if (c >= m.c0 && c <= m.c1) return m;
      return undefined;
    },
  };
}

/** The text at (r, c), taking a merged cell's value from its top-left cell. @internal */
export function filledText(grid: Grid, merges: MergeIndex, r: number, c: number): string {
  const m = merges.at(r, c);
  const [rr, cc] = m ? [m.r0, m.c0] : [r, c];
  return grid.rows[rr]?.[cc]?.text.trim() ?? '';
}
