import { dec } from '../../model/money/decimal.js';
import { type LeafContext, type LeafRaw, readSubject, scored, subjectLabel, unavailableOutcome } from '../internal/leaf.js';
import { readDetails } from '../internal/present.js';
import type { CategoricalLeaf } from '../schema/methods.js';

/** `categorical`: the points of the case matching the fact's value, else `otherwise`, else 0 (said so). @internal */
export function scoreCategorical(leaf: CategoricalLeaf, ctx: LeafContext): LeafRaw {
  const subject = readSubject(leaf, leaf.fact, ctx);
  const { f } = subject;
  if (f.status !== 'ok') return unavailableOutcome(leaf, [f], subject.metrics, ctx);
  const { locale, m } = ctx;
  const shown = subject.metrics[0]?.display ?? '';
  // The head shows the details as for a non-ratio fact (categorical facts are boolean or text).
  const head = `${subjectLabel(leaf, locale)}${readDetails(ctx.facts, leaf.details ?? [], locale, false).text}`;
  const hit = leaf.cases.find((x) => x.value === f.value);
  if (hit) {
    const label = (locale === 'en' ? (hit.labelEn ?? hit.label) : hit.label) ?? shown;
    return scored(dec(hit.points), subject.metrics, m.caseHit({ head, label, earned: hit.points, points: leaf.points }));
  }
  if (leaf.otherwise !== undefined)
    return scored(dec(leaf.otherwise), subject.metrics, m.caseOtherwise({ head, shown, earned: leaf.otherwise, points: leaf.points }));
  return scored(dec(0), subject.metrics, m.caseNone(head, shown, leaf.points));
}
