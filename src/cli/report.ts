import type { EvaluationResult, Locale } from '../index.js';
import { renderHtml, renderMarkdown } from '../render/index.js';
import type { BinaryFormat } from './binaryReport.js';

/** Report formats the CLI writes. */
export const REPORT_FORMATS = ['md', 'html', 'json', 'docx', 'pdf'] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The file extension of a report format. */
export function extensionOf(format: ReportFormat): string {
  return `.${format}`;
}

/** Render an evaluation result in a text format (`docx` and `pdf` are written by binaryReport.ts). */
export function renderReport(result: EvaluationResult, format: Exclude<ReportFormat, BinaryFormat>, locale: Locale): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  return format === 'html' ? renderHtml(result, { locale }) : renderMarkdown(result, { locale });
}
