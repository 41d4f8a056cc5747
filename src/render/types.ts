/** Types of the report view model: the one structure both serialisers read. */

/**
 * Language of the appendices, table headers, figure labels and status words (the narrative stays Chinese).
 *
 * @example
 * ```ts
 * import { renderHtml, type ReportLocale } from 'jixiao/render';
 * const locale: ReportLocale = 'en';
 * renderHtml(result, { locale });
 * ```
 */
export type ReportLocale = 'zh-CN' | 'en';

/**
 * A paragraph of plain text (never markup: serialisers escape it).
 *
 * @example
 * ```ts
 * import type { ParagraphBlock } from 'jixiao/render';
 * const p: ParagraphBlock = { kind: 'paragraph', text: '政府采购实施计划：2022年我局未发生政府采购。' };
 * ```
 */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  /** Set on a note for the author (`【待核实】…`): the text says it, this names what and where. */
  readonly flag?: ReportFlag;
  /** Set when the paragraph is in another language than the document: the library's own sentences in `en`. */
  readonly lang?: ReportLocale;
}

/**
 * A note for the author: text the department supplied (or a total it stated) that the figures do
 * not support. Printed as a paragraph beginning `【待核实】` (`[To be verified]`) right after the
 * sentence concerned, and listed in {@link ReportView.flags}.
 *
 * @example
 * ```ts
 * import { buildReport, type ReportFlag } from 'jixiao/render';
 * const flags: readonly ReportFlag[] = buildReport(result).flags ?? [];
 * for (const f of flags) console.log(f.code, f.path.join('.'), f.message);
 * ```
 */
export interface ReportFlag {
  /** `conclusion_unsupported`, `explanation_unsupported` or `stated_total_differs`. */
  readonly code: 'conclusion_unsupported' | 'explanation_unsupported' | 'stated_total_differs';
  /** Where the text or figure is in the input, e.g. `["threePublicFunds", "note"]`. */
  readonly path: readonly (string | number)[];
  /** The note, in the report's locale (without the `【待核实】` prefix). */
  readonly message: string;
}

/**
 * A table column.
 *
 * @example
 * ```ts
 * import type { TableColumn } from 'jixiao/render';
 * const c: TableColumn = { label: '得分', align: 'right', width: '9%' };
 * ```
 */
export interface TableColumn {
  readonly label: string;
  readonly align: 'left' | 'right' | 'center';
  /** Relative width for the HTML layout, e.g. `"30%"`. */
  readonly width?: string;
}

/**
 * A table row: one plain-text cell per column.
 *
 * @example
 * ```ts
 * import type { TableRow } from 'jixiao/render';
 * const r: TableRow = { cells: ['宣传培训', '2', '1', '扣1分'], level: 2 };
 * ```
 */
export interface TableRow {
  readonly cells: readonly string[];
  /** Depth in a tree (0 = top level): the first cell is indented. */
  readonly level?: number;
  /** A group or total row, printed in bold. */
  readonly emphasis?: boolean;
  /**
   * An exception (a failed check, lost points): printed in bold, its cells already carrying a word or
   * symbol that says so (`✗ 未通过`, `扣1分`), so colour is never the only mark.
   */
  readonly alert?: boolean;
  /**
   * Machine detail for readers who need it (rule id, indicator id): written as HTML `data-*` attributes
   * of the row (`{ 'rule-id': 'x.y' }` → `data-rule-id="x.y"`), never printed.
   */
  readonly data?: Readonly<Record<string, string>>;
}

/**
 * A table with a caption.
 *
 * @example
 * ```ts
 * import { buildReport, type TableBlock } from 'jixiao/render';
 * const t = buildReport(result).appendices[0]?.blocks.find((b): b is TableBlock => b.kind === 'table');
 * ```
 */
export interface TableBlock {
  readonly kind: 'table';
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/**
 * One series of a bar chart: values are canonical decimal strings, one per category.
 *
 * @example
 * ```ts
 * import type { ChartSeries } from 'jixiao/render';
 * const s: ChartSeries = { name: '实际支出', values: ['284.8', '171.48'] };
 * ```
 */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly string[];
  /**
   * A word per value that marks it (e.g. `超预算0.40万元` on a bar over budget), or undefined: the bar is
   * drawn hatched and outlined and the word printed after its value, so colour is never the only mark.
   */
  readonly flags?: readonly (string | undefined)[];
}

/**
 * A horizontal (grouped) bar chart, kept as decimal strings until drawn.
 *
 * @example
 * ```ts
 * import type { BarChart } from 'jixiao/render';
 * const chart: BarChart = {
 *   kind: 'bar', title: '“三公”经费（万元）', description: '公务接待费年初预算0.80万元，实际支出0.80万元。',
 *   unit: '万元', format: 'wan', categories: ['公务接待费'],
 *   series: [{ name: '年初预算', values: ['0.8'] }, { name: '实际支出', values: ['0.8'] }],
 * };
 * ```
 */
export interface BarChart {
  readonly kind: 'bar';
  /** Short title (also the SVG `<title>`). */
  readonly title: string;
  /** Text alternative listing every value (the SVG `<desc>`). */
  readonly description: string;
  /** Unit printed after values, e.g. `万元` or `分`. */
  readonly unit: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** How values are printed: `wan` (two decimals, as 万元 amounts) or `points` (at most two decimals). */
  readonly format: 'wan' | 'points';
}

