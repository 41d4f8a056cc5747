/**
 * `codeProblem` answers catalog codes from a precomputed set before the full checks; this compares
 * it with the full checks alone (the former implementation) for every catalog code, their 类 and
 * near misses, and random digit strings, under each kind of `allowUnknownCodes`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ECONOMIC_CATALOG } from '../catalog/economic.js';
import { FUNCTIONAL_CATALOG } from '../catalog/functional.js';
import { type CatalogKind, isWellFormedCode, lookupCode } from '../catalog/lookup.js';
import { codeProblem } from './primitives.js';

function fullChecks(kind: CatalogKind, code: string, allowUnknown: ReadonlySet<string> | 'all'): 'invalid_code' | { readonly unknown: string } | undefined {
  if (!isWellFormedCode(kind, code)) return 'invalid_code';
  const cls = code.slice(0, 3);
  if (!lookupCode(kind, cls)) {
    if (allowUnknown === 'all' || allowUnknown.has(cls)) return undefined;
    return { unknown: cls };
  }
  if (!lookupCode(kind, code) && allowUnknown !== 'all' && !allowUnknown.has(code)) return { unknown: code };
  return undefined;
}

const KINDS: readonly CatalogKind[] = ['functional', 'economic'];
const catalogCodes = [...FUNCTIONAL_CATALOG, ...ECONOMIC_CATALOG].map((e) => e.code);
const candidates = [
  ...catalogCodes,
  ...catalogCodes.map((c) => c.slice(0, 3)),
  ...catalogCodes.map((c) => `${c}9`),
  ...catalogCodes.map((c) => `${c.slice(0, -1)}${(Number(c.at(-1)) + 1) % 10}`),
  ...catalogCodes.map((c) => ` ${c}`),
  '', '2', '20', '999', '99999', '1010101', '30199', '3019', 'abc',
];

describe('codeProblem', () => {
  it('agrees with the full checks for catalog codes and near misses', () => {
    for (const kind of KINDS) {
      for (const allow of [new Set<string>(), 'all' as const, new Set(['30199', '999', '2019999'])]) {
        for (const code of candidates) expect(codeProblem(kind, code, allow)).toEqual(fullChecks(kind, code, allow));
      }
    }
  });

  it('agrees with the full checks for random codes (property)', () => {
    const code = fc.oneof(fc.stringMatching(/^[0-9]{0,8}$/), fc.constantFrom(...candidates));
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), code, fc.array(code, { maxLength: 3 }), fc.boolean(), (kind, c, allowed, all) => {
        const allow = all ? ('all' as const) : new Set(allowed);
        expect(codeProblem(kind, c, allow)).toEqual(fullChecks(kind, c, allow));
      }),
      { numRuns: 3000 },
    );
  });
});
