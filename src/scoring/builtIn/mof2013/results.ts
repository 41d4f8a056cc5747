import type { IndicatorLeaf } from '../../schema/methods.js';
import type { IndicatorGroup } from '../../schema/system.js';
import { group, HUNAN_FIVE_POINT_BANDS, manual, prov, SOURCES, ZERO_POLICIES } from '../sources.js';

const K = '53号不规定权重与评分标准；分值与评分标准为重构 [K]';

const rate = (slug: string, name: string, nameEn: string, fact: string, formula: string, formulaEn: string): IndicatorLeaf => ({
  id: `output.duties.${slug}`,
  name,
  nameEn,
  points: '5',
  method: 'ratio',
  fact,
  target: '100',
  standard: `${name} = ${formula} × 100%。达到100%得5分；未达到的按完成比例计算得分。`,
  standardEn: `${formulaEn}. 5 at 100%; below, points in proportion.`,
  basis: `财预〔2013〕53号 附件2 产出·职责履行·${name}`,
  onUnavailable: 'reweight',
  zeroPolicy: ZERO_POLICIES.completion,
  provenance: prov('K', SOURCES.mof53, `${K}；“按完成比例计算得分”的形状见地方评分表转载 [S]；缺少数据时分值按比例分配至同级指标`),
});

/** 产出 (20): 职责履行. @internal */
export const output: IndicatorGroup = group('output', '产出', 'Outputs', '20', [
  group('output.duties', '职责履行', 'Duties', '20', [
    rate('completion', '实际完成率', 'Completion rate', 'ratio.taskCompletion', '实际完成工作数 ÷ 计划工作数', 'Completed ÷ planned'),
    rate('timeliness', '完成及时率', 'Timeliness rate', 'ratio.taskTimeliness', '及时完成实际工作数 ÷ 计划工作数', 'On time ÷ planned'),
    rate('quality', '质量达标率', 'Quality rate', 'ratio.taskQuality', '质量达标实际工作数 ÷ 计划工作数', 'Up to standard ÷ planned'),
    rate(
      'key-completion',
      '重点工作办结率',
      'Key-task completion rate',
      'ratio.keyTaskCompletion',
      '重点工作实际完成数 ÷ 交办或下达数',
      'Key tasks completed ÷ assigned',
    ),
  ]),
]);

/** 效果 (20): 履职效益. @internal */
export const outcome: IndicatorGroup = group('outcome', '效果', 'Outcomes', '20', [
  group('outcome.benefits', '履职效益', 'Benefits', '20', [
    manual(
      'outcome.benefits.economic',
      '经济效益',
      'Economic benefits',
      '5',
      '评价要点：部门履职对经济发展所带来的直接或间接影响',
      prov('K', SOURCES.mof53, K),
    ),
    manual('outcome.benefits.social', '社会效益', 'Social benefits', '5', '评价要点：部门履职对社会发展所带来的直接或间接影响', prov('K', SOURCES.mof53, K)),
    manual(
      'outcome.benefits.ecological',
      '生态效益',
      'Ecological benefits',
      '5',
      '评价要点：部门履职对生态环境所带来的直接或间接影响',
      prov('K', SOURCES.mof53, K),
    ),
    {
      id: 'outcome.benefits.satisfaction',
      name: '社会公众或服务对象满意度',
      nameEn: 'Public or client satisfaction',
      points: '5',
      method: 'bands',
      fact: 'ratio.satisfaction',
      closed: 'lower',
      bands: HUNAN_FIVE_POINT_BANDS,
      standard: '满意度 = 满意人数 ÷ 调查人数 × 100%。≥90% 得5分；[80%, 90%) 得4分；[70%, 80%) 得3分；[60%, 70%) 得2分；<60% 得0分。',
      standardEn: 'Satisfied ÷ respondents. ≥ 90%: 5; [80, 90): 4; [70, 80): 3; [60, 70): 2; below 60%: 0.',
      basis: '财预〔2013〕53号 附件2 效果·履职效益·社会公众或服务对象满意度',
      onUnavailable: 'reweight',
      zeroPolicy: ZERO_POLICIES.completion,
      provenance: prov('K', SOURCES.hunan, `${K}；分档形状仿湖南岳阳评分表“重点支出安排率”[O]`),
    },
  ]),
]);
