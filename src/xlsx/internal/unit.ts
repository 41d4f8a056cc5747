import type { MoneyUnit } from '../../model/money/money.js';
import type { Grid } from './grid.js';
import { normalizeText } from './text.js';

const UNIT_RE = /(?:单位|金额单位)\s*[:：]?\s*(万元|元)|[(（]\s*(万元|元)\s*[)）]/;

/** The unit a sheet declares above or in its header ("单位：万元", "金额（元）"), with the row found. @internal */
export function declaredUnit(grid: Grid, headerRow: number): { unit: MoneyUnit; row: number } | undefined {
  for (let r = 0; r <= headerRow && r < grid.rows.length; r++) {
    for (const cell of grid.rows[r] ?? []) {
      if (!cell) continue;
      const m = UNIT_RE.exec(normalizeText(cell.text));
      if (m) return { unit: (m[1] ?? m[2]) as MoneyUnit, row: r };
    }
  }
  return undefined;
}
