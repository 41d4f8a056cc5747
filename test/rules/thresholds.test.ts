import { describe, expect, it } from 'vitest';
import { BUILT_IN_THRESHOLDS, resolveThreshold, type ThresholdSet, ThresholdSetSchema } from '../../src/rules/index.js';

const enyang = { region: { province: '四川省', city: '巴中市', county: '恩阳区' }, level: 'county' };
const GOODS = 'procurement.decentralizedLimit.goodsServices' as const;
const valueOf = (r: ReturnType<typeof resolveThreshold>) => (r.ok ? [r.set.id, r.value] : r.reason);

describe('resolveThreshold', () => {
  it('resolves Sichuan county limits for 2018–2019 from the built-in list', () => {
    expect(valueOf(resolveThreshold(GOODS, { department: enyang, fiscalYear: 2019 }))).toEqual(['sichuan-2018-county', '10']);
    expect(valueOf(resolveThreshold('procurement.decentralizedLimit.works', { department: enyang, fiscalYear: 2018 }))).toEqual(['sichuan-2018-county', '20']);
    expect(valueOf(resolveThreshold('procurement.publicTender.goodsServices', { department: enyang, fiscalYear: 2018 }))).toEqual([
      'sichuan-2018-county',
      '80',
    ]);
  });

  it('prefers the most specific jurisdiction (成都所辖县 over 其他县)', () => {
    const chengduCounty = { region: { province: '四川', city: '成都市', county: '双流区' }, level: 'county' };
    expect(valueOf(resolveThreshold(GOODS, { department: chengduCounty, fiscalYear: 2019 }))).toEqual(['sichuan-2018-chengdu-county', '30']);
    expect(valueOf(resolveThreshold(GOODS, { department: { region: { province: '四川省' }, level: 'provincial' }, fiscalYear: 2019 }))).toEqual([
      'sichuan-2018-provincial',
      '50',
    ]);
    expect(valueOf(resolveThreshold(GOODS, { department: { region: { province: '四川省', city: '巴中市' }, level: 'municipal' }, fiscalYear: 2019 }))).toEqual([
      'sichuan-2018-municipal',
      '30',
    ]);
  });

  it('says why nothing applies: Sichuan 2022 is not configured (FACTS.md Gap 8)', () => {
    const r = resolveThreshold(GOODS, { department: enyang, fiscalYear: 2022 });
    expect(r).toEqual({
      ok: false,
      key: GOODS,
      reason: '未配置适用于四川省巴中市恩阳区（县级）2022年度的政府采购分散采购限额标准（货物、服务）（可通过 thresholds 选项提供）',
      reasonEn:
        'no decentralised procurement limit (goods, services) is configured for 四川省 巴中市 恩阳区 (county level) in fiscal 2022 (pass one in the thresholds option)',
    });
    expect(resolveThreshold(GOODS, { department: enyang })).toMatchObject({ ok: false, reason: expect.stringContaining('未提供被评价年度') });
    expect(resolveThreshold('carryOver.maxRatio', { department: enyang, fiscalYear: 2022 }).ok).toBe(false);
  });

  it('applies the central 2020 edition to central units only, and the 20-day disclosure deadline everywhere', () => {
    expect(valueOf(resolveThreshold(GOODS, { department: { level: 'central' }, fiscalYear: 2022 }))).toEqual(['central-2020', '100']);
    expect(resolveThreshold(GOODS, { department: { level: 'central' }, fiscalYear: 2019 }).ok).toBe(false);
    expect(valueOf(resolveThreshold('disclosure.deadlineDays', { department: enyang, fiscalYear: 2022 }))).toEqual(['national-disclosure-20-days', '20']);
    expect(valueOf(resolveThreshold('disclosure.deadlineDays', { fiscalYear: 2022 }))).toEqual(['national-disclosure-20-days', '20']);
  });

  it('lets callers add sets: they win at equal specificity, and can be the only source', () => {
    const mine: ThresholdSet = {
      id: 'my-sichuan-county',
      jurisdiction: { province: '四川省', level: 'county' },
      effectiveFrom: '2019-01-01',
      values: { [GOODS]: '15' },
      provenance: { reliability: 'K', source: 'test' },
    };
    expect(valueOf(resolveThreshold(GOODS, { department: enyang, fiscalYear: 2019, thresholds: [mine] }))).toEqual(['my-sichuan-county', '15']);
    expect(valueOf(resolveThreshold(GOODS, { department: enyang, fiscalYear: 2022, thresholds: [mine] }))).toEqual(['my-sichuan-county', '15']);
    const national: ThresholdSet = { ...mine, id: 'my-national', jurisdiction: {} };
    expect(valueOf(resolveThreshold(GOODS, { department: enyang, fiscalYear: 2019, thresholds: [national] }))).toEqual(['sichuan-2018-county', '10']);
    expect(valueOf(resolveThreshold(GOODS, { department: enyang, fiscalYear: 2019, thresholds: [national], builtIn: false }))).toEqual(['my-national', '15']);
  });
});

describe('BUILT_IN_THRESHOLDS', () => {
  it('validate against ThresholdSetSchema and carry their provenance', () => {
    for (const s of BUILT_IN_THRESHOLDS) {
      expect(ThresholdSetSchema.safeParse(s).success, s.id).toBe(true);
      expect(s.provenance.source.length).toBeGreaterThan(0);
    }
    expect(new Set(BUILT_IN_THRESHOLDS.map((s) => s.id)).size).toBe(BUILT_IN_THRESHOLDS.length);
    expect(BUILT_IN_THRESHOLDS.filter((s) => s.values['carryOver.maxRatio'] !== undefined)).toEqual([]);
  });

  it('ThresholdSetSchema rejects unknown keys and bad dates', () => {
    const bad = { id: 'x', jurisdiction: {}, effectiveFrom: '2022-02-30', values: { nope: '1' }, provenance: { reliability: 'K', source: 's' } };
    expect(ThresholdSetSchema.safeParse(bad).success).toBe(false);
  });
});
