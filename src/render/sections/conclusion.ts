/** 四、评价结论 and 五、存在的问题及建议, generated from the score sheet and the rule report. */
import { formatPoints, sectionNumber } from '../format/number.js';
import { endSentence, trimEndOf } from '../format/typography.js';
import { type Ctx, flagPara, ownPara, para, paras, section } from '../internal/context.js';
import type { Deduction } from '../../scoring/types.js';
import { compareAmounts, subtractAmounts } from '../../model/money/arithmetic.js';
import type { ScoreWords } from '../../shared/messages/reportWording.js';
import { scoresFigure } from '../charts/figures.js';
import type { ReportBlock, ReportSection } from '../types.js';
import { openProblems, problemAreas } from './problems.js';

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

/** The department's claimed total beside the computed one, when they differ. */
function claimedWords(ctx: Ctx): ScoreWords['claimed'] {
  const r = ctx.result.review;
  const total = ctx.result.score.total;
  if (r?.claimedTotal === undefined || compareAmounts(r.claimedTotal, total) === 0) return undefined;
  const lower = compareAmounts(r.claimedTotal, total) > 0;
  const difference = formatPoints(lower ? subtractAmounts(r.claimedTotal, total) : subtractAmounts(total, r.claimedTotal));
  return { total: formatPoints(r.claimedTotal), ...(r.claimedGrade ? { grade: r.claimedGrade } : {}), lower, difference };
}

/** `…自评结果：总评分98分（优秀）。主要扣分点为宣传培训扣1分，评价质量扣1分。`, with 自评分 beside 核定分 when they differ. @internal */
export function scoreSentence(ctx: Ctx): string {
  const s = ctx.result.score;
  const self = ctx.input.report.mode === 'self';
  const claimed = claimedWords(ctx);
  const words: ScoreWords = {
    self,
    who: self && ctx.locale !== 'en' ? ctx.we : ctx.unit,
    year: ctx.year,
    total: formatPoints(s.total),
    grade: s.grade.label,
    ...(s.provisional === true && s.assessed
      ? { pending: { points: formatPoints(s.assessed.points), of: formatPoints(s.assessed.of), count: s.assessed.pending } }
      : {}),
    ...(claimed ? { claimed } : {}),
    deductions: s.deductions.filter((d) => formatPoints(d.points) !== '0').map((d) => ({ label: deductionLabel(ctx, d), points: formatPoints(d.points) })),
    differences: (ctx.result.review?.differences ?? []).map((d) => ({
      name: ctx.text(d.name),
      claimed: formatPoints(d.claimed),
      computed: formatPoints(d.computed),
    })),
  };
  return ctx.words.score(words);
}

/** `经合规性审核，共审核12项，通过10项，未通过2项（其中强制性1项），详见附表2。` @internal */
export function rulesSentence(ctx: Ctx, appendix: boolean): string | undefined {
  const findings = ctx.result.rules.findings;
  if (findings.length === 0) return undefined;
  const sum = ctx.result.rules.summary;
  const errors = openProblems(ctx).filter((f) => f.severity === 'error').length;
  return ctx.words.rules({
    total: findings.length,
    pass: sum.pass,
    fail: sum.fail,
    errors,
    waived: sum.waived,
    notApplicable: sum.notApplicable,
    error: sum.error,
    appendix,
  });
}

/**
 * The first paragraph of 四、评价结论, and the note for the author when the input's own opening
 * (`财务管理健全规范，没有发生违法违规现象`) is contradicted by failed mandatory checks.
 * @internal
 */
export function conclusionBlocks(ctx: Ctx): ReportBlock[] {
  const c = ctx.input.report.conclusion;
  const lead = c ? trimEndOf(ctx.text(c), '。，,；;') : '';
  const score = scoreSentence(ctx);
  const areas = problemAreas(ctx).filter((a) => a.errors > 0);
  const errors = areas.reduce((n, a) => n + a.errors, 0);
  if (errors === 0) {
    const opening = lead || (ctx.result.rules.findings.length > 0 ? ctx.words.conclusionClean : '');
    // The department's own opening is Chinese: a paragraph that starts with it keeps the document's language.
    return [lead ? para(ctx.words.withLead(lead, score)) : ownPara(ctx, opening ? ctx.words.withLead(opening, score) : score)];
  }
  const failed = `${ctx.words.conclusionFailed(
    errors,
    areas.map((a) => ctx.words.areas[a.area]),
  )}${ctx.locale === 'en' ? ' ' : ''}${score}`;
  const blocks: ReportBlock[] = [ownPara(ctx, failed)];
  if (lead)
    blocks.push(flagPara(ctx, { code: 'conclusion_unsupported', path: ['report', 'conclusion'], message: ctx.words.conclusionUnsupported(lead, errors) }));
  return blocks;
}

/** 四、评价结论. @internal */
export function conclusionSection(ctx: Ctx, n: number, figures: { next: () => number }, appendix: boolean): ReportSection {
  const rules = rulesSentence(ctx, appendix);
  const blocks: ReportBlock[] = [...conclusionBlocks(ctx), ...(rules ? [ownPara(ctx, rules)] : [])];
  if (ctx.charts && ctx.result.score.root.length > 0) blocks.push(scoresFigure(ctx, figures.next()));
  return section(`sec-${n}`, sectionNumber(1, n), '评价结论', blocks);
}

/** 五、存在的问题及建议: the input's problems and suggestions, then one paragraph and one suggestion per area with failed checks. @internal */
export function problemsSection(ctx: Ctx, n: number): ReportSection {
  const id = `sec-${n}`;
  const w = ctx.words;
  const areas = problemAreas(ctx);
  const found = areas.map((a) => w.problemArea(w.areas[a.area], a.clauses));
  const own = (texts: readonly string[]): ReportBlock[] => texts.map((t) => ownPara(ctx, t));
  const problems = [...paras(ctx.input.problems.map((p) => endSentence(ctx.text(p)))), ...(found.length > 0 ? own([w.problemsLead, ...found]) : [])];
  const suggestions = [...paras(ctx.input.suggestions.map((s) => endSentence(ctx.text(s)))), ...own(areas.map((a) => w.suggestions[a.area]))];
  return section(
    id,
    sectionNumber(1, n),
    '存在的问题及建议',
    [],
    [
      section(`${id}-1`, sectionNumber(2, 1), '存在问题', problems.length ? problems : [ownPara(ctx, w.noProblems)]),
      section(`${id}-2`, sectionNumber(2, 2), '改进建议', suggestions.length ? suggestions : [ownPara(ctx, w.noSuggestions)]),
    ],
  );
}
