import type { Issue, Locale, PathSegment } from '../../shared/issues.js';
import { makeIssue } from '../../shared/makeIssue.js';
import { SCORING_MESSAGES } from '../../shared/messages/scoring.js';
import { dec } from '../../model/money/decimal.js';
import type { Band } from '../schema/methods.js';

/**
 * Bands must be sorted ascending and contiguous: only the first may be open below, only the last
 * open above, each band's `max` above its `min`, and each band's `max` equal to the next band's
 * `min` (a smaller one leaves a gap, a larger one overlaps). Points may not exceed the leaf's. @internal
 */
export function checkBands(bands: readonly Band[], leafPoints: string, path: readonly PathSegment[], locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const m = SCORING_MESSAGES[locale];
  const bad = (i: number, detail: string): void => {
    issues.push(makeIssue('invalid_bands', [...path, 'bands', i], { detail }, locale));
  };
  bands.forEach((b, i) => {
    const n = i + 1;
    if (dec(b.points).gt(leafPoints)) {
      issues.push(makeIssue('too_big', [...path, 'bands', i, 'points'], { maximum: leafPoints }, locale));
    }
    if (b.min === undefined && i > 0) bad(i, m.bandNoMin(n));
    if (b.max === undefined && i < bands.length - 1) bad(i, m.bandNoMax(n));
    if (b.min !== undefined && b.max !== undefined && !dec(b.min).lt(b.max)) bad(i, m.bandEmpty(n, b.min, b.max));
    const prev = bands[i - 1];
    if (!prev || prev.max === undefined || b.min === undefined) return;
    if (prev.min !== undefined && dec(b.min).lt(prev.min)) bad(i, m.bandsUnsorted({ n, min: b.min, prev: i, prevMin: prev.min }));
    else if (dec(prev.max).lt(b.min)) bad(i, m.bandsGap({ prev: i, n, from: prev.max, to: b.min }));
    else if (dec(prev.max).gt(b.min)) bad(i, m.bandsOverlap({ prev: i, n, from: b.min, to: prev.max }));
  });
  return issues;
}

/** Grades: distinct minimums, one of them 0 (every total gets a grade), none above the total. @internal */
export function checkGrades(grades: readonly { readonly min: string; readonly label: string }[], total: string, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const m = SCORING_MESSAGES[locale];
  const bad = (path: readonly PathSegment[], detail: string): void => {
    issues.push(makeIssue('invalid_bands', path, { detail }, locale));
  };
  grades.forEach((g, i) => {
    if (seen.has(g.min)) bad(['grades', i, 'min'], m.gradeRepeats(g.label, g.min));
    else if (dec(g.min).gt(total)) bad(['grades', i, 'min'], m.gradeAboveTotal(g.label, g.min, total));
    seen.add(g.min);
  });
  if (!grades.some((g) => dec(g.min).isZero())) bad(['grades'], m.gradeNoZero);
  return issues;
}
