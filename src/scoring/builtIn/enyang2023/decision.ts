import type { IndicatorGroup } from '../../schema/system.js';
import { group, manual, prov, SOURCES, ZERO_POLICIES } from '../sources.js';

const DZ = (item: string): string =>
  `恩阳区附件未公开，本项为重构：名称与结构依四川省（达州）部门整体支出指标体系“部门决策”下的“${item}”[O]；分值按恩阳区体系（部门决策20分）重新分配 [K]`;

/** 部门决策 (20): 目标任务 10 + 预算编制 10. @internal */
export const decision: IndicatorGroup = group('decision', '部门决策', 'Decision-making', '20', [
  group('decision.goals', '目标任务', 'Goals and tasks', '10', [
    manual(
      'decision.goals.relevance',
      '相关性',
      'Relevance',
      '3',
      '评价要点：部门整体绩效目标与部门“三定”职能、国家和省市区决策部署及部门中长期规划相符',
      prov('K', SOURCES.dazhou, DZ('目标任务·相关性')),
    ),
    manual(
      'decision.goals.clarity',
      '明确性',
      'Clarity',
      '4',
      '评价要点：总体目标细化分解为具体工作任务，绩效指标清晰、可衡量，设有明确的目标值',
      prov('K', SOURCES.dazhou, DZ('目标任务·明确性')),
    ),
    manual(
      'decision.goals.rationality',
      '合理性',
      'Rationality',
      '3',
      '评价要点：绩效目标符合客观实际，与部门履职内容和预算规模相匹配',
      prov('K', SOURCES.dazhou, DZ('目标任务·合理性')),
    ),
  ]),
  group('decision.budgeting', '预算编制', 'Budgeting', '10', [
    manual(
      'decision.budgeting.basis',
      '测算依据',
      'Basis of estimates',
      '3',
      '评价要点：预算编制依据充分，按标准编制，测算过程清晰（零基预算、项目细化）',
      prov('K', SOURCES.dazhou, DZ('预算编制·测算依据')),
    ),
    {
      id: 'decision.budgeting.staff-control',
      name: '在职人员控制率',
      nameEn: 'In-post staff control rate',
      points: '4',
      method: 'linear',
      fact: 'ratio.staffControl',
      target: '100',
      direction: 'above',
      perPoint: '0.5',
      standard: '在职人员控制率 = 在职人员数 ÷ 编制数 × 100%（在职人员不含购买服务等编外人员）。≤100% 得满分；每超过一个百分点扣0.5分，扣完为止。',
      standardEn: 'In-post staff ÷ authorized staff. Full marks at or below 100%; 0.5 off per percentage point above, down to 0.',
      basis: '财预〔2013〕53号 附件2 投入·预算配置·在职人员控制率',
      zeroPolicy: ZERO_POLICIES.staffControl,
      provenance: prov(
        'K',
        SOURCES.hunan,
        '恩阳区附件未公开，本项为重构：指标与公式依财预〔2013〕53号 [S]，“每超过一个百分点扣0.5分”依湖南岳阳评分表（财政供养人员控制率）[O]；分值4分 [K]',
      ),
      details: [
        { fact: 'staff.inPost', label: '在职', labelEn: 'in-post', unit: '人', unitEn: 'people' },
        { fact: 'staff.authorized.total', label: '编制', labelEn: 'authorized', unit: '人', unitEn: 'people' },
      ],
    },
    manual(
      'decision.budgeting.target-management',
      '目标管理',
      'Target management',
      '3',
      '评价要点：按要求编报部门整体绩效目标，目标随预算同步批复、同步公开',
      prov('K', SOURCES.dazhou, DZ('预算编制·目标管理')),
    ),
  ]),
]);
