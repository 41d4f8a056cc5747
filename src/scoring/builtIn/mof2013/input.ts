import type { IndicatorGroup } from '../../schema/system.js';
import { group, HUNAN_FIVE_POINT_BANDS, manual, prov, SOURCES, ZERO_POLICIES } from '../sources.js';

const A = '53号不规定权重与评分标准；分值依文档分享站转载的部门评分表（投入15 = 目标设定5 + 预算配置10）[S] 调整';
const HN = '分值与评分标准依湖南岳阳部门整体支出评分表 [O]';

/** 投入 (20): 目标设定 5 + 预算配置 15. @internal */
export const input: IndicatorGroup = group('input', '投入', 'Inputs', '20', [
  group('input.targets', '目标设定', 'Target setting', '5', [
    manual(
      'input.targets.rationality',
      '绩效目标合理性',
      'Rationality of targets',
      '2',
      '评价要点：绩效目标符合国家法律法规和国民经济发展规划，符合部门“三定”方案确定的职责，符合部门中长期规划',
      prov('S', SOURCES.exampleA, `评价要点依53号附件2的转载 [S]；${A}`),
    ),
    manual(
      'input.targets.clarity',
      '绩效指标明确性',
      'Clarity of indicators',
      '3',
      '评价要点：部门整体绩效目标细化分解为具体工作任务，指标清晰、可衡量，设有明确的目标值',
      prov('S', SOURCES.exampleA, `评价要点依53号附件2的转载 [S]；${A}`),
    ),
  ]),
  group('input.allocation', '预算配置', 'Budget allocation', '15', [
    {
      id: 'input.allocation.staff-control',
      name: '在职人员控制率',
      nameEn: 'In-post staff control rate',
      points: '5',
      method: 'linear',
      fact: 'ratio.staffControl',
      target: '100',
      direction: 'above',
      perPoint: '0.5',
      standard: '在职人员控制率 = 在职人员数 ÷ 编制数 × 100%。≤100% 得5分；每超过一个百分点扣0.5分，扣完为止。',
      standardEn: 'In-post ÷ authorized staff. 5 at or below 100%; 0.5 off per percentage point above, down to 0.',
      basis: '财预〔2013〕53号 附件2 投入·预算配置·在职人员控制率',
      zeroPolicy: ZERO_POLICIES.staffControl,
      provenance: prov('O', SOURCES.hunan, `${HN}（财政供养人员控制率 5分）`),
      details: [
        { fact: 'staff.inPost', label: '在职', labelEn: 'in-post', unit: '人', unitEn: 'people' },
        { fact: 'staff.authorized.total', label: '编制', labelEn: 'authorized', unit: '人', unitEn: 'people' },
      ],
    },
    {
      id: 'input.allocation.three-public-change',
      name: '“三公经费”变动率',
      nameEn: '"Three public" change rate',
      points: '5',
      method: 'linear',
      fact: 'ratio.threePublicChange',
      target: '0',
      direction: 'above',
      perPoint: '0.5',
      standard: '“三公经费”变动率 =（本年度“三公经费”总额 − 上年度“三公经费”总额）÷ 上年度“三公经费”总额 × 100%。≤0 得5分；每超过一个百分点扣0.5分，扣完为止。',
      standardEn: '(this year − last year) ÷ last year, on actual totals. 5 at or below 0; 0.5 off per percentage point above, down to 0.',
      basis: '财预〔2013〕53号 附件2 投入·预算配置·“三公经费”变动率（53号以预算数计，此处按实际数计，见 FACTS §1.3）',
      zeroPolicy: ZERO_POLICIES.changeRate,
      provenance: prov('O', SOURCES.hunan, `${HN}；以实际数计算的口径 [S]`),
      details: [
        { fact: 'threePublic.total.actual', label: '本年', labelEn: 'this year' },
        { fact: 'threePublic.total.priorYearActual', label: '上年', labelEn: 'last year' },
      ],
    },
    {
      id: 'input.allocation.key-expenditure',
      name: '重点支出安排率',
      nameEn: 'Key expenditure rate',
      points: '5',
      method: 'bands',
      fact: 'ratio.keyExpenditure',
      closed: 'lower',
      bands: HUNAN_FIVE_POINT_BANDS,
      standard: '重点支出安排率 = 重点项目支出 ÷ 项目总支出 × 100%。≥90% 得5分；[80%, 90%) 得4分；[70%, 80%) 得3分；[60%, 70%) 得2分；<60% 得0分。',
      standardEn: 'Key projects ÷ all projects. ≥ 90%: 5; [80, 90): 4; [70, 80): 3; [60, 70): 2; below 60%: 0.',
      basis: '财预〔2013〕53号 附件2 投入·预算配置·重点支出安排率',
      onUnavailable: 'reweight',
      zeroPolicy: ZERO_POLICIES.completion,
      provenance: prov('O', SOURCES.hunan, `${HN}；自评报告通常不列重点项目支出，缺少数据时分值按比例分配至同级指标 [K]`),
    },
  ]),
]);
