import type { ReportWording } from './reportWording.js';

/** The report's generated sentences in Chinese, in the register of a 公文. @internal */
export const reportWordingZhCN: ReportWording = {
  flagPrefix: '【待核实】',
  areas: {
    accounts: '收支核算',
    threePublic: '“三公”经费管理',
    staffing: '人员编制管理',
    disclosure: '预决算信息公开',
    procurement: '政府采购管理',
    carryOver: '结转结余管理',
    other: '其他',
  },
  suggestions: {
    accounts: '加强决算编报审核，确保报告所列合计数与各组成部分之和一致、报表数据与账簿明细相符。',
    threePublic: '严格执行“三公”经费预算，从严控制公务接待等支出，确需超预算支出的应按规定履行预算调整程序并作出说明。',
    staffing: '严格执行机构编制管理规定，将在职人员控制在核定编制以内，编外人员单独列示。',
    disclosure: '按照《中华人民共和国预算法》和《地方预决算公开操作规程》的规定，及时、完整公开部门预算和决算信息。',
    procurement: '对达到政府采购限额标准的支出依法实施政府采购，如实报告政府采购情况。',
    carryOver: '加快预算执行进度，及时清理盘活结转结余资金。',
    other: '对合规性审核发现的其他问题逐项整改并作出说明。',
  },
  conclusionClean: '综合以上各项指标，财务管理健全规范，合规性审核强制性事项全部通过',
  conclusionFailed: (count, areas) =>
    `综合以上各项指标，合规性审核发现强制性问题${count}项${areas.length > 0 ? `，涉及${areas.join('、')}等方面` : ''}，财务管理有待进一步规范。`,
  withLead: (lead, rest) => `${lead}，${rest}`,
  conclusionUnsupported: (lead, count) => `报告原文“${lead}”与合规性审核结果不符（强制性审核事项未通过${count}项），未予采用，请核实后修改。`,
  score: (w) => {
    const kind = w.self ? '自评结果' : '评价结果';
    const pending = w.pending ? `，暂定；已评${w.pending.points}/${w.pending.of}分，待评${w.pending.count}项` : '';
    const ded = w.deductions.map((d) => `${d.label}扣${d.points}分`).join('，');
    const diffs = w.differences.map((d) => `${d.name}自评${d.claimed}分、核定${d.computed}分`).join('；');
    const differ = diffs ? `自评分与核定分不一致的指标：${diffs}。` : '';
    if (!w.claimed) {
      const head = `${w.who}${w.year}年部门整体支出绩效${kind}：总评分${w.total}分（${w.grade}${pending}）。`;
      return `${head}${ded ? `主要扣分点为${ded}。` : '各项指标均未扣分。'}${differ}`;
    }
    const c = w.claimed;
    const claimedGrade = c.grade ? `（${c.grade}）` : '';
    const head = `${w.who}${w.year}年部门整体支出绩效${kind}：自评分${c.total}分${claimedGrade}，依据所提供数据核定为${w.total}分（${w.grade}${pending}）${w.pending ? '' : `，较自评分${c.lower ? '核减' : '核增'}${c.difference}分`}。`;
    const deductions = ded ? `核定扣分点为${ded}。` : '核定各项指标均未扣分。';
    return `${head}${deductions}${differ}`;
  },
  rules: (c) => {
    const parts = [`共审核${c.total}项`, `通过${c.pass}项`];
    if (c.fail > 0) parts.push(`未通过${c.fail}项${c.errors > 0 ? `（其中强制性${c.errors}项）` : ''}`);
    if (c.waived > 0) parts.push(`已豁免${c.waived}项`);
    if (c.notApplicable > 0) parts.push(`不适用${c.notApplicable}项`);
    if (c.error > 0) parts.push(`无法判断${c.error}项`);
    return `经合规性审核，${parts.join('，')}${c.appendix ? '，详见附表2' : ''}。`;
  },
  problemArea: (area, clauses) => `${area}方面：${clauses.join('；')}。`,
  problemsLead: '经合规性审核，发现以下问题：',
  noProblems: '未发现需要说明的问题。',
  noSuggestions: '无。',
  statedTotalDiffers: (what, stated, computed) => `报告所列${what}${stated}与其各组成部分之和${computed}不一致，上文按各组成部分之和列示，请核实。`,
  explanationUnsupported: (explanation, why) => `部门说明“${explanation}”与数据不符（${why}），未作为事实引用，请核实后修改。`,
  overBudget: (item, actual, budget) => `${item}实际支出${actual}，超过年初预算${budget}`,
  threePublicTotal: '“三公”经费合计',
  totals: { income: '收入决算总额', expenditure: '支出决算总额', carryOut: '年末结转和结余', functional: (name) => name },
  staleAmounts: (stated, data) =>
    data.length > 0 ? `说明所列金额${stated.join('、')}与报告数据${data.join('、')}不一致` : `说明所列金额${stated.join('、')}在报告数据中没有对应`,
};
