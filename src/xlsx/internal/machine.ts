import { utils, type WorkSheet } from '@e965/xlsx';
import type { Issue, Locale } from '../../shared/issues.js';
import { scanInput } from '../../shared/scan.js';
import { makeIssue } from '../../shared/makeIssue.js';
import type { Grid } from './grid.js';

/**
 * Longest text jixiao writes in one cell, per format: Excel's own limit for .xlsx; for .xls the
 * SheetJS BIFF8 writer cannot write a string past one record (about 4,100 characters). @internal
 */
export const CELL_TEXT_LIMIT = { xlsx: 32_767, xls: 4_000 } as const;

/** Name of the hidden sheet that carries the machine-readable system. @internal */
export const MACHINE_SHEET = 'jixiao';
const MARK = 'jixiao-indicator-system';

type Json = Readonly<Record<string, unknown>>;

/** What the hidden sheet holds: system fields (without the tree) and each node (without children). @internal */
export interface MachineData {
  readonly system: Json;
  readonly byId: ReadonlyMap<string, Json>;
  readonly byPath: ReadonlyMap<string, Json>;
  /** Every node in written order with the JSON of its path (paths may repeat: names need not be unique). */
  readonly nodes: readonly { readonly path: string; readonly data: Json }[];
}

const chunks = (s: string, size: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out.length > 0 ? out : [''];
};

/** Build the hidden sheet: one row for the system, one per node (id, path of names, JSON). @internal */
export function machineSheet(system: Json, nodes: readonly { readonly path: readonly string[]; readonly data: Json }[], chunk: number): WorkSheet {
  const aoa: string[][] = [
    [MARK, '1'],
    ['system', '', '', ...chunks(JSON.stringify(system), chunk)],
  ];
  for (const n of nodes) aoa.push(['node', String(n.data.id ?? ''), JSON.stringify(n.path), ...chunks(JSON.stringify(n.data), chunk)]);
  return utils.aoa_to_sheet(aoa);
}

function parse(text: string): Json | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Read the hidden sheet, if present and well-formed. Its JSON is scanned like any input
 * (forbidden keys such as `__proto__`, depth, sizes): problems go to `issues`. @internal
 */
export function readMachine(grids: readonly Grid[], locale: Locale, issues: Issue[]): MachineData | undefined {
  const grid = grids.find((g) => g.name === MACHINE_SHEET);
  if (!grid || grid.rows[0]?.[0]?.text !== MARK) return undefined;
  const byId = new Map<string, Json>();
  const byPath = new Map<string, Json>();
  const nodes: { path: string; data: Json }[] = [];
  let system: Json | undefined;
  grid.rows.forEach((row, r) => {
    const kind = row?.[0]?.text;
    if (kind !== 'system' && kind !== 'node') return;
    const json = (row ?? [])
      .slice(3)
      .map((c) => c?.text ?? '')
      .join('');
    const data = parse(json);
    const found = data === undefined ? [] : scanInput(data, locale);
    if (data === undefined || found.length > 0) {
      const where = [MACHINE_SHEET, `row ${r + 1}`];
      if (data === undefined) issues.push(makeIssue('invalid_json', where, { detail: 'hidden jixiao sheet' }, locale));
      issues.push(...found.map((i) => makeIssue(i.code, [...where, ...i.path], i.params ?? {}, locale)));
      return;
    }
    if (kind === 'system') system = data;
    else {
      const id = row?.[1]?.text ?? '';
      if (id) byId.set(id, data);
      byPath.set(row?.[2]?.text ?? '', data);
      nodes.push({ path: row?.[2]?.text ?? '', data });
    }
  });
  return system ? { system, byId, byPath, nodes } : undefined;
}
