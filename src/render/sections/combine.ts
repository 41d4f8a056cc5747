/** How generated sentences and the input's notes are combined, and when a note is flagged instead. */
import { endSentence, hasAmount, narrativeAfterAmounts } from '../format/typography.js';
import { roundDecimal } from '../format/number.js';
import type { Ctx } from '../internal/context.js';
import { moneyWords } from '../internal/moneyWords.js';
import type { ReportFlag } from '../types.js';

/** A generated text and, when the input's explanation was not printed, the note for the author. @internal */
export interface Worded {
  readonly text: string;
  readonly flag?: ReportFlag;
}

/** What ties a note to the figures of its sentence. @internal */
export interface NoteTie {
  /** Where the note is in the input, e.g. `["threePublicFunds", "note"]`. */
  readonly path: readonly (string | number)[];
  /**
   * Why the figures contradict this explanation, or undefined when they support it. Without it, the
   * explanation is printed only when every amount the note states is one the sentence prints.
   */
  readonly contradicts?: (explanation: string) => string | undefined;
}

/** Amounts in 万元 stated in a text, two decimals (`0.80万元` → `0.80`); other units are not compared. */
function wanAmounts(text: string): string[] {
  return [...text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*万元/gu)].map((m) => roundDecimal(m[1] as string, 2));
}

/** The amounts of the note the generated sentence does not have (each counted as often as stated). */
function missingAmounts(note: string, generated: string): string[] {
  const have = wanAmounts(generated);
  const missing: string[] = [];
  for (const a of wanAmounts(note)) {
    const i = have.indexOf(a);
    if (i < 0) missing.push(a);
    else have.splice(i, 1);
  }
  return missing;
}

/** The explanation printed, or the flag when the figures do not support it. */
function tied(ctx: Ctx, generated: string, note: string, explanation: string, tie: NoteTie | undefined): Worded | undefined {
  if (tie === undefined) return undefined;
  // A tie that knows what would contradict the explanation judges it; else its amounts must be the data's.
  const why = tie.contradicts ? tie.contradicts(explanation) : missingAmounts(note, generated).length > 0 ? staleWhy(ctx, note, generated) : undefined;
  if (why === undefined) return undefined;
  return { text: generated, flag: { code: 'explanation_unsupported', path: tie.path, message: ctx.words.explanationUnsupported(explanation, why) } };
}

function staleWhy(ctx: Ctx, note: string, generated: string): string {
  return ctx.words.staleAmounts(
    wanAmounts(note).map((a) => moneyWords(ctx.locale, a)),
    wanAmounts(generated).map((a) => moneyWords(ctx.locale, a)),
  );
}

/**
 * Combine a generated sentence with the input's note on the same subject.
 *
 * - A note without amounts is narrative: it replaces the generated sentence, unless that one
 *   carries data the note cannot be trusted to state (`mustShow`: amounts, counts of violations),
 *   in which case the note follows it.
 * - A note with amounts is never printed as such (amounts are generated): only its narrative
 *   tail after the last amount (`主要原因是…`) is appended to the generated sentence.
 * - With a `tie`, an explanation the figures do not support (its amounts are not the data's, or
 *   `tie.contradicts` says why, e.g. thrift while over budget) is not printed: the generated
 *   sentence stands alone and the result carries a note for the author.
 * @internal
 */
export function combine(ctx: Ctx, generated: string, mustShow: boolean, note: string | undefined, tie?: NoteTie): Worded {
  if (note === undefined || note.trim() === '') return { text: generated };
  if (!hasAmount(note)) {
    const n = endSentence(ctx.text(note));
    if (!mustShow) return { text: n };
    return tied(ctx, generated, note, ctx.text(note).replace(/。$/u, ''), tie) ?? { text: `${generated}${n}` };
  }
  const tail = narrativeAfterAmounts(note);
  if (!tail) return { text: generated };
  return tied(ctx, generated, note, ctx.text(tail), tie) ?? { text: `${generated.replace(/。$/u, '')}，${ctx.text(tail)}。` };
}
