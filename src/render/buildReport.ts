import type { EvaluationResult } from '../result.js';
import { collectFlags, makeContext } from './internal/context.js';
import { appendixSections, closingOf } from './sections/appendices.js';
import { conclusionSection, problemsSection } from './sections/conclusion.js';
import { financeSection } from './sections/finance.js';
import { introBlocks, metaLines, reportTitle } from './sections/intro.js';
import { managementSection } from './sections/management.js';
import { overviewSection } from './sections/overview.js';
import type { BuildReportOptions, ReportView } from './types.js';

/**
 * Build the report view model of an evaluation: the title, the opening paragraph, the five
 * numbered sections of a 部门整体支出绩效评价 report (一、部门概况 … 五、存在的问题及建议), the
 * charts, and the appendices 附表1 评分表 and 附表2 合规性审核结果. Every amount is generated
 * from the ledger and the facts (万元, two decimals); narrative the data cannot produce comes
 * from the input's text fields. Pure: the same result and options give the same view.
 *
 * @param result - What `evaluateDepartment` returned.
 * @param options - Locale of appendices and labels, title override, charts, appendices, punctuation.
 * @returns Plain data that {@link toMarkdown} and {@link toHtml} serialise.
 * @example
 * ```ts
 * import { evaluateDepartment } from 'jixiao';
 * import { buildReport, toMarkdown } from 'jixiao/render';
 * const view = buildReport(evaluateDepartment(data), { locale: 'zh-CN' });
 * view.sections.map((s) => s.number + s.title); // ["一、部门概况", "二、部门财政资金收支情况", …]
 * const md = toMarkdown(view);
 * ```
 */
export function buildReport(result: EvaluationResult, options: BuildReportOptions = {}): ReportView {
  const ctx = makeContext(result, options);
  let figure = 0;
  const figures = { next: (): number => ++figure };
  const appendices = options.appendices !== false;
  const intro = introBlocks(ctx);
  const sections = [
    overviewSection(ctx, 1),
    financeSection(ctx, 2, figures),
    managementSection(ctx, 3, figures),
    conclusionSection(ctx, 4, figures, appendices),
    problemsSection(ctx, 5),
  ];
  const annexes = appendices ? appendixSections(ctx) : [];
  return {
    lang: 'zh-CN',
    locale: ctx.locale,
    title: reportTitle(ctx, options.title),
    meta: metaLines(ctx),
    intro,
    sections,
    appendices: annexes,
    closing: closingOf(ctx, annexes),
    generator: `jixiao ${result.libraryVersion}`,
    flags: collectFlags(intro, sections),
  };
}
