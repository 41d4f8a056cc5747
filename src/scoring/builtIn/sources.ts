import type { Band } from '../schema/methods.js';
import type { IndicatorProvenance, OverrunPart, Reliability, ZeroPolicy } from '../schema/common.js';
import type { IndicatorLeaf } from '../schema/methods.js';
import type { IndicatorGroup, IndicatorNode } from '../schema/system.js';

/** Sources the built-in systems are reconstructed from (see the domain facts file, FACTS.md). @internal */
export const SOURCES = {
  seed: '巴中市恩阳区行政审批局关于2023年财政支出绩效评价的报告（2023-06-14），http://scey.gov.cn/zwgk/zdlyxxgk/czzj/czzjsy/11546333.html',
  enyangAttachment: '恩财监绩〔2023〕4号 附件《2023年区级部门整体支出绩效评价指标体系》（未公开）',
  dazhou: '四川省部门整体支出绩效评价指标体系（达州市转载），http://nyj.dazhou.gov.cn/xxgk-show-16453.html',
  hunan: '湖南省岳阳市 部门整体支出绩效评价评分表，http://yueyang.gov.cn/zwgk/62389/62391/content_1344912.html',
  exampleC: '部门整体支出绩效评价评分表（PDF 的镜像），http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm',
  mof53: '财预〔2013〕53号《预算绩效评价共性指标体系框架》附件2（部门整体支出），镜像 http://ekuangwang.cn/public/consult/detail/45',
  exampleA: '部门整体支出绩效评价指标（文档分享站转载），https://m.taodocs.com/p-534480183.html',
  mof10: '财预〔2020〕10号《项目支出绩效评价管理办法》（等级：优90–100、良80–89、中60–79、差0–59），http://www.dz-gczx.com/wap/articleDetails_id_1290.html',
} as const;

/** Provenance of one item. @internal */
export const prov = (reliability: Reliability, source: string, note?: string): IndicatorProvenance => ({
  reliability,
  source,
  ...(note !== undefined ? { note } : {}),
});

/** A group node. @internal */
export const group = (id: string, name: string, nameEn: string, points: string, children: readonly IndicatorNode[]): IndicatorGroup => ({
  id,
  name,
  nameEn,
  points,
  children,
});

/** A manual leaf: an evaluator's judgement against the 评价要点 in `standard`. @internal */
export const manual = (id: string, name: string, nameEn: string, points: string, standard: string, provenance: IndicatorProvenance): IndicatorLeaf => ({
  id,
  name,
  nameEn,
  points,
  method: 'manual',
  standard: `${standard}。由评价人根据评价意见评分，扣分须写明原因。`,
  standardEn: 'Scored by the evaluator; every deduction states its reason.',
  provenance,
});

/**
 * The 5-point ladder of the Hunan (岳阳) sheet's 重点支出安排率 (≥90% 5, [80,90) 4, [70,80) 3,
 * [60,70) 2, <60% 0), reused where mof-2013 borrows its shape. @internal
 */
export const HUNAN_FIVE_POINT_BANDS: Band[] = [
  { max: '60', points: '0' },
  { min: '60', max: '70', points: '2' },
  { min: '70', max: '80', points: '3' },
  { min: '80', max: '90', points: '4' },
  { min: '90', points: '5' },
];

/** The 雨花 2022 评分表 (湖南长沙), the one published rule for an indicator that does not apply. @internal */
const YUHUA = '雨花区2022年度部门整体支出绩效评价评分表“没有楼堂馆所项目的部门按满分计算”（https://yzwku.com/doc/561683.html）';

/**
 * The zero-denominator policies of the built-in systems' ratio leaves (FACTS.md §9): what 0 ÷ 0 and a
 * non-zero value over 0 earn, with the source of each choice. @internal
 */
export const ZERO_POLICIES: Readonly<Record<'spendingControl' | 'changeRate' | 'carryOverChange' | 'staffControl' | 'completion', ZeroPolicy>> = {
  /** Spending against its budget (三公 control rate): 0 of 0 is the best result; spending with no budget is over by +∞%. */
  spendingControl: {
    whenZeroOverZero: 'full',
    whenZeroDenominator: 'zero',
    source: 'FACTS §9 缺省规则',
    reliability: 'K',
    note: '已查到的评分表均未规定预算数为0的情形 [K]：预算0、实际0为最好的结果，计满分；无预算而有支出，超出比例为无穷大，按“每超过一个百分点扣分，扣完为止”计0分',
  },
  /** A change rate (三公变动率): 0 after 0 did not grow; growth from a zero base is +∞%. */
  changeRate: {
    whenZeroOverZero: 'full',
    whenZeroDenominator: 'zero',
    source: 'FACTS §9 缺省规则',
    reliability: 'K',
    note: '上年为0、本年也为0：未增长，计满分 [K]；上年为0、本年不为0：增长率为无穷大，按“每超过一个百分点扣分，扣完为止”计0分（FACTS §9 亦允许改按控制率计分，本库选择计0分）[K]',
  },
  /** 结转结余变动率: no carry-over in either year did not grow; any carry-out after none is above the prior year's. */
  carryOverChange: {
    whenZeroOverZero: 'full',
    whenZeroDenominator: 'zero',
    source: '湖南岳阳评分表“结余超过上年结转，不得分”',
    reliability: 'M',
    note: `${SOURCES.hunan}。上年无结转结余、本年有结转结余：按字面为“结余超过上年结转”，计0分 [M]；两年均为0：无结余，计满分 [K]`,
  },
  /** 在职人员控制率: no quota and no staff — nothing to control; staff with no quota are over by +∞%. */
  staffControl: {
    whenZeroOverZero: 'not_applicable',
    whenZeroDenominator: 'zero',
    source: '雨花区2022评分表（不适用按满分，类推）',
    reliability: 'K',
    note: `${YUHUA} [S]；类推至无编制且无在职人员的部门 [K]。无编制而有在职人员：超编比例为无穷大，计0分 [K]`,
  },
  /** Rates of completion (tasks, surveys, assets, budget execution): nothing planned does not apply, its points go to its siblings. */
  completion: {
    whenZeroOverZero: 'not_applicable',
    whenZeroDenominator: 'unavailable',
    notApplicable: 'reweight',
    source: '雨花区2022评分表（不适用按满分）；本体系按比例分配',
    reliability: 'K',
    note: `${YUHUA} [S]。本体系缺数据时已按比例分配分值，不适用时同样处理 [K]；分母为0而分子不为0时按缺数据规则处理 [K]`,
  },
};

/** The four 三公 items, named in the control rate's deduction reason when one spent more than its budget. @internal */
export const THREE_PUBLIC_OVERRUNS: OverrunPart[] = [
  { label: '因公出国（境）费', labelEn: 'Outbound travel', actual: 'threePublic.outboundTravel.actual', budget: 'threePublic.outboundTravel.budget' },
  { label: '公务用车购置费', labelEn: 'Vehicle purchase', actual: 'threePublic.vehiclePurchase.actual', budget: 'threePublic.vehiclePurchase.budget' },
  { label: '公务用车运行维护费', labelEn: 'Vehicle operation', actual: 'threePublic.vehicleOperation.actual', budget: 'threePublic.vehicleOperation.budget' },
  { label: '公务接待费', labelEn: 'Official reception', actual: 'threePublic.reception.actual', budget: 'threePublic.reception.budget' },
];
