import type { IndicatorGroup } from '../../schema/system.js';
import { group, manual, prov, SOURCES } from '../sources.js';

const K = '恩阳区附件未公开，本项为重构';

const execution = group('management.execution', '预算执行', 'Budget execution', '10', [
  {
    id: 'management.execution.balance', name: '收支核算准确性', nameEn: 'Accuracy of accounts', points: '4',
    method: 'perViolation', facts: ['findings.failed.tag.identity'], perItem: '1',
    metricLabel: '收支勾稽关系检查未通过', metricLabelEn: 'failed balance checks',
    standard: '收入、支出、结转结余等决算数据之间的勾稽关系正确（收入合计 = 各项收入 + 上年结转，支出总计 = 本年支出 + 年末结转结余，分类合计 = 明细之和）；每发现一处不符扣1分，扣完为止。以规则检查中标记为 identity 的未通过项计（不含提示项和已豁免项）。',
    standardEn: 'Ledger identities hold; 1 off for each failed identity check (warnings and errors, not waived), down to 0.',
    provenance: prov('K', SOURCES.hunan, `${K}：“每发现一处扣1分，扣完为止”的形状依湖南岳阳评分表“资金使用合规性”[O]；指标名称与分值 [K]`),
  },
  {
    id: 'management.execution.carry-over', name: '结转结余控制', nameEn: 'Carry-over control', points: '3',
    method: 'bands', fact: 'ratio.carryOverChange', closed: 'upper',
    bands: [
      { max: '0', points: '3', label: '≤0（结转结余未增加）', labelEn: '≤ 0 (no increase)' },
      { min: '0', max: '10', points: '2' },
      { min: '10', max: '20', points: '1' },
      { min: '20', points: '0' },
    ],
    metricLabel: '结转结余变动率', metricLabelEn: 'Carry-over change rate',
    standard: '结转结余变动率 =（本年末结转结余 − 上年末结转结余）÷ 上年末结转结余 × 100%。≤0 得3分；(0, 10%] 得2分；(10%, 20%] 得1分；>20% 得0分。',
    standardEn: '(carry-out − prior carry-over) ÷ prior carry-over. ≤ 0: 3; (0, 10%]: 2; (10%, 20%]: 1; above 20%: 0.',
    basis: '财预〔2013〕53号 附件2 过程·预算执行·结转结余变动率',
    provenance: prov('K', SOURCES.hunan, `${K}：指标与公式依财预〔2013〕53号的地方转载 [S]，分档形状依湖南岳阳评分表“预算调整率”[O]；分档与分值 [K]`),
    details: [
      { fact: 'carryOut.total', label: '年末结转结余', labelEn: 'carry-out' },
      { fact: 'carryOut.prior', label: '上年末结转结余', labelEn: 'prior carry-over' },
    ],
  },
  {
    id: 'management.execution.three-public-control', name: '“三公经费”控制率', nameEn: '"Three public" control rate', points: '3',
    method: 'linear', fact: 'ratio.threePublicControl', target: '100', direction: 'above', perPoint: '1',
    standard: '“三公经费”控制率 = “三公经费”实际支出数 ÷ 预算安排数 × 100%。≤100% 得满分；每超过一个百分点扣1分，扣完为止。',
    standardEn: '"Three public" actual ÷ budget. Full marks at or below 100%; 1 off per percentage point above, down to 0.',
    basis: '财预〔2013〕53号 附件2 过程·预算执行·“三公经费”控制率',
    provenance: prov('K', SOURCES.hunan, `${K}：“≤100%得满分，每超过一个百分点扣1分”依湖南岳阳评分表 [O]；分值3分 [K]`),
    details: [
      { fact: 'threePublic.total.actual', label: '实际', labelEn: 'actual' },
      { fact: 'threePublic.total.budget', label: '预算', labelEn: 'budget' },
    ],
  },
]);

