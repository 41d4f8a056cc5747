import type { IndicatorSystem } from '../../schema/system.js';
import { prov, SOURCES } from '../sources.js';
import { decision } from './decision.js';
import { management } from './management.js';
import { performance } from './performance.js';

/**
 * 恩阳区 2023 年区级部门整体支出绩效评价指标体系 — reconstructed. The official attachment to
 * 恩财监绩〔2023〕4号 was never published; see `provenance` here and on every item. @internal
 */
export const ENYANG_2023: IndicatorSystem = {
  id: 'enyang-2023',
  version: '2023.1-reconstructed',
  name: '恩阳区2023年区级部门整体支出绩效评价指标体系（重构）',
  nameEn: 'Enyang District 2023 department overall expenditure performance indicators (reconstructed)',
  jurisdiction: '四川省巴中市恩阳区',
  year: 2023,
  total: '100',
  provenance: prov(
    'K',
    SOURCES.enyangAttachment,
    '官方指标体系（附件 2023年区级部门整体支出绩效评价指标体系.xls）从未公开。本体系为重构：一级结构（部门决策 20 / 综合管理 35 / 部门绩效 45）' +
      '参照四川省（达州）部门整体支出指标体系 [O]；“宣传培训”“绩效评价质量”两项由自评报告的扣分点推知 [O]；' +
      '量化指标的评分标准取湖南岳阳评分表 [O] 与四川地方评分表转载 [S] 的形状。各项权重与评分标准均未经核实 [K]，' +
      '与官方体系不同之处可能影响得分；以本体系复核报告所得的98分依赖报告自身的评价意见（assessments）。',
  ),
  description:
    '用于复核恩阳区部门整体支出绩效自评报告。人工评分指标读取输入中的评价意见（assessments），缺少评价意见的为待评（暂计0分，总分与等级为暂定）；量化指标缺少数据按0分计，实际完成率与重点工作办结率缺少数据时分值按比例分配至同级指标。',
  grades: [
    {
      label: '优秀',
      labelEn: 'Excellent',
      min: '90',
      assumed: false,
      reliability: 'O',
      source: `等级名称与“98分为优秀”见自评报告 [O]（${SOURCES.seed}）；切分点90依${SOURCES.mof10} [S]`,
    },
    { label: '良好', labelEn: 'Good', min: '80', assumed: true, reliability: 'S', source: `假定与全国标准相同：${SOURCES.mof10}` },
    { label: '中等', labelEn: 'Fair', min: '60', assumed: true, reliability: 'S', source: `假定与全国标准相同：${SOURCES.mof10}` },
    { label: '差', labelEn: 'Poor', min: '0', assumed: true, reliability: 'S', source: `假定与全国标准相同：${SOURCES.mof10}` },
  ],
  unavailablePolicy: 'zero',
  unassessedPolicy: 'zero',
  scope: {
    regions: [{ province: '四川省', city: '巴中市', county: '恩阳区' }],
    fiscalYears: [2022],
    levels: ['county'],
    note: '恩财监绩〔2023〕4号：2023年对区级部门2022年度部门整体支出开展绩效评价 [O]；用于其他地区、年度或级次时须说明理由。',
  },
  indicators: [decision, management, performance],
};
