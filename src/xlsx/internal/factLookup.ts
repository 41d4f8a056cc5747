import { findFactDefinition } from '../../facts/catalog.js';
import type { FactType } from '../../facts/types.js';
import { INDICATOR_FACT_NAMES } from '../factNames.js';
import { normalizeKey } from './text.js';

/**
 * The name without a final `(…)` holding no `)`: `replace(/\([^)]*\)$/, '')` in linear time (that
 * regex rescans from every `(` of a long run of them).
 */
function withoutTrailingParenthesis(s: string): string {
  if (!s.endsWith(')')) return s;
  const prev = s.lastIndexOf(')', s.length - 2);
  const open = s.indexOf('(', prev + 1);
  return open < 0 || open > s.length - 2 ? s : s.slice(0, open);
}

/** A fact bound to an indicator name. @internal */
export interface BoundFact {
  readonly fact: string;
  readonly type: FactType;
  /** The name entry that matched. */
  readonly matched: string;
}

/** Build a name → fact matcher (caller entries first, longest names first). Unknown facts are dropped. @internal */
export function factMatcher(extra: Readonly<Record<string, string>> | undefined): (name: string, standard: string) => BoundFact | undefined {
  const entries = new Map<string, string>();
  for (const src of [extra ?? {}, INDICATOR_FACT_NAMES]) {
    for (const [k, v] of Object.entries(src)) {
      const key = normalizeKey(k);
      if (key && typeof v === 'string' && !entries.has(key)) entries.set(key, v);
    }
  }
  const sorted = [...entries.entries()].sort((a, b) => b[0].length - a[0].length);
  return (name, standard) => {
    const key = withoutTrailingParenthesis(normalizeKey(name));
    for (const [k, fact] of sorted) {
      if (!key.includes(k)) continue;
      const def = findFactDefinition(fact);
      if (!def) return undefined;
      // 53号 defines the 三公 change rate on budgets; sheets that say so get the budget variant.
      if (fact === 'ratio.threePublicChange' && /预算数/.test(standard)) return { fact: 'ratio.threePublicBudgetChange', type: 'ratio', matched: k };
      return { fact, type: def.type, matched: k };
    }
    return undefined;
  };
}
