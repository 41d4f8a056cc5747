import type { IndicatorGroup } from '../../schema/system.js';
import { group, prov, SOURCES } from '../sources.js';

const HN = '分值与评分标准依湖南岳阳部门整体支出评分表 [O]';
const K = '53号不规定权重与评分标准；分值与评分标准为重构 [K]';
const RW = '自评报告通常不列此项数据，缺少数据时分值按比例分配至同级指标';

const execution = group('process.execution', '预算执行', 'Budget execution', '18', [
  {
    id: 'process.execution.budget-completion', name: '预算完成率', nameEn: 'Budget completion rate', points: '3',
    method: 'ratio', fact: 'ratio.budgetCompletion', target: '100',
    standard: '预算完成率 = 预算完成数 ÷ 预算数 × 100%。达到100%得满分；未达到的按完成比例计算得分。',
    standardEn: 'Spending ÷ (adjusted) budget. Full marks at 100%; below, points in proportion.',
    basis: '财预〔2013〕53号 附件2 过程·预算执行·预算完成率', onUnavailable: 'reweight',
    provenance: prov('K', SOURCES.mof53, `${K}；${RW}`),
  },
  {
    id: 'process.execution.budget-adjustment', name: '预算调整率', nameEn: 'Budget adjustment rate', points: '3',
    method: 'bands', fact: 'ratio.budgetAdjustment', closed: 'upper',
    bands: [
      { max: '0', points: '3', label: '=0（未调整）', labelEn: '0 (no adjustment)' },
      { min: '0', max: '10', points: '2' },
      { min: '10', max: '20', points: '1' },
      { min: '20', max: '30', points: '0.5' },
      { min: '30', points: '0' },
    ],
    standard: '预算调整率 = 预算调整数 ÷ 预算数 × 100%。=0 得3分；(0, 10%] 得2分；(10%, 20%] 得1分；(20%, 30%] 得0.5分；>30% 得0分。',
    standardEn: 'Adjustments ÷ budget. 0: 3; (0, 10%]: 2; (10%, 20%]: 1; (20%, 30%]: 0.5; above 30%: 0.',
    basis: '财预〔2013〕53号 附件2 过程·预算执行·预算调整率', onUnavailable: 'reweight',
    provenance: prov('O', SOURCES.hunan, `${HN}；${RW} [K]`),
  },
  {
    id: 'process.execution.payment-progress', name: '支付进度', nameEn: 'Payment progress', points: '3',
    method: 'ratio', fact: 'ratio.paymentProgress', target: '100',
    standard: '支付进度率 = 实际支付进度 ÷ 既定支付进度 × 100%。达到100%得满分；未达到的按比例计算得分。（湖南评分表按专项资金下达时限逐项扣分，本体系改按53号的支付进度率计算。）',
    standardEn: 'Actual ÷ target payment progress. Full marks at 100%; below, in proportion.',
    basis: '财预〔2013〕53号 附件2 过程·预算执行·支付进度率', onUnavailable: 'reweight',
    provenance: prov('K', SOURCES.hunan, `分值3分依湖南岳阳评分表 [O]；评分标准改为53号支付进度率的比例计分 [K]；${RW}`),
  },
  {
    id: 'process.execution.carry-over', name: '资金结余', nameEn: 'Carry-over', points: '3',
    method: 'categorical', fact: 'carryOut.vsPrior',
    cases: [
      { value: 'none', points: '3', label: '年末无结转结余', labelEn: 'nothing carried over' },
      { value: 'notAbove', points: '2', label: '年末结转结余不超过上年末', labelEn: 'carry-out not above last year\'s' },
      { value: 'above', points: '0', label: '年末结转结余超过上年末', labelEn: 'carry-out above last year\'s' },
    ],
    metricLabel: '资金结余', metricLabelEn: 'Carry-over',
    standard: '年末无结转结余得3分；结转结余不超过上年末结转结余得2分；否则得0分。',
    standardEn: 'No carry-out: 3; carry-out not above last year\'s: 2; otherwise 0.',
    basis: '湖南岳阳评分表“资金结余”；对应53号 过程·预算执行·结转结余率/结转结余变动率',
    provenance: prov('O', SOURCES.hunan, `${HN}（原文为“结余”与上年结转比较，此处以年末结转结余合计与上年末结转结余合计比较 [K]）`),
    details: [
      { fact: 'carryOut.total', label: '年末结转结余', labelEn: 'carry-out' },
      { fact: 'carryOut.prior', label: '上年末结转结余', labelEn: 'prior carry-over' },
    ],
  },
  {
    id: 'process.execution.three-public-control', name: '“三公经费”控制率', nameEn: '"Three public" control rate', points: '6',
    method: 'linear', fact: 'ratio.threePublicControl', target: '100', direction: 'above', perPoint: '1',
    standard: '“三公经费”控制率 = “三公经费”实际支出数 ÷ 预算安排数 × 100%。≤100% 得6分；每超过一个百分点扣1分，扣完为止。',
    standardEn: 'Actual ÷ budget. 6 at or below 100%; 1 off per percentage point above, down to 0.',
    basis: '财预〔2013〕53号 附件2 过程·预算执行·“三公经费”控制率',
    provenance: prov('O', SOURCES.hunan, HN),
    details: [
      { fact: 'threePublic.total.actual', label: '实际', labelEn: 'actual' },
      { fact: 'threePublic.total.budget', label: '预算', labelEn: 'budget' },
    ],
  },
]);

