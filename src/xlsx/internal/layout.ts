import { utils, type WorkSheet } from '@e965/xlsx';
import { cellValue } from './format.js';

/** A node to lay out: name, points shown with a parent's name, cells of its leaf row. @internal */
export interface LayoutNode {
  readonly name: string;
  readonly points?: string;
  readonly children?: readonly LayoutNode[];
  /** Leaf cells by column header. Decimal strings are written as numbers where exact. */
  readonly cells?: Readonly<Record<string, string | undefined>>;
}

/** Column headers that hold decimals (written as numbers). @internal */
export interface LayoutSpec {
  readonly title: string;
  readonly columns: readonly string[];
  readonly numeric: ReadonlySet<string>;
  readonly hidden: ReadonlySet<string>;
  readonly widths?: Readonly<Record<string, number>>;
  /** Longest text written in one cell (Excel's 32,767; 4,000 for .xls, where SheetJS cannot write longer strings). */
  readonly maxCellText: number;
  /** Rows appended after the indicators (合计, 等级). */
  readonly footer?: readonly { readonly label: string; readonly cells: Readonly<Record<string, string | undefined>> }[];
}

const LEVEL_HEADERS = ['一级指标', '二级指标', '三级指标', '四级指标', '五级指标', '六级指标'];

function depthOf(nodes: readonly LayoutNode[]): number {
  let d = 0;
  for (const n of nodes) d = Math.max(d, 1 + (n.children?.length ? depthOf(n.children) : 0));
  return d;
}

/**
 * Lay a tree out in the common indicator-sheet layout: one row per leaf, a level column per
 * depth, parents merged vertically over their leaves with their points as "名称（15分）", a
 * shallow leaf merged across the deeper level columns. @internal
 */
export function layoutSheet(roots: readonly LayoutNode[], spec: LayoutSpec): WorkSheet {
  const depth = Math.max(1, depthOf(roots));
  const headers = [...LEVEL_HEADERS.slice(0, depth), ...spec.columns];
  const aoa: (string | number | null)[][] = [[spec.title], headers];
  const merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: headers.length - 1 } }];
  const value = (col: string, v: string | undefined): string | number | null =>
    v === undefined || v === '' ? null : spec.numeric.has(col) ? cellValue(v) : v.slice(0, spec.maxCellText);
  const walk = (nodes: readonly LayoutNode[], level: number, prefix: (string | null)[]): void => {
    for (const n of nodes) {
      const start = aoa.length;
      if (n.children?.length) {
        const label = n.points !== undefined ? `${n.name}（${n.points}分）` : n.name;
        walk(n.children, level + 1, [...prefix, label]);
        if (aoa.length - 1 > start) merges.push({ s: { r: start, c: level }, e: { r: aoa.length - 1, c: level } });
        continue;
      }
      const row: (string | number | null)[] = [...prefix, n.name];
      while (row.length < depth) row.push(null);
      for (const col of spec.columns) row.push(value(col, n.cells?.[col]));
      if (level < depth - 1) merges.push({ s: { r: start, c: level }, e: { r: start, c: depth - 1 } });
      aoa.push(row);
    }
  };
  walk(roots, 0, []);
  for (const m of merges.slice(1)) for (let r = m.s.r + 1; r <= m.e.r; r++) (aoa[r] as unknown[])[m.s.c] = null;
  for (const f of spec.footer ?? []) aoa.push(headers.map((h, i) => (i === 0 ? f.label : i < depth ? null : value(h, f.cells[h]))));
  const ws = utils.aoa_to_sheet(aoa);
  ws['!merges'] = merges;
  ws['!cols'] = headers.map((h) => ({ wch: spec.widths?.[h] ?? (h.endsWith('指标') ? 16 : 10), ...(spec.hidden.has(h) ? { hidden: true } : {}) }));
  return ws;
}
