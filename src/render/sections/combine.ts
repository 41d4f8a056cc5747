/** How generated sentences and the input's notes are combined. */
import { endSentence, hasAmount, narrativeAfterAmounts } from '../format/typography.js';
import type { Ctx } from '../internal/context.js';

/**
 * Combine a generated sentence with the input's note on the same subject.
 *
 * - A note without amounts is narrative: it replaces the generated sentence, unless that one
 *   carries data the note cannot be trusted to state (`mustShow`: amounts, counts of violations),
 *   in which case the note follows it.
 * - A note with amounts is never printed as such (amounts are generated): only its narrative
 *   tail after the last amount (`主要原因是…`) is appended to the generated sentence.
 * @internal
 */
export function combine(ctx: Ctx, generated: string, mustShow: boolean, note: string | undefined): string {
  if (note === undefined || note.trim() === '') return generated;
  if (!hasAmount(note)) {
    const n = endSentence(ctx.text(note));
    return mustShow ? `${generated}${n}` : n;
  }
  const tail = narrativeAfterAmounts(note);
  return tail ? `${generated.replace(/。$/u, '')}，${ctx.text(tail)}。` : generated;
}
