import type { Issue, Locale } from '../../shared/issues.js';
import { addMoney, type Money } from '../../model/money/money.js';
import type { BoundFact } from './factLookup.js';
import type { SheetNode } from './indicatorTree.js';
import { issue } from './issue.js';
import { CELL_TEXT_LIMIT, type MachineData } from './machine.js';
import { recogniseStandard } from './standards.js';
import { type Data, FIELDS, ID_RE, METHOD_FIELDS, omit, text } from './system.js';
import { chooseMethod, type FallbackReason } from './toMethod.js';

/**
 * How one leaf's method was obtained.
 *
 * @example
 * ```ts
 * import { readIndicatorSheet, type ImportedRow } from 'jixiao/xlsx';
 * const r = readIndicatorSheet(bytes);
 * const manual: ImportedRow[] = r.ok ? r.value.report.rows.filter((row) => row.source === 'fallback') : [];
 * for (const row of manual) console.log(`row ${row.row}: ${row.path.join(' / ')} → manual (${row.reason})`);
 * ```
 */
export interface ImportedRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** Names from the top level down to the leaf. */
  readonly path: readonly string[];
  readonly id: string;
  /** The method type the leaf got (`manual` for every fallback). */
  readonly method: string;
  /** `embedded`: restored from the hidden `jixiao` sheet; `recognised`: read from the 评分标准 text; `fallback`: manual. */
  readonly source: 'embedded' | 'recognised' | 'fallback';
  /** For a fallback: why. */
  readonly reason?: FallbackReason;
  /** The shape recognised in the text, when it was recognised but could not be used. */
  readonly shape?: string;
  /** The fact the method reads (or would have read). */
  readonly fact?: string;
  /** The 评分标准 text has changed since the sheet was exported, so the embedded method was not used. */
  readonly edited?: boolean;
  /** Where the text had to be read less literally than written (e.g. a band “=0%” read as “≤0%”). */
  readonly approximation?: string;
}

/**
 * A claimed score of a self-evaluation row (the model's `ClaimedSchema` item).
 *
 * @example
 * ```ts
 * import { readIndicatorSheet, type ClaimedItem } from 'jixiao/xlsx';
 * const r = readIndicatorSheet(bytes);
 * const claimed: readonly ClaimedItem[] = r.ok ? r.value.claimed : [];
 * // [{ indicator: 'management.performance.publicity-training', deduction: '1', reason: '…' }]
 * const input = { ...data, claimed: { items: [...claimed] } };
 * ```
 */
export interface ClaimedItem {
  readonly indicator: string;
  readonly score?: string;
  readonly deduction?: string;
  readonly reason?: string;
}

interface Ctx {
  readonly sheet: string;
  readonly locale: Locale;
  readonly machine: MachineData | undefined;
  readonly fact: (name: string, standard: string) => BoundFact | undefined;
  readonly issues: Issue[];
  readonly rows: ImportedRow[];
  readonly claimed: ClaimedItem[];
  readonly ids: Set<string>;
  /** Provenance of leaves that carry none of their own. */
  readonly provenance: Data;
}

const STRUCTURAL: string[] = [FIELDS.children, FIELDS.id, FIELDS.name, FIELDS.points, FIELDS.standard, FIELDS.explanation];

function idFor(n: SheetNode, position: string, ctx: Ctx, embedded: Data | undefined): string {
  const written = n.leaf?.id || n.leaf?.machine || '';
  const id = written || text(embedded ?? {}, FIELDS.id) || position;
  if (!ID_RE.test(id))
    ctx.issues.push(
      issue('invalid_format', [ctx.sheet, `row ${n.row}`, '指标ID'], { expected: 'id (a-z 0-9 . _ -)', received: JSON.stringify(id.slice(0, 40)) }, ctx.locale),
    );
  else if (ctx.ids.has(id)) ctx.issues.push(issue('duplicate_id', [ctx.sheet, `row ${n.row}`, '指标ID'], { id }, ctx.locale));
  ctx.ids.add(id);
  return id;
}

/** The 评分标准 written for a leaf whose sheet row has none (a leaf needs a standard). */
export const NO_STANDARD = '（表中未填写评分标准）';

