import { extname } from 'node:path';
import type { EvaluationResult, Locale } from '../index.js';
import { renderHtml, renderMarkdown } from '../render/index.js';
import type { BinaryFormat } from './binaryReport.js';

/** Report formats the CLI writes. */
export const REPORT_FORMATS = ['md', 'html', 'json', 'docx', 'pdf'] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Each format's file extensions (the first is the one written): `--format`, `-o` with the format
 * taken from the extension, and batch file names all read this table.
 */
const EXTENSIONS: Readonly<Record<ReportFormat, readonly string[]>> = {
  md: ['.md', '.markdown'],
  html: ['.html', '.htm'],
  json: ['.json'],
  docx: ['.docx'],
  pdf: ['.pdf'],
};

/** The text formats' renderers (`docx` and `pdf` are written by binaryReport.ts). */
const RENDERERS: Readonly<Record<Exclude<ReportFormat, BinaryFormat>, (r: EvaluationResult, locale: Locale) => string>> = {
  md: (r, locale) => renderMarkdown(r, { locale }),
  html: (r, locale) => renderHtml(r, { locale }),
  json: (r) => `${JSON.stringify(r, null, 2)}\n`,
};

/** The file extension of a report format. */
export function extensionOf(format: ReportFormat): string {
  return EXTENSIONS[format][0] ?? `.${format}`;
}

/** Every extension `-o FILE` may end with, for messages: ".md, .markdown, .html, .htm, .json, .docx, .pdf". */
export function knownExtensions(): string {
  return REPORT_FORMATS.flatMap((f) => EXTENSIONS[f]).join(', ');
}

/**
 * The report format a file name asks for, from its extension (case-insensitive): `undefined` when
 * it has no extension (the default format applies), `'unknown'` when the extension is none of ours.
 */
export function formatFromPath(path: string): ReportFormat | 'unknown' | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '') return undefined;
  return REPORT_FORMATS.find((f) => EXTENSIONS[f].includes(ext)) ?? 'unknown';
}

/** Render an evaluation result in a text format (`docx` and `pdf` are written by binaryReport.ts). */
export function renderReport(result: EvaluationResult, format: Exclude<ReportFormat, BinaryFormat>, locale: Locale): string {
  return RENDERERS[format](result, locale);
}
