/**
 * Limits applied to every spreadsheet or CSV file before and while it is read. A file past
 * a limit yields an issue (`file_too_large`, `too_many_cells`), never a crash or a hang.
 *
 * @example
 * ```ts
 * import { SHEET_LIMITS } from 'jixiao/xlsx';
 * SHEET_LIMITS.maxBytes; // 10485760 (10 MiB)
 * ```
 */
export const SHEET_LIMITS = {
  /** Largest file accepted, in bytes (10 MiB). */
  maxBytes: 10_485_760,
  /** Largest total size the entries of an `.xlsx` (zip) may unpack to, in bytes (100 MiB). */
  maxUnzippedBytes: 104_857_600,
  /** Most entries in an `.xlsx` (zip) container. */
  maxZipEntries: 10_000,
  /** Most non-empty cells read, over all sheets. */
  maxCells: 200_000,
  /** Most rows read per sheet. */
  maxRows: 100_000,
  /** Most columns read per sheet. */
  maxColumns: 1_000,
  /** Longest cell text kept, in characters (Excel's own limit). */
  maxCellText: 32_767,
} as const;

/**
 * Overrides for {@link SHEET_LIMITS} (tests and hosts may tighten them).
 *
 * @example
 * ```ts
 * import { readIndicatorSheet, type SheetLimits } from 'jixiao/xlsx';
 * const limits: SheetLimits = { maxBytes: 2 * 1024 * 1024, maxCells: 50_000 };
 * const r = readIndicatorSheet(bytes, { limits }); // too big: { ok: false, issues: [{ code: 'file_too_large', … }] }
 * ```
 */
export type SheetLimits = { readonly [K in keyof typeof SHEET_LIMITS]?: number };
