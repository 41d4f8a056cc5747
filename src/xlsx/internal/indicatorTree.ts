import type { Issue, Locale } from '../../shared/issues.js';
import type { IndicatorColumn } from '../aliases.js';
import { readDecimalCell } from './amount.js';
import type { Cell, Grid } from './grid.js';
import type { HeaderMatch } from './headers.js';
import { issue } from './issue.js';
import { filledText, type MergeIndex } from './merges.js';
import { normalizeKey } from './text.js';

/** One indicator as laid out in the sheet, before it becomes a system node. @internal */
export interface SheetNode {
  readonly name: string;
  /** The level cell as written (trimmed), before numbering and a points suffix were taken off. */
  readonly raw: string;
  readonly level: number;
  /** 1-based sheet row where the node first appears. */
  readonly row: number;
  readonly path: readonly string[];
  /** Points stated for a parent (in its name "（15分）" or a per-level 分值 column). */
  statedPoints?: string;
  readonly children: SheetNode[];
  leaf?: SheetLeaf;
}

/** What a leaf row carries. @internal */
export interface SheetLeaf {
  readonly points: string;
  readonly explanation: string;
  readonly standard: string;
  readonly score?: string;
  readonly deduction?: string;
  readonly reason: string;
  readonly id: string;
  readonly machine: string;
}

/** The indicator rows of a sheet as a tree. @internal */
export interface SheetTree {
  readonly roots: SheetNode[];
  readonly title?: string;
  readonly total?: { readonly points?: string; readonly score?: string };
  /** 1-based rows with content that are not indicators. */
  readonly skipped: number[];
}

const LEVELS: readonly IndicatorColumn[] = ['level1', 'level2', 'level3', 'level4'];
const TOTAL = /^(?:合计|总计|总分|合计得分|总得分|得分合计)$/;
const POINTS_SUFFIX = /\s*[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$/;
const NUMBERING = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[、．]|\d+\.(?!\d))\s*/;

/** "（一）投入（15分）" → { name: "投入", points: "15" }. @internal */
export function parseLevelName(text: string): { name: string; points?: string } {
  const m = POINTS_SUFFIX.exec(text);
  const name = (m ? text.slice(0, m.index) : text).replace(NUMBERING, '').trim() || text.trim();
  return m ? { name, points: m[1] as string } : { name };
}

interface Ctx {
  readonly grid: Grid;
  readonly merges: MergeIndex;
  readonly header: HeaderMatch<IndicatorColumn>;
  readonly locale: Locale;
  readonly issues: Issue[];
}

/** Level texts of a row: own text, vertical merges filled, horizontal spans from a level on the left left empty. */
function levelTexts(ctx: Ctx, r: number, cols: readonly number[]): string[] {
  return cols.map((c) => {
    const m = ctx.merges.at(r, c);
    if (m && m.c0 !== c && cols.includes(m.c0)) return '';
    return filledText(ctx.grid, ctx.merges, r, c);
  });
}

/** Points column for each level: a 分值 column belongs to the nearest level column on its left. */
function pointsColumns(header: HeaderMatch<IndicatorColumn>, cols: readonly number[]): (number | undefined)[] {
  const pts = header.columns.get('points') ?? [];
  const byLevel: (number | undefined)[] = cols.map(() => undefined);
  for (const p of pts) {
    let level = -1;
    cols.forEach((c, i) => {
      if (c < p) level = i;
    });
    byLevel[Math.max(level, 0)] ??= p;
  }
  return byLevel;
}

function title(grid: Grid, headerRow: number): string | undefined {
  for (let r = 0; r < headerRow; r++) for (const c of grid.rows[r] ?? []) if (c?.text.trim()) return c.text.trim();
  return undefined;
}

/**
 * Build the indicator tree of a sheet; problems go to ctx.issues. `written`: the sheet carries the
 * hidden `jixiao` sheet, so it was laid out by writeIndicatorSheet: a node is then its cell (a
 * merged block, or one row), not its name, so two nodes may share a name (two top-level "相关性",
 * two sibling leaves of one name), and a row with an 指标ID is an indicator even if named 合计.
 * @internal
 */
