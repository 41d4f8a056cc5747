import type { IndicatorGroup } from '../../schema/system.js';
import { group, manual, prov, SOURCES, ZERO_POLICIES } from '../sources.js';

const K = '恩阳区附件未公开，本项为重构';
const DZ = (item: string): string => `${K}：依四川（达州）体系“部门绩效情况”下的“${item}”[O]；分值按恩阳区体系（部门绩效45分）重新分配 [K]`;
const EX_C = `${K}：“按完成比例计算得分，满分为止”的形状依四川地方评分表的转载 [S]（FACTS §1.4 (d)）；指标与公式依财预〔2013〕53号 [S]；分值 [K]`;

const duties = group('performance.duties', '履职成效', 'Duties performed', '25', [
  manual(
    'performance.duties.key-work',
    '重点工作推进',
    'Key work',
    '8',
    '评价要点：“放管服”改革、行政审批制度改革等年度重点工作按计划推进并取得成效',
    prov('K', SOURCES.dazhou, DZ('履职成效（部门特性指标）')),
  ),
  manual(
    'performance.duties.service',
    '政务服务',
    'Government services',
    '6',
    '评价要点：“一网通办”“一件事一次办”、便民服务体系等政务服务指标达到年度目标',
    prov('K', SOURCES.dazhou, DZ('履职成效（部门特性指标）')),
  ),
  {
    id: 'performance.duties.completion',
    name: '实际完成率',
    nameEn: 'Completion rate',
    points: '4',
    method: 'ratio',
    fact: 'ratio.taskCompletion',
    target: '100',
    standard: '实际完成率 = 实际完成工作数 ÷ 计划工作数 × 100%。达到100%得满分；未达到的按完成比例计算得分。',
    standardEn: 'Completed ÷ planned. Full marks at 100%; below, points in proportion.',
    basis: '财预〔2013〕53号 附件2 产出·职责履行·实际完成率',
    onUnavailable: 'reweight',
    zeroPolicy: ZERO_POLICIES.completion,
    provenance: prov('K', SOURCES.exampleC, EX_C),
    details: [
      { fact: 'tasks.completed', label: '完成', labelEn: 'completed', unit: '项', unitEn: 'tasks' },
      { fact: 'tasks.planned', label: '计划', labelEn: 'planned', unit: '项', unitEn: 'tasks' },
    ],
  },
  {
    id: 'performance.duties.key-completion',
    name: '重点工作办结率',
    nameEn: 'Key-task completion rate',
    points: '4',
    method: 'ratio',
    fact: 'ratio.keyTaskCompletion',
    target: '100',
    standard: '重点工作办结率 = 重点工作实际完成数 ÷ 交办或下达数 × 100%。达到100%得满分；未达到的按完成比例计算得分。',
    standardEn: 'Key tasks completed ÷ assigned. Full marks at 100%; below, points in proportion.',
    basis: '财预〔2013〕53号 附件2 产出·职责履行·重点工作办结率',
    onUnavailable: 'reweight',
    zeroPolicy: ZERO_POLICIES.completion,
    provenance: prov('K', SOURCES.exampleC, EX_C),
  },
  manual(
    'performance.duties.data',
    '大数据工作',
    'Big-data work',
    '3',
    '评价要点：政务数据共享开放、首席数据官制度改革等大数据工作完成年度目标',
    prov('K', SOURCES.dazhou, DZ('履职成效（部门特性指标）')),
  ),
]);

const sustainability = group('performance.sustainability', '可持续发展能力', 'Sustainability', '10', [
  manual(
    'performance.sustainability.reform',
    '重点改革',
    'Key reforms',
    '4',
    '评价要点：重点改革（重点工作）任务完成情况',
    prov('K', SOURCES.dazhou, DZ('可持续发展能力·重点改革（重点工作）完成情况')),
  ),
  manual(
    'performance.sustainability.innovation',
    '创新',
    'Innovation',
    '3',
    '评价要点：制度、方法、机制等创新及其成效',
    prov('K', SOURCES.dazhou, DZ('可持续发展能力·科技（制度、方法、机制等）创新')),
  ),
  manual(
    'performance.sustainability.talent',
    '人才培养',
    'Talent development',
    '3',
    '评价要点：干部队伍和人才培养情况',
    prov('K', SOURCES.dazhou, DZ('可持续发展能力·人才培养')),
  ),
]);

const satisfaction = group('performance.satisfaction', '满意度', 'Satisfaction', '10', [
  manual(
    'performance.satisfaction.service-recipients',
    '服务对象满意度',
    'Service recipients',
    '5',
    '评价要点：办事企业和群众对政务服务的满意程度（“好差评”等）',
    prov('K', SOURCES.dazhou, DZ('满意度·管理对象满意度')),
  ),
  manual(
    'performance.satisfaction.public',
    '社会公众满意度',
    'General public',
    '5',
    '评价要点：社会公众对部门履职的满意程度',
    prov('K', SOURCES.dazhou, DZ('满意度·社会公众满意度')),
  ),
]);

/** 部门绩效 (45): 履职成效 25 + 可持续发展能力 10 + 满意度 10. @internal */
export const performance: IndicatorGroup = group('performance', '部门绩效', 'Performance', '45', [duties, sustainability, satisfaction]);
