import type { IndicatorSystem } from '../../schema/system.js';
import { prov, SOURCES } from '../sources.js';
import { input } from './input.js';
import { processBlock } from './process.js';
import { outcome, output } from './results.js';

const NATIONAL = `财预〔2020〕10号的四档（项目支出；部门整体支出评价按惯例沿用）：${SOURCES.mof10}`;

/**
 * 财预〔2013〕53号 附件2 部门整体支出绩效评价共性指标体系框架, with the Hunan (岳阳) weights and
 * standards where 53号 gives none, reconstructed elsewhere. @internal
 */
export const MOF_2013: IndicatorSystem = {
  id: 'mof-2013',
  version: '2013.1-hunan-weights',
  name: '部门整体支出绩效评价共性指标体系（财预〔2013〕53号附件2，湖南权重）',
  nameEn: 'Common indicators for department overall expenditure (MOF 2013 No. 53, annex 2, Hunan weights)',
  jurisdiction: '全国（参考框架）',
  year: 2013,
  total: '100',
  provenance: prov(
    'S',
    SOURCES.mof53,
    '53号附件2只给出指标框架（投入、过程、产出、效果），不规定权重与评分标准，由评价主体选用并设定。' +
      '本体系的三级指标依53号附件2（前几行经地方转载核实 [S]，其余为回忆 [K]）；' +
      '预算配置与预算执行各项的分值和评分标准取湖南岳阳部门整体支出评分表 [O]；其余分值与评分标准为重构 [K]，各项均注明来源。',
  ),
  description:
    '人工评分指标读取评价意见，缺少评价意见的为待评（暂计0分，总分与等级为暂定）；量化指标缺少数据按0分计，但自评报告通常不提供数据的指标（重点支出安排率、预算完成率、预算调整率、支付进度、固定资产利用率、完成及时率、质量达标率、满意度等）的分值按比例分配至同级指标。',
  grades: [
    { label: '优', labelEn: 'Excellent', min: '90', assumed: true, reliability: 'S', source: NATIONAL },
    { label: '良', labelEn: 'Good', min: '80', assumed: true, reliability: 'S', source: NATIONAL },
    { label: '中', labelEn: 'Fair', min: '60', assumed: true, reliability: 'S', source: NATIONAL },
    { label: '差', labelEn: 'Poor', min: '0', assumed: true, reliability: 'S', source: NATIONAL },
  ],
  unavailablePolicy: 'zero',
  unassessedPolicy: 'zero',
  scope: { note: '全国通用框架（财预〔2013〕53号附件2），不限地区、年度与级次 [S]' },
  indicators: [input, processBlock, output, outcome],
};
