/** 四、评价结论 and 五、存在的问题及建议, generated from the score sheet and the rule report. */
import { formatPoints, sectionNumber } from '../format/number.js';
import { endSentence, trimEndOf } from '../format/typography.js';
import { type Ctx, para, paras, section } from '../internal/context.js';
import type { Deduction } from '../../scoring/types.js';
import { scoresFigure } from '../charts/figures.js';
import type { ReportBlock, ReportSection } from '../types.js';

/**
 * What a deduction is called in the conclusion: the reason's own wording when it reads
 * `{扣分点}扣{points}分` with the same points (`部门对绩效评价工作开展的宣传培训扣1分`), else the
 * indicator's name. The points are always printed from the score sheet.
 * @internal
 */
export function deductionLabel(ctx: Ctx, d: Deduction): string {
  const m = /^(.+?)扣(\d+(?:\.\d+)?)分[。.]?$/u.exec(d.reason.trim());
  return m && formatPoints(m[2] as string) === formatPoints(d.points) ? ctx.text(m[1] as string) : ctx.text(d.name);
}

/** `…自评结果：总评分98分（优秀）。主要扣分点为宣传培训扣1分，评价质量扣1分。` @internal */
export function scoreSentence(ctx: Ctx): string {
  const s = ctx.result.score;
  const kind = ctx.input.report.mode === 'self' ? '自评结果' : '评价结果';
  // While any indicator is pending the total and grade are provisional, and the sentence says how much is assessed.
  const pending =
    s.provisional === true && s.assessed ? `，暂定；已评${formatPoints(s.assessed.points)}/${formatPoints(s.assessed.of)}分，待评${s.assessed.pending}项` : '';
  const r = ctx.result.review;
  const claimed = r?.claimedTotal !== undefined && formatPoints(r.claimedTotal) !== formatPoints(s.total) ? `；自评${formatPoints(r.claimedTotal)}分` : '';
  const head = `${ctx.we}${ctx.year}年部门整体支出绩效${kind}：总评分${formatPoints(s.total)}分（${s.grade.label}${pending}${claimed}）。`;
  const ded = s.deductions.filter((d) => formatPoints(d.points) !== '0');
  if (ded.length === 0) return `${head}各项指标均未扣分。`;
  return `${head}主要扣分点为${ded.map((d) => `${deductionLabel(ctx, d)}扣${formatPoints(d.points)}分`).join('，')}。`;
}

/** `经合规性审核，共审核12项，通过10项，未通过2项（其中强制性1项），详见附表2。` @internal */
export function rulesSentence(ctx: Ctx, appendix: boolean): string | undefined {
  const findings = ctx.result.rules.findings;
  if (findings.length === 0) return undefined;
  const sum = ctx.result.rules.summary;
  const open = findings.filter((f) => f.status === 'fail' && !f.waived);
  const errors = open.filter((f) => f.severity === 'error').length;
  const parts = [`共审核${findings.length}项`, `通过${sum.pass}项`];
  if (sum.fail > 0) parts.push(`未通过${sum.fail}项${errors > 0 ? `（其中强制性${errors}项）` : ''}`);
  if (sum.waived > 0) parts.push(`已豁免${sum.waived}项`);
  if (sum.notApplicable > 0) parts.push(`不适用${sum.notApplicable}项`);
  if (sum.error > 0) parts.push(`无法判断${sum.error}项`);
  return `经合规性审核，${parts.join('，')}${appendix ? '，详见附表2' : ''}。`;
}

/** 四、评价结论. @internal */
export function conclusionSection(ctx: Ctx, n: number, figures: { next: () => number }, appendix: boolean): ReportSection {
  const c = ctx.input.report.conclusion;
  const lead = c ? `${trimEndOf(ctx.text(c), '。，,；;')}，` : '';
  const blocks: ReportBlock[] = [para(`${lead}${scoreSentence(ctx)}`), ...paras([rulesSentence(ctx, appendix)])];
  if (ctx.charts && ctx.result.score.root.length > 0) blocks.push(scoresFigure(ctx, figures.next()));
  return section(`sec-${n}`, sectionNumber(1, n), '评价结论', blocks);
}

/** Open (failed, not waived) findings of severity error or warning, as problem sentences. */
function findingProblems(ctx: Ctx): string[] {
  return ctx.result.rules.findings
    .filter((f) => f.status === 'fail' && !f.waived && f.severity !== 'info')
    .map((f) => endSentence(`合规性审核发现：${ctx.text(f.title)}${f.key ? `（${f.key}）` : ''}——${ctx.text(f.message)}`));
}

/** 五、存在的问题及建议. @internal */
export function problemsSection(ctx: Ctx, n: number): ReportSection {
  const id = `sec-${n}`;
  const problems = [...ctx.input.problems.map((p) => endSentence(ctx.text(p))), ...findingProblems(ctx)];
  const suggestions = ctx.input.suggestions.map((s) => endSentence(ctx.text(s)));
  return section(
    id,
    sectionNumber(1, n),
    '存在的问题及建议',
    [],
    [
      section(`${id}-1`, sectionNumber(2, 1), '存在问题', problems.length ? paras(problems) : [para('未发现需要说明的问题。')]),
      section(`${id}-2`, sectionNumber(2, 2), '改进建议', suggestions.length ? paras(suggestions) : [para('无。')]),
    ],
  );
}
