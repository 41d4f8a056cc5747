import type { EvaluationResult } from '../result.js';
import { buildReport } from './buildReport.js';
import { toHtml } from './serialize/toHtml.js';
import { toMarkdown } from './serialize/toMarkdown.js';
import type { BuildReportOptions, ToHtmlOptions } from './types.js';

/**
 * Render an evaluation result as Markdown: {@link buildReport} then {@link toMarkdown}.
 *
 * @param result - What `evaluateDepartment` returned.
 * @param options - As for {@link buildReport}.
 * @returns The Markdown text.
 * @example
 * ```ts
 * import { evaluateDepartment } from 'jixiao';
 * import { renderMarkdown } from 'jixiao/render';
 * const md = renderMarkdown(evaluateDepartment(data), { locale: 'en' }); // appendices in English
 * ```
 */
export function renderMarkdown(result: EvaluationResult, options: BuildReportOptions = {}): string {
  return toMarkdown(buildReport(result, options));
}

/**
 * Render an evaluation result as one standalone, print-ready HTML file: {@link buildReport}
 * then {@link toHtml}.
 *
 * @param result - What `evaluateDepartment` returned.
 * @param options - As for {@link buildReport}, plus `fragment` from {@link toHtml}.
 * @returns The HTML text.
 * @example
 * ```ts
 * import { evaluateDepartment } from 'jixiao';
 * import { renderHtml } from 'jixiao/render';
 * const html = renderHtml(evaluateDepartment(data)); // <!doctype html><html lang="zh-CN">…
 * ```
 */
export function renderHtml(result: EvaluationResult, options: BuildReportOptions & ToHtmlOptions = {}): string {
  return toHtml(buildReport(result, options), options);
}
