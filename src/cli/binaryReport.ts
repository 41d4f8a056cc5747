import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { EvaluationResult, Locale } from '../index.js';
import { renderDocxReport } from './docx.js';
import { EXIT, type ExitCode } from './exitCodes.js';
import { cliMessages } from './messages.js';
import { failure, type Outcome, success } from './outcome.js';
import { renderPdf } from './pdf.js';

/** Report formats written as bytes, each with its renderer. */
const BINARY: Readonly<Record<'docx' | 'pdf', (result: EvaluationResult, locale: Locale) => Promise<Outcome<Uint8Array>>>> = {
  docx: renderDocxReport,
  pdf: renderPdf,
};

/** Why `jixiao batch --format docx|pdf` is refused: one Word or PDF file per department is `evaluate`'s job. */
const BATCH_REFUSAL: Readonly<Record<Locale, (format: string) => string>> = {
  'zh-CN': (f) => `batch 只输出 md、html 或 json 报告，不输出 ${f}：请逐个部门运行 jixiao evaluate --format ${f}`,
  en: (f) => `batch writes md, html or json reports, not ${f}: run jixiao evaluate --format ${f} per department`,
};

/** The usage message of `jixiao batch --format docx|pdf`. */
export function binaryInBatch(format: BinaryFormat, locale: Locale): string {
  return BATCH_REFUSAL[locale](format);
}

/** A format written as bytes (`docx`, `pdf`). */
export type BinaryFormat = keyof typeof BINARY;

/** Whether a report format is written as bytes rather than text. */
export function isBinaryFormat(format: string): format is BinaryFormat {
  return Object.hasOwn(BINARY, format);
}

async function writeBytes(path: string | undefined, bytes: Uint8Array, locale: Locale): Promise<Outcome<void>> {
  const target = path ?? 'stdout';
  try {
    if (path === undefined) {
      await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (e) => (e ? reject(e) : resolve())));
      return success(undefined);
    }
    // Under a temporary name, then renamed: a failed write never leaves a truncated report.
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      await writeFile(temp, bytes);
      await rename(temp, path);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
    return success(undefined);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return failure(EXIT.io, cliMessages(locale).writeFailed(target, err.code ?? (e instanceof Error ? e.message : String(e))));
  }
}

/** Render a .docx or .pdf report and write it to `output` (stdout without). */
export async function writeBinaryReport(
  result: EvaluationResult,
  format: BinaryFormat,
  output: string | undefined,
  locale: Locale,
): Promise<Outcome<ExitCode>> {
  const bytes = await BINARY[format](result, locale);
  if (!bytes.ok) return bytes;
  const written = await writeBytes(output, bytes.value, locale);
  if (!written.ok) return written;
  if (output !== undefined) process.stderr.write(`${cliMessages(locale).wrote(output)}\n`);
  return success(EXIT.ok);
}
