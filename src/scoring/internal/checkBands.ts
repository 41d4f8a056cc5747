import type { Issue, Locale, PathSegment } from '../../shared/issues.js';
import { makeIssue } from '../../shared/makeIssue.js';
import { dec } from '../../model/money/decimal.js';
import type { Band } from '../schema/methods.js';

const text = (locale: Locale, zh: string, en: string): string => (locale === 'en' ? en : zh);

/**
 * Bands must be sorted ascending and contiguous: only the first may be open below, only the last
 * open above, each band's `max` above its `min`, and each band's `max` equal to the next band's
 * `min` (a smaller one leaves a gap, a larger one overlaps). Points may not exceed the leaf's. @internal
 */
export function checkBands(bands: readonly Band[], leafPoints: string, path: readonly PathSegment[], locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const bad = (i: number, zh: string, en: string): void => {
    issues.push(makeIssue('invalid_bands', [...path, 'bands', i], { detail: text(locale, zh, en) }, locale));
  };
  bands.forEach((b, i) => {
    const n = i + 1;
    if (dec(b.points).gt(leafPoints)) {
      issues.push(makeIssue('too_big', [...path, 'bands', i, 'points'], { maximum: leafPoints }, locale));
    }
    if (b.min === undefined && i > 0) bad(i, `只有第1档可以没有下限（第${n}档缺少 min）`, `only the first band may have no lower bound (band ${n} has no min)`);
    if (b.max === undefined && i < bands.length - 1) bad(i, `只有最后一档可以没有上限（第${n}档缺少 max）`, `only the last band may have no upper bound (band ${n} has no max)`);
    if (b.min !== undefined && b.max !== undefined && !dec(b.min).lt(b.max)) {
      bad(i, `第${n}档的下限 ${b.min} 不小于上限 ${b.max}`, `band ${n}: min ${b.min} is not below max ${b.max}`);
    }
    const prev = bands[i - 1];
    if (!prev || prev.max === undefined || b.min === undefined) return;
    if (prev.min !== undefined && dec(b.min).lt(prev.min)) {
      bad(i, `分档未按升序排列：第${n}档下限 ${b.min} 小于第${i}档下限 ${prev.min}`, `bands are not sorted ascending: band ${n} starts at ${b.min}, below band ${i}'s ${prev.min}`);
    } else if (dec(prev.max).lt(b.min)) {
      bad(i, `第${i}档与第${n}档之间有空缺（${prev.max} 至 ${b.min}）`, `gap between band ${i} and band ${n} (${prev.max} to ${b.min})`);
    } else if (dec(prev.max).gt(b.min)) {
      bad(i, `第${i}档与第${n}档重叠（${b.min} 至 ${prev.max}）`, `band ${i} overlaps band ${n} (${b.min} to ${prev.max})`);
    }
  });
  return issues;
}

/** Grades: distinct minimums, one of them 0 (every total gets a grade), none above the total. @internal */
export function checkGrades(grades: readonly { readonly min: string; readonly label: string }[], total: string, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  grades.forEach((g, i) => {
    const bad = (zh: string, en: string): void => {
      issues.push(makeIssue('invalid_bands', ['grades', i, 'min'], { detail: text(locale, zh, en) }, locale));
    };
    if (seen.has(g.min)) bad(`等级“${g.label}”的下限 ${g.min} 与其他等级重复`, `grade "${g.label}" repeats the minimum ${g.min}`);
    else if (dec(g.min).gt(total)) bad(`等级“${g.label}”的下限 ${g.min} 超过总分 ${total}`, `grade "${g.label}" starts at ${g.min}, above the total ${total}`);
    seen.add(g.min);
  });
  if (!grades.some((g) => dec(g.min).isZero())) {
    issues.push(makeIssue('invalid_bands', ['grades'], {
      detail: text(locale, '须有一个下限为 0 的等级，使任何得分都有等级', 'one grade must start at 0 so that every total has a grade'),
    }, locale));
  }
  return issues;
}
