import { deepFreeze } from '../shared/deepFreeze.js';
import type { ThresholdSet } from './thresholds.js';

const SICHUAN_2018 = {
  reliability: 'S',
  source: '四川省2018—2019年政府集中采购目录及采购限额标准（英文转述，部分内容不清）',
  url: 'https://woyaojiankangwang.com/Medicalequipment/smtdielakj.html',
} as const;

const sichuan = (
  id: string,
  zh: string,
  en: string,
  jurisdiction: ThresholdSet['jurisdiction'],
  [goods, works, tender]: readonly [string, string, string],
  note?: string,
): ThresholdSet => ({
  id,
  title: { 'zh-CN': `四川省2018—2019年采购限额标准（${zh}）`, en: `Sichuan 2018–2019 procurement limits (${en})` },
  jurisdiction: { province: '四川省', ...jurisdiction },
  effectiveFrom: '2018-01-01',
  effectiveTo: '2019-12-31',
  values: {
    'procurement.decentralizedLimit.goodsServices': goods,
    'procurement.decentralizedLimit.works': works,
    'procurement.publicTender.goodsServices': tender,
  },
  provenance: note ? { ...SICHUAN_2018, note } : SICHUAN_2018,
});

/**
 * The threshold sets the library knows, each with its source and reliability tag. Nothing is
 * built in for Sichuan after 2019 (the 2022 standard was not found), nor for any carry-over
 * ceiling: rules that need them report `not_applicable` and say why. Pass your own sets in
 * `runRules(…, { thresholds })`. The sets are deep-frozen, like the built-in rule pack.
 *
 * - Sichuan 2018–2019, by level (省级 / 成都市本级 50·60·200万元; 其他市州本级 and 成都所辖县 30·40·120万元;
 *   其他县 10·20·80万元) — secondary source [S]; the works limits of the upper tiers are uncertain.
 * - Central 2020 edition (国办发〔2019〕55号): 100·120·200万元 — secondary source [S].
 * - Disclosure within 20 days of 批复: 《预算法》第十四条 / 财预〔2016〕143号 — restated on an official page [O];
 *   the statute's article text itself is unconfirmed [K].
 *
 * @example
 * ```ts
 * import { BUILT_IN_THRESHOLDS } from 'jixiao/rules';
 * BUILT_IN_THRESHOLDS.find((s) => s.id === 'sichuan-2018-county')?.values; // { … goodsServices: '10', … }
 * ```
 */
export const BUILT_IN_THRESHOLDS: readonly ThresholdSet[] = deepFreeze([
  sichuan('sichuan-2018-provincial', '省级', 'provincial', { level: 'provincial' }, ['50', '60', '200'], '工程限额 60万元 原文转述不清（uncertain）'),
  sichuan(
    'sichuan-2018-chengdu-municipal',
    '成都市本级',
    'Chengdu municipal',
    { city: '成都市', level: 'municipal' },
    ['50', '60', '200'],
    '工程限额 60万元 原文转述不清（uncertain）',
  ),
  sichuan(
    'sichuan-2018-municipal',
    '其他市（州）本级',
    'other prefectures',
    { level: 'municipal' },
    ['30', '40', '120'],
    '工程限额 40万元 原文转述不清（uncertain）',
  ),
  sichuan(
    'sichuan-2018-chengdu-county',
    '成都市所辖县（市、区）',
    'counties of Chengdu',
    { city: '成都市', level: 'county' },
    ['30', '40', '120'],
    '工程限额 40万元 原文转述不清（uncertain）',
  ),
  sichuan('sichuan-2018-county', '其他县（市、区）', 'other counties', { level: 'county' }, ['10', '20', '80']),
  {
    id: 'central-2020',
    title: { 'zh-CN': '中央预算单位政府集中采购目录及标准（2020年版）', en: 'Central budget units, 2020 edition' },
    jurisdiction: { level: 'central' },
    effectiveFrom: '2020-01-01',
    values: {
      'procurement.decentralizedLimit.goodsServices': '100',
      'procurement.decentralizedLimit.works': '120',
      'procurement.publicTender.goodsServices': '200',
    },
    provenance: { reliability: 'S', source: '国办发〔2019〕55号（二手转述）', url: 'http://dsknw.com/shenghuozixun/8ivehuiyo7.html' },
  },
  {
    id: 'national-disclosure-20-days',
    title: { 'zh-CN': '部门预决算批复后20日内公开', en: 'Department budgets and final accounts published within 20 days of approval' },
    jurisdiction: {},
    effectiveFrom: '2015-01-01',
    values: { 'disclosure.deadlineDays': '20' },
    provenance: {
      reliability: 'O',
      source: '财预〔2016〕143号《地方预决算公开操作规程》；《中华人民共和国预算法》第十四条',
      url: 'http://www.rushan.gov.cn/xzjdsdlygk/8/files/basic-html/page7.html',
      note: '143号 restated on an official 公开标准目录 page [O]; the 预算法 article text was read on a mirror and is unconfirmed [K]',
    },
  },
]);
