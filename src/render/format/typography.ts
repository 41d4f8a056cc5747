/** Chinese typography for narrative text taken from the input. Pure string functions. */

/** Han characters, CJK punctuation and full-width forms, and Chinese quotation marks. */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018\\u2019\\u201C\\u201D';
/**
 * `X` next to Chinese: the same matches as `(?<=[CJK])X|X(?=[CJK])`, written with the literal
 * first so that the engine scans for `X` instead of trying a lookbehind at every position.
 */
const NEAR_CJK = (ch: string): RegExp => new RegExp(`${ch}(?:(?<=[${CJK}]${ch})|(?=[${CJK}]))`, 'gu');
/**
 * Each ASCII mark with its regex, compiled once at load. They are global, but only ever used with
 * `String.prototype.replace`, which starts at 0 and leaves `lastIndex` at 0: safe to share.
 */
const MARKS: readonly (readonly [string, RegExp, string])[] = (
  [
    [',', ',', '，'],
    [';', ';', '；'],
    [':', ':', '：'],
    ['?', '\\?', '？'],
    ['!', '!', '！'],
  ] as const
).map(([mark, source, full]) => [mark, NEAR_CJK(source), full] as const);
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
/** Any character `normalizePunctuation` may change. */
const ANY_MARK = /[(,;:?!]/;
const PAREN = /\(([^()]*)\)/gu;

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
  // Most Chinese text has none of these marks; each replace below is skipped when its mark is
  // absent (a replace without a match returns the text unchanged).
  if (!ANY_MARK.test(text)) return text;
  let out = !text.includes('(') ? text : text.replace(PAREN, (whole: string, inner: string, at: number, all: string) => {
    const before = all[at - 1] ?? '';
    const after = all[at + whole.length] ?? '';
    return HAS_CJK.test(inner + before + after) ? `（${inner}）` : whole;
  });
  for (const [mark, near, full] of MARKS) if (out.includes(mark)) out = out.replace(near, full);
  return out;
}

/** An amount of money written in text: `166.26万元`, `1.55亿元`, `800元`. */
const AMOUNT = /\d+(?:\.\d+)?\s*(?:万元|亿元|元)/gu;
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
  return [...rest].slice(at + 1).join('').trim().replace(/[。.]+$/u, '');
}

/** End a sentence with `。` unless it already ends with closing punctuation. @internal */
export function endSentence(text: string): string {
  const t = text.trim().replace(/[，,；;：:]+$/u, '');
  return t === '' || /[。！？!?…”」』]$/u.test(t) ? t : `${t}。`;
}
