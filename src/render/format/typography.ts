/** Chinese typography for narrative text taken from the input. Pure string functions. */

/** Han characters, CJK punctuation and full-width forms, and Chinese quotation marks. */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018\\u2019\\u201C\\u201D';
/** The five ASCII marks and their full-width forms, in the order they are replaced. */
const MARKS: readonly (readonly [string, string])[] = [
  [',', '，'],
  [';', '；'],
  [':', '：'],
  ['?', '？'],
  ['!', '！'],
];
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const HAN = /^\p{Script=Han}$/u;
/** Any character `normalizePunctuation` may change. */
const ANY_MARK = /[(,;:?!]/;

/**
 * Whether a code point is in the `CJK` class above. No Han character lies below U+2E80
 * (tested), so ASCII and Latin neighbours are answered without the regex.
 */
function isCjk(cp: number): boolean {
  if (cp < 0x2018) return false;
  if (cp === 0x2018 || cp === 0x2019 || cp === 0x201c || cp === 0x201d) return true;
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) return true;
  return cp >= 0x2e80 && HAN.test(String.fromCodePoint(cp));
}

/** The code point that ends just before index `i` (a surrogate pair counts as one), or -1. */
function before(s: string, i: number): number {
  if (i === 0) return -1;
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** The code point that starts at index `i`, or -1. */
function after(s: string, i: number): number {
  return i < s.length ? (s.codePointAt(i) as number) : -1;
}

/**
 * The parentheses pass: each `(…)` without parentheses inside (the matches of `/\(([^()]*)\)/gu`,
 * left to right) becomes `（…）` when its content or the character before or after it (in the
 * original text) is Chinese.
 */
function parens(text: string): string {
  let open = text.indexOf('(');
  if (open < 0) return text;
  let res = '';
  let last = 0;
  while (open >= 0) {
    let close = open + 1;
    while (close < text.length && text[close] !== '(' && text[close] !== ')') close++;
    if (text[close] !== ')') {
      // No match at this `(`: the next possible one starts at the next `(`.
      open = text.indexOf('(', open + 1);
      continue;
    }
    const inner = text.slice(open + 1, close);
    if (HAS_CJK.test(inner + (text[open - 1] ?? '') + (text[close + 1] ?? ''))) {
      res += `${text.slice(last, open)}（${inner}）`;
      last = close + 1;
    }
    open = text.indexOf('(', close + 1);
  }
  return last === 0 ? text : res + text.slice(last);
}

/**
 * Turn ASCII `, ; : ? ! ( )` that touch Chinese text into full-width marks. Marks between
 * Latin letters or digits (`1,000`, `12:30`, `(ABC)`) are left alone; a pair of parentheses
 * becomes full-width when it encloses or touches Chinese text.
 *
 * @example
 * ```ts
 * normalizePunctuation('公务接待费0.80万元,实际支出(境)'); // "公务接待费0.80万元，实际支出（境）"
 * ```
 * @internal
 */
export function normalizePunctuation(text: string): string {
  // Most Chinese text has none of these marks.
  if (!ANY_MARK.test(text)) return text;
  let out = parens(text);
  // Each mark in turn, as five `(?<=[CJK])X|X(?=[CJK])` replaces would: the neighbours are read
  // in the text as it is before that mark's pass (so a mark converted by an earlier pass counts
  // as Chinese for the later ones, one converted in the same pass does not).
  for (const [mark, full] of MARKS) {
    let at = out.indexOf(mark);
    if (at < 0) continue;
    let res = '';
    let last = 0;
    while (at >= 0) {
      if (isCjk(before(out, at)) || isCjk(after(out, at + 1))) {
        res += out.slice(last, at) + full;
        last = at + 1;
      }
      at = out.indexOf(mark, at + 1);
    }
    if (last > 0) out = res + out.slice(last);
  }
  return out;
}

/**
 * An amount of money written in text: `166.26万元`, `1.55亿元`, `800元`. The `(?<!\d)` keeps the
 * search linear: without it a run of n digits not followed by a unit is rescanned from each of its
 * n digits (O(n²): 22 s for a 100,000-digit note). A match can only begin where a digit run
 * begins anyway (every digit of a run reaches the same end), so the matches are unchanged.
 */
const AMOUNT = /(?<!\d)\d+(?:\.\d+)?\s*(?:万元|亿元|元)/gu;
/** The same, not global: `test`/`exec` on it never read or write `lastIndex`, so sharing it is safe. */
const AMOUNT_ONE = new RegExp(AMOUNT.source, 'u');
const SEPARATORS = '，,；;。：:！!？?';

/** True when the text states an amount of money. @internal */
export function hasAmount(text: string): boolean {
  return AMOUNT_ONE.test(text);
}

/**
 * The narrative lead of a text, before the clause holding its first amount: used where the
 * report generates the money part itself (`主要用于…日常支出,包括基本工资166.26万元…` →
 * `主要用于…日常支出`). Text without amounts is returned whole.
 * @internal
 */
export function narrativeBeforeAmounts(text: string): string {
  const first = AMOUNT_ONE.exec(text);
  if (!first) return text.trim();
  const head = text.slice(0, first.index);
  let cut = -1;
  for (let i = head.length - 1; i >= 0; i--) {
    if (SEPARATORS.includes(head[i] as string)) {
      cut = i;
      break;
    }
  }
  return cut < 0 ? '' : head.slice(0, cut).trim();
}

/**
 * The narrative tail of a text, after the clause holding its last amount (`…实际支出0.80万元,
 * 主要原因是严格执行中央八项规定。` → `主要原因是严格执行中央八项规定`), with trailing `。` removed.
 * Empty when the text ends with an amount or has none.
 * @internal
 */
export function narrativeAfterAmounts(text: string): string {
  const all = [...text.matchAll(AMOUNT)];
  const last = all[all.length - 1];
  if (!last) return '';
  const rest = text.slice((last.index ?? 0) + last[0].length);
  const at = [...rest].findIndex((c) => SEPARATORS.includes(c));
  if (at < 0) return '';
  return trimEndOf(
    [...rest]
      .slice(at + 1)
      .join('')
      .trim(),
    '。.',
  );
}

/**
 * `text` without the trailing characters that are in `chars`: what `replace(/[…]+$/u, '')` does,
 * in linear time (that regex rescans a long run of such characters not at the end from each of
 * them). `chars` holds BMP characters only.
 * @internal
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * Each run of white space that holds a line break, replaced by one space: what the regex
 * `\s*[\r\n]+\s*` (global) replaced by `' '` does, in linear time (that regex rescans a long run
 * of spaces without a break from each of them).
 * @internal
 */
export function joinLines(text: string): string {
  return text.replace(/\s+/gu, (run) => (run.includes('\n') || run.includes('\r') ? ' ' : run));
}

/** End a sentence with `。` unless it already ends with closing punctuation. @internal */
export function endSentence(text: string): string {
  const t = trimEndOf(text.trim(), '，,；;：:');
  return t === '' || /[。！？!?…”」』]$/u.test(t) ? t : `${t}。`;
}
