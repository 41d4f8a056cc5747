import type { EvaluationResult, Locale } from '../index.js';
import { type Outcome, success } from './outcome.js';

/**
 * `--format docx`: the report as an editable Word document (jixiao/docx). Loaded on first use, so the
 * other commands do not pay for reading the `docx` package at start-up.
 */
export async function renderDocxReport(result: EvaluationResult, locale: Locale): Promise<Outcome<Uint8Array>> {
  const { renderDocx } = await import('../docx/index.js');
  return success(await renderDocx(result, { locale }));
}