function leafNode(n: SheetNode, id: string, embedded: Data | undefined, ctx: Ctx): Data {
  const leaf = n.leaf as NonNullable<SheetNode['leaf']>;
  const standard = restore(leaf.standard, embedded, FIELDS.standard) || NO_STANDARD;
  const basis = restore(leaf.explanation, embedded, FIELDS.explanation);
  const keep = embedded !== undefined && typeof embedded[FIELDS.method] === 'string' && text(embedded, FIELDS.standard) === standard;
  const base = { row: n.row, path: n.path, id };
  let method: Data;
  if (keep) {
    method = pick(embedded, METHOD_FIELDS);
    ctx.rows.push({ ...base, method: String(embedded[FIELDS.method]), source: 'embedded' });
  } else {
    const choice = chooseMethod(recogniseStandard(leaf.standard, leaf.points), ctx.fact(n.name, leaf.standard));
    method = choice.method;
    const edited = embedded !== undefined ? { edited: true } : {};
    ctx.rows.push(
      choice.outcome === 'recognised'
        ? {
            ...base,
            method: choice.method.method,
            source: 'recognised',
            fact: choice.fact,
            ...(choice.approximation ? { approximation: choice.approximation } : {}),
            ...edited,
          }
        : {
            ...base,
            method: 'manual',
            source: 'fallback',
            reason: choice.reason,
            ...(choice.shape ? { shape: choice.shape } : {}),
            ...(choice.fact ? { fact: choice.fact } : {}),
            ...edited,
          },
    );
  }
  if (leaf.score !== undefined || leaf.deduction !== undefined || leaf.reason) {
    ctx.claimed.push({
      indicator: id,
      ...(leaf.score !== undefined ? { score: leaf.score } : leaf.deduction !== undefined ? { deduction: leaf.deduction } : {}),
      ...(leaf.reason ? { reason: leaf.reason } : {}),
    });
  }
  return {
    [FIELDS.id]: id,
    [FIELDS.name]: n.name,
    ...omit(embedded ?? {}, ...STRUCTURAL, ...METHOD_FIELDS),
    [FIELDS.points]: leaf.points,
    [FIELDS.standard]: standard,
    ...(basis ? { [FIELDS.explanation]: basis } : {}),
    [FIELDS.provenance]: embedded?.[FIELDS.provenance] ?? ctx.provenance,
    ...method,
  };
}

/** Texts jixiao had to cut to fit a cell ({@link CELL_TEXT_LIMIT}) are restored in full from the hidden sheet. */
function restore(visible: string, embedded: Data | undefined, key: string): string {
  const full = embedded ? text(embedded, key) : undefined;
  return full !== undefined && visible.length >= CELL_TEXT_LIMIT.xls && full.length > visible.length && full.startsWith(visible) ? full : visible;
}

function pick(data: Data, keys: readonly string[]): Data {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (data[k] !== undefined) out[k] = data[k];
  return out;
}

/**
 * The cell text writeIndicatorSheet writes for an embedded node: a parent's name with its points
 * ("名称（15分）"), a leaf's name; trimmed, as the reader sees it.
 */
function writtenText(e: Data, leaf: boolean): string | undefined {
  const name = text(e, FIELDS.name);
  if (name === undefined) return undefined;
  const points = text(e, FIELDS.points);
  return (leaf || points === undefined ? name : `${name}（${points}分）`).trim();
}

/**
 * The node's name. The sheet's name loses numbering ("1.相关性"), a points suffix ("相关性（1分）") and
 * surrounding spaces when read; when the cell holds exactly what the writer wrote for the embedded
 * node, the embedded name is the name (what the library writes, it reads back unchanged).
 */
function nameOf(n: SheetNode, embedded: Data | undefined): string {
  const name = embedded ? text(embedded, FIELDS.name) : undefined;
  return name !== undefined && writtenText(embedded as Data, n.leaf !== undefined) === n.raw ? name : n.name;
}

/** Embedded nodes by the JSON of their parent's path of names (as written). */
function childrenIndex(machine: MachineData): Map<string, Data[]> {
  const index = new Map<string, Data[]>();
  for (const { path: key, data } of machine.nodes) {
    let path: unknown;
    try {
      path = JSON.parse(key);
    } catch {
      continue;
    }
    if (!Array.isArray(path)) continue;
    const parent = JSON.stringify(path.slice(0, -1));
    index.set(parent, [...(index.get(parent) ?? []), data]);
  }
  return index;
}

const indexes = new WeakMap<MachineData, Map<string, Data[]>>();

/** The embedded node of a sheet node: by its id, else by the written text under its parent's embedded path. */
function embeddedOf(n: SheetNode, parentPath: readonly string[], ctx: Ctx): Data | undefined {
  const m = ctx.machine;
  if (!m) return undefined;
  const byId = m.byId.get(n.leaf?.id || n.leaf?.machine || '');
  if (byId) return byId;
  let index = indexes.get(m);
  if (!index) indexes.set(m, (index = childrenIndex(m)));
  const leaf = n.leaf !== undefined;
  // Nodes may share a name: take the first one written there whose id is not taken yet.
  const candidates = index.get(JSON.stringify(parentPath)) ?? [];
  return candidates.find((e) => writtenText(e, leaf) === n.raw && !ctx.ids.has(text(e, FIELDS.id) ?? '')) ?? m.byPath.get(JSON.stringify(n.path));
}

/** Turn sheet nodes into system nodes (ids, methods, points), filling the report and claims. @internal */
export function convertNodes(nodes: readonly SheetNode[], prefix: string, ctx: Ctx, parentPath: readonly string[] = []): Data[] {
  return nodes.map((n, i) => {
    const position = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    const embedded = embeddedOf(n, parentPath, ctx);
    const id = idFor(n, position, ctx, embedded);
    const name = nameOf(n, embedded);
    if (n.leaf) return { ...leafNode(n, id, embedded, ctx), [FIELDS.name]: name };
    const children = convertNodes(n.children, id, ctx, [...parentPath, name]);
    const points = n.statedPoints ?? addMoney(children.map((c) => c[FIELDS.points] as Money));
    return {
      [FIELDS.id]: id,
      [FIELDS.name]: name,
      ...omit(embedded ?? {}, ...STRUCTURAL, ...METHOD_FIELDS),
      [FIELDS.points]: points,
      [FIELDS.children]: children,
    };
  });
}

export type { Ctx as ConvertContext };