const management = group('process.management', '预算管理', 'Budget management', '12', [
  {
    id: 'process.management.systems', name: '管理制度健全性', nameEn: 'Management systems', points: '3', method: 'checklist',
    items: [
      { fact: 'controls.financial', points: '1', expect: true, label: '内部财务管理制度', labelEn: 'internal financial rules' },
      { fact: 'controls.budget', points: '1', expect: true, label: '预算资金管理办法', labelEn: 'budget fund rules' },
      { fact: 'controls.effective', points: '1', expect: true, label: '制度有效执行', labelEn: 'rules effectively executed' },
    ],
    standard: '①已制定预算资金管理办法、内部财务管理制度（1分）；②制度合法、合规、完整（1分）；③制度有效执行（1分）。',
    standardEn: 'One point each: financial rules, budget rules, effective execution.',
    provenance: prov('O', SOURCES.hunan, `${HN}；三个要点与事实的对应为重构 [K]`),
  },
  {
    id: 'process.management.compliance', name: '资金使用合规性', nameEn: 'Compliant use of funds', points: '3',
    method: 'perViolation', facts: ['supervision.violations'], perItem: '1',
    metricLabel: '监督检查发现的违规问题', metricLabelEn: 'violations found',
    standard: '资金使用符合财经法规和资金管理办法，审批程序完整，无截留、挤占、挪用、虚列支出等；每发现一处违规扣1分，扣完为止。',
    standardEn: '1 off for each violation, down to 0.',
    provenance: prov('O', SOURCES.hunan, HN),
  },
  {
    id: 'process.management.disclosure', name: '预决算信息公开性', nameEn: 'Disclosure of budgets and accounts', points: '3', method: 'checklist',
    items: [
      { fact: 'disclosure.budget.published', points: '1.5', expect: true, label: '部门预算按规定公开', labelEn: 'budget published' },
      { fact: 'disclosure.finalAccounts.published', points: '1.5', expect: true, label: '部门决算按规定公开', labelEn: 'final accounts published' },
    ],
    standard: '部门预算、决算按规定的内容和时限公开，各1.5分。',
    standardEn: '1.5 each for publishing the budget and the final accounts.',
    basis: '财预〔2013〕53号 附件2 过程·预算管理·预决算信息公开性',
    provenance: prov('K', SOURCES.mof53, K),
  },
  {
    id: 'process.management.basic-info', name: '基础信息完善性', nameEn: 'Completeness of basic information', points: '3',
    method: 'perViolation', facts: ['findings.failed.tag.identity'], perItem: '1',
    metricLabel: '收支勾稽关系检查未通过', metricLabelEn: 'failed balance checks',
    standard: '基础数据信息和会计信息真实、完整、准确；收支勾稽关系每有一处不符扣1分，扣完为止。',
    standardEn: '1 off for each failed ledger identity check, down to 0.',
    basis: '财预〔2013〕53号 附件2 过程·预算管理·基础信息完善性',
    provenance: prov('K', SOURCES.mof53, K),
  },
]);

const assets = group('process.assets', '资产管理', 'Asset management', '10', [
  {
    id: 'process.assets.systems', name: '管理制度健全性', nameEn: 'Asset rules', points: '2', method: 'checklist',
    items: [{ fact: 'controls.asset', points: '2', expect: true, label: '资产管理制度', labelEn: 'asset rules' }],
    standard: '已制定资产管理制度的得2分。', standardEn: '2 when asset-management rules exist.',
    provenance: prov('K', SOURCES.mof53, K),
  },
  {
    id: 'process.assets.safety', name: '资产管理安全性', nameEn: 'Asset safety', points: '5', method: 'checklist',
    items: [
      { fact: 'assets.registeredInSystem', points: '1', expect: true, label: '录入资产管理信息系统', labelEn: 'registered' },
      { fact: 'assets.assetCards', points: '1', expect: true, label: '建立资产卡片', labelEn: 'asset cards' },
      { fact: 'assets.dynamicManagement', points: '1', expect: true, label: '动态管理', labelEn: 'dynamic management' },
      { fact: 'assets.reconciled', points: '1', expect: true, label: '账实相符', labelEn: 'books match assets' },
      { fact: 'assets.disposalCompliant', points: '1', expect: true, label: '处置规范、收入及时上缴', labelEn: 'compliant disposals' },
    ],
    standard: '资产保存完整、配置合理、处置规范、账实相符、收入及时上缴，每项1分；报告未说明的项目分值按比例分配至其余各项。',
    standardEn: 'One point per item; items the report does not address are reweighted over the others.',
    onUnavailable: 'reweight',
    provenance: prov('K', SOURCES.mof53, K),
  },
  {
    id: 'process.assets.utilisation', name: '固定资产利用率', nameEn: 'Fixed-asset utilisation', points: '3',
    method: 'ratio', fact: 'ratio.fixedAssetUtilisation', target: '100',
    standard: '固定资产利用率 = 实际在用固定资产总额 ÷ 所有固定资产总额 × 100%，按比例计算得分。',
    standardEn: 'In use ÷ all fixed assets, points in proportion.',
    basis: '财预〔2013〕53号 附件2 过程·资产管理·固定资产利用率', onUnavailable: 'reweight',
    provenance: prov('K', SOURCES.mof53, `${K}；${RW}`),
  },
]);

/** 过程 (40): 预算执行 18 + 预算管理 12 + 资产管理 10. @internal */
export const processBlock: IndicatorGroup = group('process', '过程', 'Process', '40', [execution, management, assets]);
