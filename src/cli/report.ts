import { extname } from 'node:path';
import type { EvaluationResult, Locale } from '../index.js';
import { renderHtml, renderMarkdown } from '../render/index.js';

/** Report formats the CLI writes. */
export const REPORT_FORMATS = ['md', 'html', 'json'] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Each format's file extensions (the first is the one written) and renderer. A new format (docx,
 * pdf) is one more row here and one more entry in {@link REPORT_FORMATS}: `--format`, `-o` with
 * the format taken from the extension, and batch file names all read this table.
 */
const FORMAT_TABLE: Readonly<
  Record<ReportFormat, { readonly extensions: readonly string[]; readonly render: (r: EvaluationResult, locale: Locale) => string }>
> = {
  md: { extensions: ['.md', '.markdown'], render: (r, locale) => renderMarkdown(r, { locale }) },
  html: { extensions: ['.html', '.htm'], render: (r, locale) => renderHtml(r, { locale }) },
  json: { extensions: ['.json'], render: (r) => `${JSON.stringify(r, null, 2)}\n` },
};

/** The file extension of a report format. */
export function extensionOf(format: ReportFormat): string {
  return FORMAT_TABLE[format].extensions[0] ?? `.${format}`;
}

/** Every extension `-o FILE` may end with, for messages: ".md, .markdown, .html, .htm, .json". */
export function knownExtensions(): string {
  return REPORT_FORMATS.flatMap((f) => FORMAT_TABLE[f].extensions).join(', ');
}

/**
 * The report format a file name asks for, from its extension (case-insensitive): `undefined` when
 * it has no extension (the default format applies), `'unknown'` when the extension is none of ours.
 */
export function formatFromPath(path: string): ReportFormat | 'unknown' | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '') return undefined;
  return REPORT_FORMATS.find((f) => FORMAT_TABLE[f].extensions.includes(ext)) ?? 'unknown';
}

/** Render an evaluation result in a format. */
export function renderReport(result: EvaluationResult, format: ReportFormat, locale: Locale): string {
  return FORMAT_TABLE[format].render(result, locale);
}
