const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;

/**
 * Normalise free text for matching: full-width ASCII to half-width, ideographic space to space,
 * then the comparison and punctuation variants sheets use (≧ ＞＝ → ≥, 、 kept). @internal
 */
export function normalizeText(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out
    .replace(/[≧]|>=|大于或等于|大于等于|不低于|不少于/g, '≥')
    .replace(/[≦]|<=|小于或等于|小于等于|不高于|不超过|不大于/g, '≤')
    .replace(/[～〜~—–]/g, '-')
    .replace(/[“”"「」『』‘’']/g, '')
    .replace(/。/g, ';')
    .replace(/，/g, ',')
    .replace(/[；]/g, ';');
}

/** Normalise a header or indicator name for lookup: normalised text without spaces, lower-case. @internal */
export function normalizeKey(s: string): string {
  return normalizeText(s).replace(/\s+/g, '').toLowerCase();
}

/** A header without a trailing parenthesised note: "分值(分)" → "分值". @internal */
export function stripNote(s: string): string {
  return s.replace(/\([^()]{0,40}\)$/, '').replace(/\[[^[\]]{0,40}\]$/, '');
}

const CN_DIGITS: Readonly<Record<string, string>> = { 一: '1', 两: '2', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

/** A number written as digits or a single Chinese numeral (一 … 十), as a decimal string. @internal */
export function readNumeral(s: string | undefined): string | undefined {
  if (s === undefined || s === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(s)) return s.replace(/^0+(?=\d)/, '');
  return CN_DIGITS[s];
}
