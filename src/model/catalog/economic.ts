import type { CatalogEntry, Provenance } from './types.js';

const S = (source: string): Provenance => ({ reliability: 'S', source });
const K = (note?: string): Provenance => ({
  reliability: 'K',
  source: '部门预算支出经济分类科目 — standard but not seen on a citable page (FACTS.md §5.2)',
  ...(note ? { note } : {}),
});
const HDU = S('http://www.hd-u.com/cwc/info/1013/1198.htm');
const ISH = S('http://m.ishare.iask.sina.com.cn/f/oIuBYFV8aL.html');
const WL = S('http://wanglu.net/thread/t13-353644-1.html');
const D360 = S('https://360docs.net/doc/439677006.html');
const D360B = S('https://www.360docs.net/doc/066564292.html');

const e = (code: string, name: string, p: Provenance): CatalogEntry => ({ code, name, level: code.length === 3 ? '类' : '款', provenance: p });

/**
 * 部门预算支出经济分类科目 (economic classification, department budget): the 类 and the 款
 * the reference report uses, plus the 三公 codes 30212, 30217, 30231 and 31013. Each entry
 * carries its source and reliability tag from FACTS.md §5.2.
 *
 * @example
 * ```ts
 * import { ECONOMIC_CATALOG } from 'jixiao/model';
 * ECONOMIC_CATALOG.find((x) => x.code === '30217')?.name; // "公务接待费"
 * ```
 */
export const ECONOMIC_CATALOG: readonly CatalogEntry[] = [
  e('301', '工资福利支出', HDU),
  e('30101', '基本工资', HDU),
  e('30102', '津贴补贴', HDU),
  e('30103', '奖金', HDU),
  e('30106', '伙食补助费', HDU),
  e('30107', '绩效工资', HDU),
  e('30108', '机关事业单位基本养老保险缴费', HDU),
  e('30109', '职业年金缴费', HDU),
  e('30110', '职工基本医疗保险缴费', HDU),
  e('30111', '公务员医疗补助缴费', HDU),
  e('30112', '其他社会保障缴费', HDU),
  e('30113', '住房公积金', ISH),
  e('30114', '医疗费', ISH),
  e('30199', '其他工资福利支出', ISH),
  e('302', '商品和服务支出', ISH),
  e('30201', '办公费', ISH),
  e('30202', '印刷费', ISH),
  e('30203', '咨询费', K()),
  e('30204', '手续费', K()),
  e('30205', '水费', ISH),
  e('30206', '电费', ISH),
  e('30207', '邮电费', ISH),
  e('30208', '取暖费', K()),
  e('30209', '物业管理费', ISH),
  e('30211', '差旅费', ISH),
  e('30212', '因公出国（境）费用', D360),
  e('30213', '维修（护）费', K()),
  e('30214', '租赁费', WL),
  e('30215', '会议费', WL),
  e('30216', '培训费', WL),
  e('30217', '公务接待费', WL),
  e('30218', '专用材料费', K()),
  e('30224', '被装购置费', K()),
  e('30225', '专用燃料费', K()),
  e('30226', '劳务费', WL),
  e('30227', '委托业务费', WL),
  e('30228', '工会经费', WL),
  e('30229', '福利费', WL),
  e('30231', '公务用车运行维护费', WL),
  e('30239', '其他交通费用', WL),
  e('30240', '税金及附加费用', ISH),
  e('30299', '其他商品和服务支出', K()),
  e('303', '对个人和家庭的补助', K()),
  e('30301', '离休费', K()),
  e('30302', '退休费', K()),
  e('30305', '生活补助', K()),
  e('30307', '医疗费补助', K()),
  e('30309', '奖励金', K()),
  e('30399', '其他对个人和家庭的补助', K()),
  e('307', '债务利息及费用支出', K()),
  e('309', '资本性支出（基本建设）', K()),
  e('310', '资本性支出', D360B),
  e('31001', '房屋建筑物购建', K()),
  e('31002', '办公设备购置', D360B),
  e('31003', '专用设备购置', D360B),
  e('31005', '基础设施建设', K()),
  e('31006', '大型修缮', D360B),
  e('31007', '信息网络及软件购置更新', D360B),
  e('31013', '公务用车购置', D360),
  e('31099', '其他资本性支出', K()),
  e('311', '对企业补助（基本建设）', K()),
  e('312', '对企业补助', K()),
  e('313', '对社会保障基金补助', K()),
  e('399', '其他支出', K()),
];

/**
 * 部门预算支出经济分类 → 政府预算支出经济分类 mapping where known (ishare mapping table [S],
 * FACTS.md §5.2). Codes not listed have no mapping recorded here.
 *
 * @example
 * ```ts
 * import { GOVERNMENT_ECONOMIC_MAPPING } from 'jixiao/model';
 * GOVERNMENT_ECONOMIC_MAPPING['30215']; // { code: '50202', name: '会议费' }
 * ```
 */
export const GOVERNMENT_ECONOMIC_MAPPING: Readonly<Record<string, { readonly code: string; readonly name: string }>> = {
  '30101': { code: '50101', name: '工资奖金津补贴' },
  '30102': { code: '50101', name: '工资奖金津补贴' },
  '30103': { code: '50101', name: '工资奖金津补贴' },
  '30106': { code: '50199', name: '其他工资福利支出' },
  '30114': { code: '50199', name: '其他工资福利支出' },
  '30199': { code: '50199', name: '其他工资福利支出' },
  '30201': { code: '50201', name: '办公经费' },
  '30202': { code: '50201', name: '办公经费' },
  '30204': { code: '50201', name: '办公经费' },
  '30205': { code: '50201', name: '办公经费' },
  '30206': { code: '50201', name: '办公经费' },
  '30207': { code: '50201', name: '办公经费' },
  '30208': { code: '50201', name: '办公经费' },
  '30209': { code: '50201', name: '办公经费' },
  '30211': { code: '50201', name: '办公经费' },
  '30214': { code: '50201', name: '办公经费' },
  '30228': { code: '50201', name: '办公经费' },
  '30229': { code: '50201', name: '办公经费' },
  '30239': { code: '50201', name: '办公经费' },
  '30240': { code: '50201', name: '办公经费' },
  '30215': { code: '50202', name: '会议费' },
  '30216': { code: '50203', name: '培训费' },
};
