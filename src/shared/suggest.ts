/**
 * "Did you mean …?": the nearest candidates to a misspelled word, by Damerau–Levenshtein distance
 * (optimal string alignment: insertions, deletions, substitutions and swaps of two neighbours each
 * cost 1). Small on purpose: candidates are the keys of one object or the values of one enum.
 */

/** The optimal-string-alignment distance between `a` and `b`, or `max + 1` once it exceeds `max`. @internal */
export function editDistance(a: string, b: string, max: number = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The candidate nearest to `word` (case-insensitive ties broken by candidate order), or undefined
 * when none is close: at most 1 edit for words of up to 4 characters, 2 up to 8, 3 beyond.
 * @internal
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const max = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = max + 1;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    if (c === word) continue;
    const d = Math.min(editDistance(word, c, max), editDistance(lower, c.toLowerCase(), max));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