/**
 * A numbered figure holding a chart.
 *
 * @example
 * ```ts
 * import { buildReport, type FigureBlock } from 'jixiao/render';
 * const figures = buildReport(result).sections.flatMap((s) => s.sections).flatMap((s) => s.blocks)
 *   .filter((b): b is FigureBlock => b.kind === 'figure');
 * ```
 */
export interface FigureBlock {
  readonly kind: 'figure';
  readonly id: string;
  /** Caption with its number, e.g. `图1　2022年支出按经济分类`. */
  readonly caption: string;
  readonly chart: BarChart;
}

/**
 * Any block of a section.
 *
 * @example
 * ```ts
 * import type { ReportBlock } from 'jixiao/render';
 * const text = (b: ReportBlock): string => (b.kind === 'paragraph' ? b.text : b.caption);
 * ```
 */
export type ReportBlock = ParagraphBlock | TableBlock | FigureBlock;

/**
 * A numbered section; `number` is printed before `title` (e.g. `一、`, `（一）`, `1.`, `附表1　`).
 *
 * @example
 * ```ts
 * import { buildReport } from 'jixiao/render';
 * buildReport(result).sections[0]?.sections.map((s) => s.number + s.title); // ["（一）机构组成", …]
 * ```
 */
export interface ReportSection {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  /** Set when the section is written in another language than the document (appendices in `en`). */
  readonly lang?: ReportLocale;
  /** An annex's 附件 label, printed alone before its heading (GB/T 9704 §8: `附件1`). */
  readonly label?: string;
  readonly blocks: readonly ReportBlock[];
  readonly sections: readonly ReportSection[];
}

/**
 * The report view model: title, intro, the five numbered sections and the appendices.
 * Plain, serialisable data; every string is plain text.
 *
 * @example
 * ```ts
 * import { buildReport, toMarkdown, type ReportView } from 'jixiao/render';
 * const view: ReportView = buildReport(result);
 * const md = toMarkdown({ ...view, title: view.title.replace('报告', '自评报告') });
 * ```
 */
export interface ReportView {
  /** Language of the document body (always Chinese: the narrative comes from Chinese input). */
  readonly lang: 'zh-CN';
  /** Language chosen for appendices and labels. */
  readonly locale: ReportLocale;
  readonly title: string;
  /** Lines printed under the title (publication date). */
  readonly meta: readonly string[];
  readonly intro: readonly ReportBlock[];
  readonly sections: readonly ReportSection[];
  readonly appendices: readonly ReportSection[];
  /**
   * What closes the body before the annexes (GB/T 9704 §7.3.5–7.3.6): the 附件说明 lines and the 落款
   * (issuing department and date), printed right-aligned.
   */
  readonly closing?: ReportClosing;
  /** Generator line, e.g. `jixiao 0.1.0`. */
  readonly generator: string;
  /** Notes for the author, in document order (each also printed where it applies). */
  readonly flags?: readonly ReportFlag[];
}

/**
 * The end of the body: 附件说明 (`附件：1.评分表`) and 落款 (department, date).
 *
 * @example
 * ```ts
 * import { buildReport, type ReportClosing } from 'jixiao/render';
 * const closing: ReportClosing | undefined = buildReport(result).closing;
 * closing?.signature; // ["巴中市恩阳区行政审批局", "2023年6月14日"]
 * ```
 */
export interface ReportClosing {
  /** 附件说明 lines: the first starts `附件：`, the next ones are indented to line up. Empty without annexes. */
  readonly annexes: readonly string[];
  /** 落款 lines: the department, then the date when the input gives one. */
  readonly signature: readonly string[];
}

/**
 * Options for {@link buildReport}.
 *
 * @example
 * ```ts
 * import { renderMarkdown, type BuildReportOptions } from 'jixiao/render';
 * const options: BuildReportOptions = { locale: 'en', charts: false, punctuation: 'preserve' };
 * renderMarkdown(result, options);
 * ```
 */
export interface BuildReportOptions {
  /** Language of appendices and labels (default: the result's locale). */
  readonly locale?: ReportLocale;
  /** Override the title (default: `report.title`, else `{部门}关于{评价年度}年财政支出绩效评价的报告`). */
  readonly title?: string;
  /** How the department refers to itself (default derived from its name: 我局, 我委, 我办 … 我单位). */
  readonly selfReference?: string;
  /** Include the charts (default true). */
  readonly charts?: boolean;
  /** Include 附表1 评分表 and 附表2 合规性审核结果 (default true). */
  readonly appendices?: boolean;
  /**
   * Input narrative punctuation: `normalize` (default) turns ASCII `, ; : ? ! ( )` next to Chinese
   * text into full-width marks; `preserve` prints it as written.
   */
  readonly punctuation?: 'normalize' | 'preserve';
}

/**
 * Options for {@link toHtml}.
 *
 * @example
 * ```ts
 * import { buildReport, toHtml, type ToHtmlOptions } from 'jixiao/render';
 * const options: ToHtmlOptions = { fragment: true };
 * host.innerHTML = toHtml(buildReport(result), options); // escaped: safe to embed
 * ```
 */
export interface ToHtmlOptions {
  /** Return only the `<main>` element (for embedding in a host page), without document, head and styles. */
  readonly fragment?: boolean;
}
