/** 三、部门财政支出管理情况: (一)制度建设 (二)绩效目标管理 (三)综合管理 (四)综合绩效. */
import { sectionNumber } from '../format/number.js';
import { endSentence } from '../format/typography.js';
import { type Ctx, flagPara, para, paras, section } from '../internal/context.js';
import { threePublicFigure } from '../charts/figures.js';
import type { ReportBlock, ReportSection } from '../types.js';
import { combine, type Worded } from './combine.js';
import { assetsText, debtText, disclosureText, procurementText, supervisionText, threePublicText } from './managementItems.js';

const CONTROL_NAMES: Readonly<Record<string, string>> = {
  financial: '财务管理',
  budget: '预算管理',
  expenditure: '支出管理',
  asset: '资产管理',
  procurement: '采购管理',
  contract: '合同管理',
  accounting: '会计核算',
  internal_audit: '内部审计',
  three_public_funds: '“三公”经费管理',
  performance: '预算绩效管理',
};

/** (一)制度建设情况. @internal */
export function controlsText(ctx: Ctx): string {
  const c = ctx.input.management.internalControls;
  if (c === undefined) return '未提供内控制度建设情况。';
  const names = c.names.length > 0 ? c.names.map(ctx.text) : c.kinds.map((k) => CONTROL_NAMES[k] ?? k);
  const effective = c.effective === true ? '，制度得到有效执行' : c.effective === false ? '，但制度执行不到位' : '';
  const generated = names.length > 0 ? `已建立${names.join('、')}等内控管理制度${effective}。` : '未提供内控制度建设情况。';
  return combine(ctx, generated, false, c.note).text;
}

/** (二)绩效目标管理情况. @internal */
export function targetsText(ctx: Ctx): string {
  const t = ctx.input.management.performanceTargets;
  const parts: string[] = [];
  if (t?.set !== undefined) parts.push(t.set ? '已设定部门整体绩效目标' : '未设定部门整体绩效目标');
  if (t?.monitored !== undefined) parts.push(t.monitored ? '对绩效目标实现情况开展了运行监控' : '未开展绩效运行监控');
  const generated = parts.length > 0 ? endSentence(`${ctx.we}${parts.join('，')}`) : '未提供绩效目标管理情况。';
  return combine(ctx, generated, false, t?.note).text;
}

/** (四)综合绩效情况: the summary, then one numbered sub-section per narrative section. */
function performanceSection(ctx: Ctx, id: string): ReportSection {
  const p = ctx.input.performance;
  const subs = p.sections.map((s, i) => section(`${id}-${i + 1}`, sectionNumber(3, i + 1), ctx.text(s.title), paras(s.paragraphs.map((x) => ctx.text(x)))));
  const blocks = paras([p.summary ? ctx.text(p.summary) : undefined]);
  return section(id, sectionNumber(2, 4), '综合绩效情况', blocks.length || subs.length ? blocks : [para('未提供综合绩效情况。')], subs);
}

/** 三、部门财政支出管理情况. @internal */
export function managementSection(ctx: Ctx, n: number, figures: { next: () => number }): ReportSection {
  const id = `sec-${n}`;
  const item = (label: string, w: Worded): ReportBlock[] => [para(`${label}${w.text}`), ...(w.flag ? [flagPara(ctx, w.flag)] : [])];
  const general: ReportBlock[] = [
    ...item('政府性债务管理：', debtText(ctx)),
    ...item('政府采购实施计划：', procurementText(ctx)),
    ...item('三公经费使用情况：', threePublicText(ctx)),
  ];
  if (ctx.charts) general.push(threePublicFigure(ctx, figures.next()));
  general.push(
    ...item('资产管理情况：', assetsText(ctx)),
    ...item('信息公开情况：', disclosureText(ctx)),
    ...item('依法接受审计、财政监督情况：', supervisionText(ctx)),
  );
  return section(
    id,
    sectionNumber(1, n),
    '部门财政支出管理情况',
    [],
    [
      section(`${id}-1`, sectionNumber(2, 1), '制度建设情况', [para(controlsText(ctx))]),
      section(`${id}-2`, sectionNumber(2, 2), '绩效目标管理情况', [para(targetsText(ctx))]),
      section(`${id}-3`, sectionNumber(2, 3), '综合管理情况', general),
      performanceSection(ctx, `${id}-4`),
    ],
  );
}
