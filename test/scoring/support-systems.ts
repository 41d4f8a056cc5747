import type { Facts, FactValue } from '../../src/facts/index.js';

type Obj = Record<string, unknown>;

/** A manual leaf for test systems. */
export const leaf = (id: string, points: string | number, extra: Obj = {}): Obj => ({
  id,
  name: `指标${id}`,
  points,
  method: 'manual',
  standard: '评分标准',
  provenance: { reliability: 'K', source: 'test' },
  ...extra,
});

/** A group node for test systems. */
export const node = (id: string, points: string | number, children: Obj[], extra: Obj = {}): Obj => ({ id, name: `组${id}`, points, children, ...extra });

/** A system around the given indicators (total defaults to the roots' points). */
export const system = (indicators: Obj[], extra: Obj = {}): Obj => ({
  id: 'test',
  version: '1',
  name: '测试体系',
  jurisdiction: '测试',
  year: 2023,
  total: '10',
  provenance: { reliability: 'K', source: 'test' },
  grades: [
    { label: '好', min: '6', assumed: true },
    { label: '差', min: '0', assumed: true },
  ],
  unavailablePolicy: 'zero',
  indicators,
  ...extra,
});

/** Facts from plain values: strings starting with "r:" are ratios, "c:" counts, "m:" money, "t:" text; booleans; null = unavailable. */
export function mkFacts(values: Record<string, string | boolean | null>): Facts {
  const out: Record<string, FactValue> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === null) out[k] = { status: 'unavailable', type: 'ratio', reason: `缺少${k}`, reasonEn: `${k} missing` };
    else if (typeof v === 'boolean') out[k] = { status: 'ok', type: 'boolean', value: v };
    else {
      const type = ({ r: 'ratio', c: 'count', m: 'money', t: 'text' } as const)[v.slice(0, 1) as 'r' | 'c' | 'm' | 't'];
      out[k] = type === 'text' ? { status: 'ok', type, value: v.slice(2) } : { status: 'ok', type, value: v.slice(2) };
    }
  }
  const sets = {
    economicClasses: [],
    economicCodes: [],
    functionalClasses: [],
    functionalCodes: [],
    threePublicItems: [],
    disclosureKinds: [],
    statedTotals: [],
    statedTotalsPartial: [],
    statedCounts: [],
    statedCountsPartial: [],
    statedQuotas: [],
    staffCategories: [],
  };
  return { values: out, halfUnit: '0.005', precision: 2, unit: '万元', sets };
}
