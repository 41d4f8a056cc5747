import type { Locale } from '../../index.js';

/** Messages of `jixiao batch` beyond the shared CLI table. */
interface BatchMessages {
  readonly done: (ok: number, failed: number, outDir: string) => string;
  readonly summaryOnlyDone: (ok: number, failed: number, outDir: string) => string;
}

const MESSAGES: Readonly<Record<Locale, BatchMessages>> = {
  'zh-CN': {
    done: (ok, f, out) => `批量评价完成：成功 ${ok} 个，失败 ${f} 个；报告及 summary.json、summary.md、summary.xlsx 已写入 ${out}`,
    summaryOnlyDone: (ok, f, out) =>
      `批量评价完成：成功 ${ok} 个，失败 ${f} 个；summary.json、summary.md、summary.xlsx 已写入 ${out}（--summary-only：未写各部门报告）`,
  },
  en: {
    done: (ok, f, out) => `batch done: ${ok} ok, ${f} failed; reports, summary.json, summary.md and summary.xlsx written to ${out}`,
    summaryOnlyDone: (ok, f, out) =>
      `batch done: ${ok} ok, ${f} failed; summary.json, summary.md and summary.xlsx written to ${out} (--summary-only: no per-department reports)`,
  },
};

/** The batch messages in a locale. */
export function batchMessages(locale: Locale): BatchMessages {
  return MESSAGES[locale];
}