export function buildTree(grid: Grid, merges: MergeIndex, header: HeaderMatch<IndicatorColumn>, locale: Locale, issues: Issue[], written = false): SheetTree {
  const ctx: Ctx = { grid, merges, header, locale, issues };
  const cols = LEVELS.map((l) => header.columns.get(l)?.[0]).filter((c): c is number => c !== undefined);
  const pts = pointsColumns(header, cols);
  const leafPts = header.columns.get('points')?.at(-1);
  const col = (role: IndicatorColumn): number | undefined => header.columns.get(role)?.[0];
  const label = (c: number): string => header.labels.get(c) ?? String(c);
  const at = (r: number, c: number | undefined): string => (c === undefined ? '' : filledText(grid, merges, r, c));
  const cell = (r: number, c: number | undefined): Cell | undefined => (c === undefined ? undefined : grid.rows[r]?.[c]);
  const roots: SheetNode[] = [];
  const nodes = new Map<string, SheetNode>();
  const skipped: number[] = [];
  let prev: string[] = [];
  let prevOrigins: number[] = [];
  let total: SheetTree['total'];
  const badRows = new Set<number>();
  const lastLevel = cols[cols.length - 1] ?? 0;
  const decimal = (r: number, c: number | undefined, what: string): string | undefined => {
    const v = readDecimalCell(c === undefined ? undefined : merges.at(r, c) ? { text: at(r, c) } : cell(r, c));
    if (v === 'bad') {
      badRows.add(r);
      issues.push(
        issue(
          'invalid_format',
          [grid.name, `row ${r + 1}`, c === undefined ? what : label(c)],
          { expected: 'decimal number', received: JSON.stringify(at(r, c).slice(0, 20)) },
          locale,
        ),
      );
      return undefined;
    }
    return v;
  };
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const note = merges.at(r, cols[0] as number);
    if (total !== undefined || (note !== undefined && note.c1 > lastLevel)) {
      if ((grid.rows[r] ?? []).some((c) => c?.text.trim())) skipped.push(r + 1);
      continue;
    }
    const texts = levelTexts(ctx, r, cols);
    const own = cols.map((c) => grid.rows[r]?.[c]?.text.trim() ?? '');
    const hasId = written && at(r, col('id')) !== '';
    if (!hasId && own.some((t) => TOTAL.test(normalizeKey(t)))) {
      const [p, s] = [decimal(r, leafPts, '分值'), decimal(r, col('score'), '得分')];
      total = { ...(p !== undefined ? { points: p } : {}), ...(s !== undefined ? { score: s } : {}) };
      continue;
    }
    let deepest = texts.length - 1;
    while (deepest >= 0 && texts[deepest] === '') deepest--;
    if (deepest < 0) {
      if ((grid.rows[r] ?? []).some((c) => c?.text.trim())) skipped.push(r + 1);
      continue;
    }
    const path: string[] = [];
    const origins: number[] = [];
    let bad = false;
    for (let i = 0; i <= deepest; i++) {
      let t = texts[i] as string;
      let origin = merges.at(r, cols[i] as number)?.r0 ?? r;
      if (t === '') {
        const inherit = i < prev.length && path.every((p, j) => p === prev[j]);
        if (inherit) {
          t = prev[i] as string;
          origin = prevOrigins[i] ?? origin;
        } else {
          issues.push(issue('required', [grid.name, `row ${r + 1}`, label(cols[i] as number)], {}, locale));
          bad = true;
          break;
        }
      }
      path.push(t);
      origins.push(origin);
    }
    if (bad) continue;
    prev = path;
    prevOrigins = origins;
    addRow(
      ctx,
      { r, path, deepest, pts, cols, nodes, roots, badRows, origins: written ? origins : undefined },
      () => ({
        points: decimal(r, pts[deepest] ?? leafPts, '分值') ?? '',
        explanation: at(r, col('explanation')),
        standard: at(r, col('standard')),
        ...optional('score', decimal(r, col('score'), '得分')),
        ...optional('deduction', decimal(r, col('deduction'), '扣分')),
        reason: at(r, col('reason')),
        id: at(r, col('id')),
        machine: at(r, col('machine')),
      }),
      decimal,
    );
  }
  const t = title(grid, header.row);
  return { roots, skipped, ...(t !== undefined ? { title: t } : {}), ...(total ? { total } : {}) };
}

function optional<K extends string>(key: K, v: string | undefined): { [P in K]?: string } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: string };
}

interface RowCtx {
  readonly r: number;
  readonly path: readonly string[];
  readonly deepest: number;
  readonly pts: readonly (number | undefined)[];
  readonly cols: readonly number[];
  readonly nodes: Map<string, SheetNode>;
  readonly roots: SheetNode[];
  readonly badRows: ReadonlySet<number>;
  /** Per level, the row where its cell starts (written sheets only: nodes are told apart by it). */
  readonly origins: readonly number[] | undefined;
}

/** Place one row: create missing ancestors, record stated parent points, attach the leaf. */
function addRow(ctx: Ctx, rc: RowCtx, leaf: () => SheetLeaf, decimal: (r: number, c: number | undefined, what: string) => string | undefined): void {
  const { grid, locale, issues, header } = ctx;
  const where = (i: number): string[] => [grid.name, `row ${rc.r + 1}`, header.labels.get(rc.cols[i] as number) ?? ''];
  let parent: SheetNode | undefined;
  const names: string[] = [];
  for (let i = 0; i <= rc.deepest; i++) {
    const parsed = parseLevelName(rc.path[i] as string);
    names.push(parsed.name);
    const key = JSON.stringify(rc.origins ? names.map((nm, j) => [nm, rc.origins?.[j]]) : names);
    let node = rc.nodes.get(key);
    if (node && i === rc.deepest) {
      issues.push(issue('duplicate_id', where(i), { id: names.join(' / ') }, locale));
      return;
    }
    if (node?.leaf) {
      issues.push(issue('invalid_value', where(i), { expected: '一个指标只能是末级指标或上级指标之一', received: parsed.name }, locale));
      return;
    }
    if (!node) {
      node = { name: parsed.name, raw: (rc.path[i] as string).trim(), level: i, row: rc.r + 1, path: names.slice(), children: [] };
      rc.nodes.set(key, node);
      (parent ? parent.children : rc.roots).push(node);
    }
    if (i < rc.deepest) {
      const stated = parsed.points ?? (rc.pts[i] !== undefined && rc.pts[i] !== rc.pts[rc.deepest] ? decimal(rc.r, rc.pts[i], '分值') : undefined);
      if (stated !== undefined && node.statedPoints !== undefined && stated !== node.statedPoints) {
        issues.push(issue('points_mismatch', where(i), { actual: stated, expected: node.statedPoints }, locale));
      }
      if (stated !== undefined) node.statedPoints ??= stated;
    } else {
      node.leaf = leaf();
      if (parsed.points !== undefined && node.leaf.points === '') node.leaf = { ...node.leaf, points: parsed.points };
      if (node.leaf.points === '' && !rc.badRows.has(rc.r)) issues.push(issue('required', [grid.name, `row ${rc.r + 1}`, '分值'], {}, locale));
    }
    parent = node;
  }
}
