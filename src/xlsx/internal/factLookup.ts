import { findFactDefinition } from '../../facts/catalog.js';
import type { FactType } from '../../facts/types.js';
import { INDICATOR_FACT_NAMES } from '../factNames.js';
import { normalizeKey } from './text.js';

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
    const key = normalizeKey(name).replace(/\([^)]*\)$/, '');
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
