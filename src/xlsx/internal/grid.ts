/** One cell as read: its text, and for numeric cells the number as a canonical decimal string. @internal */
export interface Cell {
  readonly text: string;
  /** Numeric cells only: the value to 15 significant digits (what Excel shows), canonical. */
  readonly number?: string;
}

/** A merged range, zero-based and inclusive. @internal */
export interface Merge {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** One sheet as a grid of cells. Rows and columns are zero-based. @internal */
export interface Grid {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: readonly (readonly (Cell | undefined)[] | undefined)[];
  readonly merges: readonly Merge[];
}

/** The text of a cell, trimmed, with inner line breaks kept ('' when empty). @internal */
export function cellText(grid: Grid, r: number, c: number): string {
  return grid.rows[r]?.[c]?.text.trim() ?? '';
}

/**
 * A JS number as a canonical decimal string with 15 significant digits (Excel's precision),
 * so 0.1 + 0.2 stored by a formula reads back as "0.3". Undefined for non-finite values. @internal
 */
export function numberText(v: number): string | undefined {
  if (!Number.isFinite(v)) return undefined;
  if (v === 0) return '0';
  let s = v.toPrecision(15);
  if (s.includes('e')) return s; // exponent form: rejected later as not a plain decimal
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

/** Column letter(s) of a zero-based column index (0 → A, 27 → AB). @internal */
export function columnLetter(c: number): string {
  let n = c + 1;
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Path segments naming a cell for issues: [sheet, 'row N', column header or letter]. @internal */
export function cellPath(grid: Grid, r: number, column: string): [string, string, string] {
  return [grid.name, `row ${r + 1}`, column];
}
