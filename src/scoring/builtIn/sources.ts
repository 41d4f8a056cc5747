import type { Band } from '../schema/methods.js';
import type { IndicatorProvenance, Reliability } from '../schema/common.js';
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
