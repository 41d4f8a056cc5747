import { numberText } from './grid.js';

/**
 * A decimal string as a spreadsheet cell value: a number when the number reads back as the
 * same decimal at Excel's 15 significant digits, else the exact text. Writing a cell is
 * rendering, so this is the one place in `src/xlsx` that turns a decimal into a JS number
 * (as `render/format*` does for reports). @internal
 */
export function cellValue(decimal: string): number | string {
  // eslint-disable-next-line no-restricted-syntax -- rendering a decimal into a spreadsheet cell
  const n = Number(decimal);
  return numberText(n) === decimal ? n : decimal;
}