const compliance = group('management.compliance', '管理规范', 'Compliance', '13', [
  {
    id: 'management.compliance.internal-control', name: '内控制度', nameEn: 'Internal controls', points: '4', method: 'checklist',
    items: [
      { fact: 'controls.financial', points: '1', expect: true, label: '财务管理制度', labelEn: 'financial management' },
      { fact: 'controls.budget', points: '1', expect: true, label: '预算管理制度', labelEn: 'budget management' },
      { fact: 'controls.asset', points: '1', expect: true, label: '资产管理制度', labelEn: 'asset management' },
      { fact: 'controls.procurement', points: '1', expect: true, label: '采购管理制度', labelEn: 'procurement' },
    ],
    standard: '已建立财务管理、预算管理、资产管理、采购管理内控制度，每项1分；缺一项扣1分。',
    standardEn: 'One point each for financial, budget, asset and procurement control systems.',
    provenance: prov('K', SOURCES.dazhou, `${K}：依四川（达州）体系“内控制度管理”[O] 与湖南岳阳评分表“管理制度健全性”[O]；分项与分值 [K]`),
  },
  {
    id: 'management.compliance.procurement', name: '政府采购', nameEn: 'Government procurement', points: '2',
    method: 'perViolation', facts: ['findings.failed.tag.procurement'], perItem: '1',
    metricLabel: '政府采购规则检查未通过', metricLabelEn: 'failed procurement checks',
    standard: '政府采购依法依规执行（采购预算、采购方式、限额标准）；规则检查每发现一项不符扣1分，扣完为止。未发生政府采购的不扣分。',
    standardEn: '1 off for each failed procurement check, down to 0; no procurement, no deduction.',
    provenance: prov('K', SOURCES.hunan, `${K}：“每项扣1分，扣完为止”的形状依湖南岳阳评分表 [O]；指标与分值 [K]`),
  },
  {
    id: 'management.compliance.debt', name: '政府性债务', nameEn: 'Government debt', points: '1',
    method: 'categorical', fact: 'debt.compliant',
    cases: [
      { value: true, points: '1', label: '未举借或举借经批准', labelEn: 'none, or approved' },
      { value: false, points: '0', label: '违规举借政府性债务', labelEn: 'unapproved debt' },
    ],
    metricLabel: '债务管理合规', metricLabelEn: 'Debt compliant',
    standard: '未发生政府性债务或举借经批准的得1分；违规举债的得0分。',
    standardEn: '1 when no debt was incurred or it was approved; 0 otherwise.',
    provenance: prov('K', SOURCES.seed, `${K}：依自评报告“政府性债务管理”段落 [O] 设项；分值 [K]`),
  },
  {
    id: 'management.compliance.assets', name: '资产管理', nameEn: 'Asset management', points: '3', method: 'checklist',
    items: [
      { fact: 'assets.registeredInSystem', points: '1', expect: true, label: '资产录入国有资产管理信息系统', labelEn: 'registered in the asset system' },
      { fact: 'assets.assetCards', points: '1', expect: true, label: '每项资产建立资产卡片', labelEn: 'asset cards' },
      { fact: 'assets.dynamicManagement', points: '1', expect: true, label: '实行动态管理', labelEn: 'dynamic management' },
    ],
    standard: '资产录入国有资产管理信息系统、建立资产卡片、实行动态管理，每项1分。',
    standardEn: 'One point each: registered in the state-asset system, asset cards, dynamic management.',
    provenance: prov('K', SOURCES.dazhou, `${K}：依四川（达州）体系“资产管理”（资产管理信息化等）[O]；分项依自评报告的资产管理段落 [O]；分值 [K]`),
  },
  {
    id: 'management.compliance.supervision', name: '监督检查', nameEn: 'Supervision', points: '3',
    method: 'perViolation', facts: ['supervision.violations'], perItem: '1',
    metricLabel: '财政、审计、巡察等监督发现的违规问题', metricLabelEn: 'violations found by supervision',
    standard: '依法接受财政、审计、巡察监督；监督检查每发现一个违规问题扣1分，扣完为止。',
    standardEn: '1 off for each violation found by finance, audit or inspection, down to 0.',
    provenance: prov('K', SOURCES.hunan, `${K}：“每发现一处扣1分”依湖南岳阳评分表“资金使用合规性”[O]；指标依自评报告“依法接受审计、财政监督”段落 [O]；分值 [K]`),
  },
]);

const disclosure = group('management.disclosure', '信息公开', 'Disclosure', '4', [
  {
    id: 'management.disclosure.budget', name: '预算公开', nameEn: 'Budget disclosure', points: '2', method: 'checklist',
    items: [{ fact: 'disclosure.budget.published', points: '2', expect: true, label: '部门预算按规定公开', labelEn: 'department budget published' }],
    standard: '部门预算按规定时限和内容公开的得2分，未公开的得0分。',
    standardEn: '2 when the department budget was published as required.',
    provenance: prov('K', SOURCES.dazhou, `${K}：依四川（达州）体系“信息公开·预算公开 2分”[O]`),
  },
  {
    id: 'management.disclosure.final-accounts', name: '决算公开', nameEn: 'Final-accounts disclosure', points: '2', method: 'checklist',
    items: [{ fact: 'disclosure.finalAccounts.published', points: '2', expect: true, label: '部门决算按规定公开', labelEn: 'final accounts published' }],
    standard: '部门决算按规定时限和内容公开的得2分，未公开的得0分。',
    standardEn: '2 when the final accounts were published as required.',
    provenance: prov('K', SOURCES.dazhou, `${K}：依四川（达州）体系“信息公开·决算公开 2分”[O]`),
  },
]);

const SEED = `${K}：恩阳区体系含此项可由自评报告的扣分点推知（“宣传培训扣1分”“绩效评价质量情况扣1分”）[O]；分值 [K]`;
const performance = group('management.performance', '预算绩效管理', 'Performance management', '8', [
  manual('management.performance.target-setting', '绩效目标管理', 'Performance targets', '2', '评价要点：按要求设定部门整体和项目绩效目标并随预算批复', prov('K', SOURCES.dazhou, `${K}：依四川（达州）体系“预算编制·目标管理”[O]；分值 [K]`)),
  manual('management.performance.monitoring', '绩效运行监控', 'Performance monitoring', '2', '评价要点：开展预算执行进度和绩效目标实现程度的“双监控”，发现偏差及时纠正', prov('K', SOURCES.dazhou, `${K}：依四川（达州）体系“绩效监控”（预算执行进度监控、绩效目标动态监控）[O]；分值 [K]`)),
  manual('management.performance.publicity-training', '宣传培训', 'Publicity and training', '1', '评价要点：部门对绩效评价工作开展宣传和培训', prov('K', SOURCES.seed, SEED)),
  manual('management.performance.evaluation-quality', '绩效评价质量', 'Quality of the evaluation', '1', '评价要点：部门绩效自评报告内容完整、数据准确、结论客观，按时报送', prov('K', SOURCES.seed, SEED)),
  manual('management.performance.result-application', '评价结果应用', 'Use of results', '2', '评价要点：评价发现的问题按要求整改，评价结果用于改进管理和预算安排', prov('K', SOURCES.dazhou, `${K}：依四川（达州）体系“绩效评价·评价结果应用”[O]；分值 [K]`)),
]);

/** 综合管理 (35): 预算执行 10 + 管理规范 13 + 信息公开 4 + 预算绩效管理 8. @internal */
export const management: IndicatorGroup = group('management', '综合管理', 'Management', '35', [execution, compliance, disclosure, performance]);
