/** Title, meta line and the opening paragraph with the notice. */
import { formatDate } from '../format/number.js';
import { type Ctx, para } from '../internal/context.js';
import type { ParagraphBlock } from '../types.js';

const PURPOSE = '为进一步规范财政资金管理，牢固树立预算绩效理念，强化支出责任，提高财政资金使用效益，';

/** `{部门}关于{评价年度}年财政支出绩效评价的报告`, or the input's own title. @internal */
export function reportTitle(ctx: Ctx, override: string | undefined): string {
  const r = ctx.input.report;
  return ctx.text(override ?? r.title ?? `${ctx.input.department.name}关于${r.evaluationYear}年财政支出绩效评价的报告`);
}

/** `发布日期：2023年6月14日`. @internal */
export function metaLines(ctx: Ctx): string[] {
  const d = ctx.input.report.publishedOn;
  return d ? [`发布日期：${formatDate(d)}`] : [];
}

/** `根据巴中市恩阳区财政局《关于…的通知》（恩财监绩〔2023〕4号）文件精神，` or empty. @internal */
export function noticeClause(ctx: Ctx): string {
  const r = ctx.input.report;
  if (!r.noticeRef && !r.noticeTitle) return '';
  const issuer = r.noticeIssuer ? ctx.text(r.noticeIssuer) : '';
  const title = r.noticeTitle ? `《${ctx.text(r.noticeTitle).replace(/^《|》$/gu, '')}》` : '';
  const ref = r.noticeRef ? (title ? `（${r.noticeRef}）` : r.noticeRef) : '';
  return `根据${issuer}${title}${ref}文件精神，`;
}

/** The opening paragraph. @internal */
export function introBlocks(ctx: Ctx): ParagraphBlock[] {
  const self = ctx.input.report.mode === 'self';
  const work = self ? `${ctx.we}对${ctx.year}年财政支出开展了绩效管理自评工作` : `对${ctx.input.department.name}${ctx.year}年部门整体支出开展了绩效评价`;
  return [para(`${PURPOSE}${noticeClause(ctx)}${work}，现将有关情况报告如下：`)];
}
