/** Cells of 附表2: each finding's verdict and the values its leaves compared, formatted by fact type. */
import type { Finding, LeafResult } from '../../rules/types.js';
import { formatExact, formatPercent } from '../format/number.js';
import type { Ctx } from '../internal/context.js';
import type { TableRow } from '../types.js';

type Kind = 'money' | 'ratio' | 'count' | 'number' | 'boolean' | 'text' | undefined;

function kindOf(ctx: Ctx, fact: string | undefined): Kind {
  if (fact === undefined) return undefined;
  const f = ctx.result.facts.values[fact];
  if (f) return f.type;
  return fact.startsWith('ratio.') ? 'ratio' : undefined;
}

/** One value as printed: money with 万元, ratios as percentages, booleans as 是/否. @internal */
export function formatValue(ctx: Ctx, value: unknown, kind: Kind): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? ctx.labels.yes : ctx.labels.no;
  if (Array.isArray(value)) return value.map((v) => formatValue(ctx, v, kind)).join(ctx.labels.itemSeparator);
  const s = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(s)) return ctx.text(s);
  if (kind === 'money') return `${formatExact(s)}${ctx.labels.moneySuffix}`;
  if (kind === 'ratio') return formatPercent(s);
  return s;
}

/**
 * Operator symbols of the rule engine (src/rules/operators.ts). Kept here rather than imported:
 * the render layer reads result types only; an unknown operator prints its name.
 */
const OPS: Readonly<Record<string, string>> = { eq: '=', lt: '<', lte: '≤', gt: '>', gte: '≥', between: '∈', in: '∈' };
const NO_OPERAND: ReadonlySet<string> = new Set(['isTrue', 'isFalse', 'available']);

function expectedCell(ctx: Ctx, leaf: LeafResult, kind: Kind): string {
  if (NO_OPERAND.has(leaf.op)) return ctx.labels.noOperand[leaf.op as 'isTrue' | 'isFalse' | 'available'];
  if (leaf.expected === null) return '—';
  return `${OPS[leaf.op] ?? leaf.op}\u00a0${formatValue(ctx, leaf.expected, kind)}`;
}

/** Input text set into a label: with the Chinese punctuation pass where the labels ask for it. */
const inputText = (ctx: Ctx, text: string): string => (ctx.labels.punctuateInput ? ctx.text(text) : text);

/** A reference as printed: document, then article. */
const refText = (r: Finding['refs'][number]): string => `${r.doc}${r.article ? ` ${r.article}` : ''}`;

function leafCells(ctx: Ctx, leaf: LeafResult): [string, string, string] {
  const kind = kindOf(ctx, leaf.fact);
  const expectedKind = kindOf(ctx, leaf.expectedFact) ?? kind;
  const reason = leaf.reason ? `—${ctx.labels.aside(inputText(ctx, leaf.reason))}` : undefined;
  const actual = leaf.actual === null && reason ? reason : formatValue(ctx, leaf.actual, kind);
  const expected = expectedCell(ctx, leaf, expectedKind);
  const tol = leaf.tolerance !== undefined ? ` ±${formatValue(ctx, leaf.tolerance, kind)}` : '';
  const diff = leaf.difference !== undefined ? `${formatValue(ctx, leaf.difference, kind)}${tol}` : '—';
  return [actual, expected, diff];
}

/** The leaves that explain the verdict: the failing ones of a failed rule, the passing ones of a passed rule, else all. */
function shownLeaves(f: Finding): readonly LeafResult[] {
  if (f.status !== 'fail' && f.status !== 'pass') return f.leaves;
  const decisive = f.leaves.filter((l) => l.passed === (f.status === 'pass'));
  return decisive.length > 0 ? decisive : f.leaves;
}

function statusCell(ctx: Ctx, f: Finding): string {
  const L = ctx.labels;
  const extra = [f.waived ? L.waived(ctx.text(f.waived.reason)) : undefined, f.note === 'rounding' ? L.rounding : undefined].filter(
    (x): x is string => x !== undefined,
  );
  return `${L.statuses[f.status]}${extra.length ? L.aside(extra.join(L.listSeparator)) : ''}`;
}

/** One row per finding. @internal */
export function findingRows(ctx: Ctx): TableRow[] {
  const sep = ctx.labels.listSeparator;
  return ctx.result.rules.findings.map((f) => {
    const leaves = shownLeaves(f).map((l) => leafCells(ctx, l));
    const col = (i: 0 | 1 | 2): string => (leaves.length ? leaves.map((c) => c[i]).join(sep) : '—');
    const id = `${f.ruleId}${f.key ? `[${f.key}]` : ''}`;
    const refs = [...new Set(f.refs.map(refText))].join(sep) || '—';
    return {
      cells: [
        `${inputText(ctx, f.title)}${ctx.labels.aside(id)}`,
        ctx.labels.severities[f.severity],
        statusCell(ctx, f),
        col(0),
        col(1),
        col(2),
        ctx.text(refs),
      ],
    };
  });
}
