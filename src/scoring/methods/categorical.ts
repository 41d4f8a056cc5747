import { type LeafContext, type LeafRaw, readSubject, scored, subjectLabel, unavailableOutcome, ZERO } from '../internal/leaf.js';
import type { PreparedOf } from '../internal/prepare.js';
import { readDetails } from '../internal/present.js';

/** `categorical`: the points of the case matching the fact's value, else `otherwise`, else 0 (said so). @internal */
export function scoreCategorical(p: PreparedOf<'categorical'>, ctx: LeafContext): LeafRaw {
  const leaf = p.node;
  const subject = readSubject(leaf, leaf.fact, ctx);
  const { f } = subject;
  if (f.status !== 'ok') return unavailableOutcome(p, [f], subject.metrics, ctx);
  const { locale, m } = ctx;
  const shown = subject.metrics[0]?.display ?? '';
  // The head shows the details as for a non-ratio fact (categorical facts are boolean or text).
  const head = `${subjectLabel(leaf, locale)}${readDetails(ctx.facts, leaf.details ?? [], locale, false).text}`;
  const found = p.cases.find((x) => x.case.value === f.value);
  if (found) {
    const hit = found.case;
    const label = (locale === 'en' ? (hit.labelEn ?? hit.label) : hit.label) ?? shown;
    return scored(found.points, subject.metrics, m.caseHit({ head, label, earned: hit.points, points: leaf.points }));
  }
  if (leaf.otherwise !== undefined && p.otherwise !== undefined)
    return scored(p.otherwise, subject.metrics, m.caseOtherwise({ head, shown, earned: leaf.otherwise, points: leaf.points }));
  return scored(ZERO, subject.metrics, m.caseNone(head, shown, leaf.points));
}
