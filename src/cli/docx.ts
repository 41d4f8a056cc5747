import { renderDocx } from '../docx/index.js';
import type { EvaluationResult, Locale } from '../index.js';
import { type Outcome, success } from './outcome.js';

/** `--format docx`: the report as an editable Word document (jixiao/docx). */
export async function renderDocxReport(result: EvaluationResult, locale: Locale): Promise<Outcome<Uint8Array>> {
  return success(await renderDocx(result, { locale }));
}
