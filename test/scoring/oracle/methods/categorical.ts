import { D, dec } from '../../../../src/model/money/decimal.js';
import type { Locale } from '../../../../src/shared/issues.js';
import { type LeafContext, type LeafRaw, subjectOf, unavailableOutcome } from '../internal/leaf.js';
import { detailsText, readFact, t } from '../internal/present.js';
import type { CategoricalLeaf } from '../../../../src/scoring/schema/methods.js';

const labelOf = (leaf: CategoricalLeaf, locale: Locale): string =>
  locale === 'en' ? (leaf.metricLabelEn ?? leaf.nameEn ?? leaf.name) : (leaf.metricLabel ?? leaf.name);

/** `categorical`: the points of the case matching the fact's value, else `otherwise`, else 0 (said so). @internal */
export function scoreCategorical(leaf: CategoricalLeaf, ctx: LeafContext): LeafRaw {
  const f = readFact(ctx.facts, leaf.fact);
  const subject = subjectOf(leaf, leaf.fact, ctx);
  if (f.status !== 'ok') return unavailableOutcome(leaf, [[leaf.fact, f]], subject.metrics, ctx);
  const { locale } = ctx;
  const shown = subject.metrics[0]?.display ?? '';
  const head = `${labelOf(leaf, locale)}${detailsText(ctx.facts, leaf.details, locale, false).text}`;
  const hit = leaf.cases.find((c) => c.value === f.value);
  if (hit) {
    const label = (locale === 'en' ? (hit.labelEn ?? hit.label) : hit.label) ?? shown;
    const explanation = t(locale, `${head}：${label}，得${hit.points}分（满分${leaf.points}分）`, `${head}: ${label}, earned ${hit.points} of ${leaf.points}`);
    return { kind: 'available', status: 'scored', earned: dec(hit.points), metric: subject.metrics, explanation };
  }
  const other = leaf.otherwise;
  const explanation = other !== undefined
    ? t(locale, `${head}：${shown}，不属于所列情形，按其他情形得${other}分（满分${leaf.points}分）`, `${head}: ${shown}, not a listed case: "otherwise" earns ${other} of ${leaf.points}`)
    : t(locale, `${head}：${shown}，不属于评分标准所列情形，得0分`, `${head}: ${shown}, not a case listed by the standard: earned 0 of ${leaf.points}`);
  return { kind: 'available', status: 'scored', earned: dec(other ?? 0), metric: subject.metrics, explanation };
}
