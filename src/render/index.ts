/**
 * `jixiao/render`: the report view model of an evaluation and its Markdown and HTML serialisers.
 *
 * `buildReport(result)` gives one plain view model (sections, paragraphs, tables, figures);
 * `toMarkdown(view)` and `toHtml(view)` serialise it; `renderMarkdown` / `renderHtml` do both.
 *
 * @packageDocumentation
 */
export { buildReport } from './buildReport.js';
export { markdownBlocks, toMarkdown } from './serialize/toMarkdown.js';
export { toHtml } from './serialize/toHtml.js';
export { renderMarkdown, renderHtml } from './render.js';
export type {
  ReportView,
  ReportSection,
  ReportClosing,
  ReportBlock,
  ParagraphBlock,
  ReportFlag,
  TableBlock,
  TableColumn,
  TableRow,
  FigureBlock,
  BarChart,
  ChartSeries,
  ReportLocale,
  BuildReportOptions,
  ToHtmlOptions,
} from './types.js';
