import type { CatalogEntry, Provenance } from './types.js';

const K: Provenance = {
  reliability: 'K',
  source: '政府收支分类科目（2022年）支出功能分类 — standard structure, no official table retrieved (FACTS.md §5.1)',
};
const KU = (note: string): Provenance => ({ ...K, note });

const cls = (code: string, name: string, p: Provenance = K): CatalogEntry => ({ code, name, level: '类', provenance: p });
const kuan = (code: string, name: string, p: Provenance = K): CatalogEntry => ({ code, name, level: '款', provenance: p });
const xiang = (code: string, name: string, p: Provenance = K): CatalogEntry => ({ code, name, level: '项', provenance: p });

/**
 * 支出功能分类科目 (functional classification of expenditure), 2022 edition: every 类, and the
 * 款/项 relevant to county-level administrative departments (201, 208, 210, 213, 221).
 * All entries are tagged [K]: standard structure not verified against the official 2022 table.
 *
 * @example
 * ```ts
 * import { FUNCTIONAL_CATALOG } from 'jixiao/model';
 * FUNCTIONAL_CATALOG.find((e) => e.code === '201')?.name; // "一般公共服务支出"
 * ```
 */
export const FUNCTIONAL_CATALOG: readonly CatalogEntry[] = [
  cls('201', '一般公共服务支出'),
  cls('202', '外交支出'),
  cls('203', '国防支出'),
  cls('204', '公共安全支出'),
  cls('205', '教育支出'),
  cls('206', '科学技术支出'),
  cls('207', '文化旅游体育与传媒支出'),
  cls('208', '社会保障和就业支出'),
  cls('209', '社会保险基金支出'),
  cls('210', '卫生健康支出'),
  cls('211', '节能环保支出'),
  cls('212', '城乡社区支出'),
  cls('213', '农林水支出'),
  cls('214', '交通运输支出'),
  cls('215', '资源勘探工业信息等支出'),
  cls('216', '商业服务业等支出'),
  cls('217', '金融支出'),
  cls('219', '援助其他地区支出'),
  cls('220', '自然资源海洋气象等支出'),
  cls('221', '住房保障支出'),
  cls('222', '粮油物资储备支出'),
  cls('223', '国有资本经营预算支出'),
  cls('224', '灾害防治及应急管理支出'),
  cls('227', '预备费'),
  cls('229', '其他支出'),
  cls('230', '转移性支出'),
  cls('231', '债务还本支出'),
  cls('232', '债务付息支出'),
  cls('233', '债务发行费用支出'),
  kuan('20103', '政府办公厅（室）及相关机构事务'),
  xiang('2010301', '行政运行'),
  xiang('2010302', '一般行政管理事务'),
  xiang('2010303', '机关服务'),
  xiang('2010306', '政务公开审批', KU('name/number uncertain')),
  xiang('2010350', '事业运行'),
  xiang('2010399', '其他政府办公厅（室）及相关机构事务支出'),
  kuan('20199', '其他一般公共服务支出'),
  xiang('2019999', '其他一般公共服务支出', KU('numbering uncertain')),
  kuan('20805', '行政事业单位养老支出'),
  xiang('2080501', '行政单位离退休'),
  xiang('2080502', '事业单位离退休'),
  xiang('2080505', '机关事业单位基本养老保险缴费支出'),
  xiang('2080506', '机关事业单位职业年金缴费支出'),
  xiang('2080599', '其他行政事业单位养老支出'),
  kuan('20808', '抚恤'),
  xiang('2080801', '死亡抚恤'),
  kuan('21011', '行政事业单位医疗'),
  xiang('2101101', '行政单位医疗'),
  xiang('2101102', '事业单位医疗'),
  xiang('2101103', '公务员医疗补助'),
  xiang('2101199', '其他行政事业单位医疗支出'),
  kuan('21305', '巩固脱贫衔接乡村振兴', KU('renamed from 扶贫 in 2021')),
  xiang('2130599', '其他巩固脱贫衔接乡村振兴支出'),
  kuan('21307', '农村综合改革'),
  xiang('2130705', '对村民委员会和村党支部的补助'),
  kuan('22102', '住房改革支出'),
  xiang('2210201', '住房公积金'),
  xiang('2210202', '提租补贴'),
  xiang('2210203', '购房补贴'),
];
