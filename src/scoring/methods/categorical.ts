import type { Dec } from '../../model/money/decimal.js';
import type { CompiledLeaf } from '../internal/compiled.js';
import { type LeafContext, type LeafRaw, subjectOf, unavailableOutcome, ZERO, leafRaw } from '../internal/leaf.js';
import { detailsText, readFact } from '../internal/present.js';
import type { CategoricalLeaf } from '../schema/methods.js';

/** `categorical`: the points of the case matching the fact's value, else `otherwise`, else 0 (said so). @internal */
export function scoreCategorical(leaf: CategoricalLeaf, c: CompiledLeaf, ctx: LeafContext): LeafRaw {
  const f = readFact(ctx.facts, leaf.fact);
  const subject = subjectOf(c, leaf.fact, f, ctx);
  if (f.status !== 'ok') return unavailableOutcome(c, [[leaf.fact, f]], subject.metrics, ctx);
  const { locale } = ctx;
  const en = locale === 'en';
  const shown = subject.metrics[0]?.display ?? '';
  // The head shows the details as for a non-ratio fact (categorical facts are boolean or text).
  const head = `${c.subjectLabel[locale]}${detailsText(ctx.facts, c.details, locale, false, undefined)}`;
  const i = leaf.cases.findIndex((x) => x.value === f.value);
  const hit = leaf.cases[i];
  if (hit) {
    const label = (en ? (hit.labelEn ?? hit.label) : hit.label) ?? shown;
    const explanation = en ? `${head}: ${label}, earned ${hit.points} of ${leaf.points}` : `${head}：${label}，得${hit.points}分（满分${leaf.points}分）`;
    return leafRaw('available', 'scored', (c.casePoints as readonly Dec[])[i] as Dec, subject.metrics, explanation);
  }
  const other = leaf.otherwise;
  const explanation = other !== undefined
    ? en ? `${head}: ${shown}, not a listed case: "otherwise" earns ${other} of ${leaf.points}` : `${head}：${shown}，不属于所列情形，按其他情形得${other}分（满分${leaf.points}分）`
    : en ? `${head}: ${shown}, not a case listed by the standard: earned 0 of ${leaf.points}` : `${head}：${shown}，不属于评分标准所列情形，得0分`;
  return leafRaw('available', 'scored', c.otherwise ?? ZERO, subject.metrics, explanation);
}
