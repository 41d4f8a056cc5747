import type { Issue, Issues, Result } from '../shared/issues.js';
import { type IndicatorColumn, INDICATOR_HEADER_ALIASES } from './aliases.js';
import { type ClaimedItem, convertNodes, type ImportedRow } from './internal/convert.js';
import { factMatcher } from './internal/factLookup.js';
import type { Grid } from './internal/grid.js';
import { aliasLookup, findHeader, type HeaderMatch } from './internal/headers.js';
import { buildTree } from './internal/indicatorTree.js';
import { fail, issue, pickLocale } from './internal/issue.js';
import { MACHINE_SHEET, readMachine } from './internal/machine.js';
import { indexMerges, type MergeIndex } from './internal/merges.js';
import { importedProvenance, systemMeta } from './internal/meta.js';
import type { IndicatorSystem } from '../scoring/schema/system.js';
import type { Data } from './internal/system.js';
import { validateSystem } from './internal/validate.js';
import { readGrids } from './internal/workbook.js';
import type { ReadIndicatorSheetOptions } from './types.js';

export type { ClaimedItem, ImportedRow };

/**
 * What the import did, row by row: which leaves became which method, and which fell back to manual.
 *
 * @example
 * ```ts
 * import { readIndicatorSheet, type IndicatorImportReport } from 'jixiao/xlsx';
 * const r = readIndicatorSheet(bytes);
 * if (r.ok) {
 *   const report: IndicatorImportReport = r.value.report;
 *   console.log(report.sheet, report.headerRow, report.summary); // e.g. 指标体系 3 { embedded: 0, recognised: 12, fallback: 3 }
 * }
 * ```
 */
export interface IndicatorImportReport {
  readonly sheet: string;
  /** 1-based row of the header. */
  readonly headerRow: number;
  /** Column role → header text as written. */
  readonly columns: Readonly<Partial<Record<IndicatorColumn, string>>>;
  /** One entry per leaf, in sheet order. */
  readonly rows: readonly ImportedRow[];
  /** Counts by source. */
  readonly summary: { readonly embedded: number; readonly recognised: number; readonly fallback: number };
  /** 1-based rows that had content but no indicator name (notes, signatures); not imported. */
  readonly skippedRows: readonly number[];
  /** True when the hidden `jixiao` sheet was found and used. */
  readonly embedded: boolean;
  /** System-level fields that took a documented default (nothing in the sheet or the options gave them). */
  readonly defaults: readonly string[];
  /**
   * What the spreadsheet parser reported about a damaged file (e.g. "Missing Info for XLS Record
   * 0x45fd"), kept here instead of printed; absent when it said nothing.
   */
  readonly parserNotices?: readonly string[];
}

/**
 * What {@link readIndicatorSheet} returns.
 *
 * @example
 * ```ts
 * import { evaluateDepartment } from 'jixiao';
 * import { readIndicatorSheet, type IndicatorSheetImport } from 'jixiao/xlsx';
 * const r = readIndicatorSheet(bytes);
 * if (r.ok) {
 *   const imported: IndicatorSheetImport = r.value;
 *   evaluateDepartment(data, { system: imported.system });
 * }
 * ```
 */
export interface IndicatorSheetImport {
  /** The indicator system, validated by the scoring layer's `validateIndicatorSystem`. */
  readonly system: IndicatorSystem;
  readonly report: IndicatorImportReport;
  /** Scores claimed in 得分 / 扣分 / 扣分原因 columns (a filled-in self-evaluation); empty otherwise. */
  readonly claimed: readonly ClaimedItem[];
  /** The 合计 row's 得分, when present. */
  readonly claimedTotal?: string;
}

const accept = (roles: ReadonlySet<IndicatorColumn>): boolean => roles.has('level1') && (roles.has('points') || roles.has('standard'));

function findSheet(
  grids: readonly Grid[],
  sheet: string | number | undefined,
  lookup: Map<string, IndicatorColumn>,
  budget: number,
): { grid: Grid; merges: MergeIndex; header: HeaderMatch<IndicatorColumn> } | undefined {
  const candidates =
    sheet === undefined
      ? grids.filter((g) => g.name !== MACHINE_SHEET && !g.hidden)
      : [typeof sheet === 'number' ? grids[sheet] : grids.find((g) => g.name === sheet)].filter((g): g is Grid => g !== undefined);
  for (const grid of candidates) {
    const merges = indexMerges(grid, budget);
    const header = findHeader(grid, merges, lookup, accept);
    if (header) return { grid, merges, header };
  }
  return undefined;
}

