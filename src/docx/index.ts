/**
 * `jixiao/docx`: the report as an editable Word document (.docx), from the same view model as the
 * Markdown and HTML reports. A subpath of its own so browser users of `jixiao/render` do not load the
 * `docx` package.
 *
 * @packageDocumentation
 */
import { Packer } from 'docx';
import type { EvaluationResult } from '../result.js';
import { buildReport, type BuildReportOptions, type ReportView } from '../render/index.js';
import { viewToDocument } from './document.js';

export { STYLE_NAMES as DOCX_STYLE_NAMES } from './styles.js';

/**
 * Options for {@link renderDocx} and {@link toDocx}.
 *
 * @example
 * ```ts
 * import { renderDocx, type DocxOptions } from 'jixiao/docx';
 * const options: DocxOptions = { locale: 'en', creator: '某某区财政局' };
 * const bytes = await renderDocx(result, options);
 * ```
 */
export interface DocxOptions extends BuildReportOptions {
  /** The document's author (核心属性 dc:creator; default: the generator line, e.g. `jixiao 0.1.0`). */
  readonly creator?: string;
}

/**
 * Write a report view as a Word document (.docx): named paragraph styles for the 公文 hierarchy
 * (公文标题, 一级标题 黑体, 二级标题 楷体, 三级标题, 正文 三号仿宋 with 28-pt lines, 附表标题, 图表标题,
 * 表格文字, 页码), A4 with the GB/T 9704 margins (37/35/28/26 mm), footer page numbers `— 1 —` (a PAGE
 * field), real tables whose header row repeats on every page, and each figure as a native Word column
 * chart (editable with 编辑数据) with its values in a data table under the plot and in the text below.
 * Asynchronous because the `docx` package zips asynchronously; the bytes are the same for the same view.
 *
 * @param view - What {@link buildReport} returned.
 * @param options - The document author.
 * @returns The .docx file's bytes.
 * @example
 * ```ts
 * import { buildReport } from 'jixiao/render';
 * import { toDocx } from 'jixiao/docx';
 * const bytes = await toDocx(buildReport(result));
 * ```
 */
export async function toDocx(view: ReportView, options: Pick<DocxOptions, 'creator'> = {}): Promise<Uint8Array> {
  const doc = viewToDocument(view, options);
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/**
 * Render an evaluation result as a Word document: {@link buildReport} then {@link toDocx}.
 * Returns a promise (the `docx` package's Packer is asynchronous).
 *
 * @param result - What `evaluateDepartment` returned.
 * @param options - As for {@link buildReport}, plus the document author.
 * @returns The .docx file's bytes.
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { evaluateDepartment } from 'jixiao';
 * import { renderDocx } from 'jixiao/docx';
 * await writeFile('report.docx', await renderDocx(evaluateDepartment(data)));
 * ```
 */
export async function renderDocx(result: EvaluationResult, options: DocxOptions = {}): Promise<Uint8Array> {
  return toDocx(buildReport(result, options), options.creator !== undefined ? { creator: options.creator } : {});
}
