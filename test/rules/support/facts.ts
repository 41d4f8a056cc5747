import type { FactSetName, FactValue, Facts } from '../../../src/facts/index.js';
import type { Rule, RulePack } from '../../../src/rules/index.js';

export const money = (value: string, parts?: number): FactValue => ({ status: 'ok', type: 'money', value, ...(parts !== undefined ? { parts } : {}) });
export const count = (value: string): FactValue => ({ status: 'ok', type: 'count', value });
export const ratio = (value: string): FactValue => ({ status: 'ok', type: 'ratio', value });
export const bool = (value: boolean): FactValue => ({ status: 'ok', type: 'boolean', value });
export const missing = (type: FactValue['type'] = 'money'): FactValue => ({ status: 'unavailable', type, reason: '测试：缺少数据', reasonEn: 'test: no data' });

const EMPTY_SETS: Record<FactSetName, readonly string[]> = {
  statedTotals: [],
  statedTotalsPartial: [],
  statedCounts: [],
  statedCountsPartial: [],
  statedQuotas: [],
  staffCategories: [],
  economicClasses: [],
  economicCodes: [],
  functionalClasses: [],
  functionalCodes: [],
  threePublicItems: [],
  disclosureKinds: [],
};

/** Synthetic facts: amounts printed to 0.01 万元 unless said otherwise. */
export function makeFacts(values: Record<string, FactValue>, sets: Partial<Record<FactSetName, readonly string[]>> = {}, halfUnit = '0.005'): Facts {
  return { values, halfUnit, precision: 2, unit: '万元', sets: { ...EMPTY_SETS, ...sets } };
}

/** A one-rule pack; fields default to a plain compliance warning. */
export function packOf(...rules: (Partial<Rule> & Pick<Rule, 'id' | 'check'>)[]): RulePack {
  return {
    id: 'test.pack',
    version: '0.0.1',
    rules: rules.map((r) => ({
      title: { 'zh-CN': `规则 ${r.id}`, en: `Rule ${r.id}` },
      severity: 'warning',
      category: 'compliance',
      refs: [],
      tags: [],
      ...r,
    })),
  };
}