/**
 * Read an indicator sheet (.xlsx, .xls or CSV) in the common layout — 一级/二级/三级指标 columns
 * with merged cells, 分值, 指标解释, 评分标准, optionally 得分 / 扣分原因 — into a validated
 * indicator system, a report of which rows became which scoring method, and claimed scores.
 *
 * @example
 * ```ts
 * import { readIndicatorSheet } from 'jixiao/xlsx';
 * const r = readIndicatorSheet(bytes, { aliases: { points: ['考核分'] } });
 * if (r.ok) for (const row of r.value.report.rows) console.log(row.path.join(' / '), row.method, row.source);
 * ```
 */
export function readIndicatorSheet(bytes: Uint8Array, options: ReadIndicatorSheetOptions = {}): Result<IndicatorSheetImport> {
  const locale = pickLocale(options.locale);
  const notices: string[] = [];
  const grids = readGrids(bytes, { format: options.format, encoding: options.encoding, limits: options.limits, locale }, notices);
  if (!grids.ok) return grids;
  const lookup = aliasLookup(INDICATOR_HEADER_ALIASES, options.aliases);
  const found = findSheet(grids.value, options.sheet, lookup, 2 * (options.limits?.maxCells ?? 200_000));
  if (!found) {
    return fail(
      issue(
        'missing_column',
        options.sheet !== undefined ? [String(options.sheet)] : [],
        { column: '一级指标 + 分值', expected: [...INDICATOR_HEADER_ALIASES.level1.slice(0, 2), ...INDICATOR_HEADER_ALIASES.points.slice(0, 3)].join('、') },
        locale,
      ),
    );
  }
  const { grid, merges, header } = found;
  if (!header.columns.has('points'))
    return fail(
      issue('missing_column', [grid.name, `row ${header.row + 1}`], { column: '分值', expected: INDICATOR_HEADER_ALIASES.points.join('、') }, locale),
    );
  const issues: Issue[] = [];
  const machine = readMachine(grids.value, locale, issues);
  const tree = buildTree(grid, merges, header, locale, issues, machine !== undefined);
  if (tree.roots.length === 0 && issues.length === 0) issues.push(issue('required', [grid.name, `row ${header.row + 2}`], {}, locale));
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, 500) as unknown as Issues };
  const rows: ImportedRow[] = [];
  const claimed: ClaimedItem[] = [];
  const provenance = (options.meta?.['provenance'] ?? machine?.system['provenance'] ?? importedProvenance(grid.name)) as Data;
  const roots = convertNodes(tree.roots, '', {
    sheet: grid.name,
    locale,
    machine,
    fact: factMatcher(options.factNames),
    issues,
    rows,
    claimed,
    ids: new Set(),
    provenance,
  });
  const { system, defaults } = systemMeta({ meta: options.meta, embedded: machine?.system, title: tree.title, sheet: grid.name, roots }, locale, issues);
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, 500) as unknown as Issues };
  const valid = validateSystem(system, new Map(rows.map((x) => [x.id, x.row])), grid.name, locale);
  if (!valid.ok) return valid;
  const columns: Partial<Record<IndicatorColumn, string>> = {};
  for (const [role, cols] of header.columns) columns[role] = header.labels.get(cols[0] as number) ?? '';
  const count = (s: ImportedRow['source']): number => rows.filter((r) => r.source === s).length;
  return {
    ok: true,
    value: {
      system: valid.value,
      report: {
        sheet: grid.name,
        headerRow: header.row + 1,
        columns,
        rows,
        summary: { embedded: count('embedded'), recognised: count('recognised'), fallback: count('fallback') },
        skippedRows: tree.skipped,
        embedded: machine !== undefined,
        defaults,
        ...(notices.length > 0 ? { parserNotices: notices } : {}),
      },
      claimed,
      ...(tree.total?.score !== undefined ? { claimedTotal: tree.total.score } : {}),
    },
  };
}
