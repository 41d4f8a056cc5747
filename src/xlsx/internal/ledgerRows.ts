import type { Issue, Locale } from '../../shared/issues.js';
import { addMoney, type Money, type MoneyUnit } from '../../model/money/money.js';
import type { LedgerColumn } from '../aliases.js';
import { type AmountCell, readAmountCell } from './amount.js';
import { type AllowUnknown, readCodeCell } from './codes.js';
import type { Grid } from './grid.js';
import type { HeaderMatch } from './headers.js';
import { issue } from './issue.js';
import { filledText, type MergeIndex } from './merges.js';
import { normalizeKey } from './text.js';

type Nature = 'basic' | 'project';
type Line = { functional: string; economic: string; amount: Money; nature: Nature; project?: string; label?: string };

/** Expenditure rows sorted into lines, stated subtotals and the total. @internal */
export interface ExpenditureRows {
  readonly lines: Line[];
  readonly byFunctional: { code: string; amount: Money }[];
  readonly byEconomic: { code: string; amount: Money }[];
  readonly statedTotal?: Money;
  readonly precision: number;
  readonly subtotals: { sheet: string; row: number; functional: string; economic: string }[];
}

interface Ctx {
  readonly unit: MoneyUnit;
  readonly allow: AllowUnknown;
  readonly nature: Nature | undefined;
  readonly locale: Locale;
}

const TOTAL = /^(?:合计|总计|本年支出合计|支出合计|合计数|总合计)$/;
const NATURE: Readonly<Record<string, Nature>> = { 基本: 'basic', 基本支出: 'basic', basic: 'basic', 项目: 'project', 项目支出: 'project', project: 'project' };

/** Mark (functional, economic) pairs that have a more detailed pair under them: those rows are subtotals. */
function parentPairs(lines: readonly { functional: string; economic: string }[]): Set<string> {
  const parents = new Set<string>();
  for (const l of lines) {
    for (const f of [3, 5, 7]) {
      for (const e of [3, 5]) {
        if (f > l.functional.length || e > l.economic.length) continue;
        const [pf, pe] = [l.functional.slice(0, f), l.economic.slice(0, e)];
        if (pf !== l.functional || pe !== l.economic) parents.add(`${pf}/${pe}`);
      }
    }
  }
  return parents;
}

/** Read the data rows of an expenditure table. Bad cells go to `issues`. @internal */
export function readExpenditure(grid: Grid, merges: MergeIndex, header: HeaderMatch<LedgerColumn>, ctx: Ctx, issues: Issue[]): ExpenditureRows {
  const col = (role: LedgerColumn): number | undefined => header.columns.get(role)?.[0];
  const label = (c: number): string => header.labels.get(c) ?? String(c);
  const [fCol, eCol, fnCol, enCol] = [col('functionalCode'), col('economicCode'), col('functionalName'), col('economicName')];
  const [amountCol, basicCol, projectCol, natureCol, projectNameCol] = [col('amount'), col('basic'), col('project'), col('nature'), col('projectName')];
  const split = basicCol !== undefined || projectCol !== undefined;
  const out: ExpenditureRows & { lines: Line[]; statedTotal?: Money } = { lines: [], byFunctional: [], byEconomic: [], precision: 0, subtotals: [] };
  let precision = 0;
  if (!split && natureCol === undefined && ctx.nature === undefined) {
    issues.push(
      issue(
        'missing_column',
        [grid.name, `row ${header.row + 1}`],
        { column: '支出性质 / 基本支出 / 项目支出', expected: '基本支出、项目支出、支出性质（或传入 nature 选项）' },
        ctx.locale,
      ),
    );
    return out;
  }
  const rows: { r: number; line: Line }[] = [];
  const text = (r: number, c: number | undefined): string => (c === undefined ? '' : filledText(grid, merges, r, c));
  const amountAt = (r: number, c: number): AmountCell => {
    const a = readAmountCell(grid.rows[r]?.[c], ctx.unit, [grid.name, `row ${r + 1}`, label(c)], ctx.locale);
    if (a.kind === 'bad') issues.push(a.issue);
    if (a.kind === 'value') precision = Math.max(precision, a.decimals);
    return a;
  };
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const texts = [text(r, fCol), text(r, fnCol), text(r, eCol), text(r, enCol)];
    if (texts.some((t) => TOTAL.test(normalizeKey(t)))) {
      const c = amountCol ?? basicCol;
      const a = c === undefined ? undefined : amountAt(r, c);
      if (a?.kind === 'value') out.statedTotal = a.value;
      continue;
    }
    const f = readCodeCell('functional', texts[0] as string, [grid.name, `row ${r + 1}`, fCol === undefined ? '' : label(fCol)], ctx.allow, ctx.locale, issue);
    const e = readCodeCell('economic', texts[2] as string, [grid.name, `row ${r + 1}`, eCol === undefined ? '' : label(eCol)], ctx.allow, ctx.locale, issue);
    if (f.kind === 'bad') issues.push(f.issue);
    if (e.kind === 'bad') issues.push(e.issue);
    if (f.kind !== 'code' && e.kind !== 'code') continue;
    const parts: { nature: Nature; a: AmountCell }[] = [];
    if (split) {
      if (basicCol !== undefined) parts.push({ nature: 'basic', a: amountAt(r, basicCol) });
      if (projectCol !== undefined) parts.push({ nature: 'project', a: amountAt(r, projectCol) });
    } else if (amountCol !== undefined) {
      const n = natureCol === undefined ? ctx.nature : (NATURE[normalizeKey(text(r, natureCol))] ?? (text(r, natureCol) === '' ? ctx.nature : undefined));
      const a = amountAt(r, amountCol);
      // A stated subtotal (one code only) has no nature of its own: only its amount is kept.
      const subtotal = f.kind !== 'code' || e.kind !== 'code';
      if (n === undefined && (!subtotal || text(r, natureCol as number) !== '')) {
        if (a.kind === 'value')
          issues.push(
            issue(
              'invalid_value',
              [grid.name, `row ${r + 1}`, label(natureCol as number)],
              { expected: '基本 | 项目 | basic | project', received: JSON.stringify(text(r, natureCol).slice(0, 20)) },
              ctx.locale,
            ),
          );
        continue;
      }
      parts.push({ nature: n ?? 'basic', a });
    }
    if (split && amountCol !== undefined && parts.every((p) => p.a.kind === 'blank')) {
      const a = amountAt(r, amountCol);
      if (a.kind === 'value')
        issues.push(
          issue(
            'invalid_value',
            [grid.name, `row ${r + 1}`, label(amountCol)],
            { expected: `${label(basicCol ?? (projectCol as number))} …`, received: a.value },
            ctx.locale,
          ),
        );
    }
    const values = parts.filter((p): p is { nature: Nature; a: Extract<AmountCell, { kind: 'value' }> } => p.a.kind === 'value');
    if (f.kind === 'code' && e.kind === 'code') {
      const label2 = e.name || text(r, enCol);
      const project = text(r, projectNameCol);
      for (const p of values) {
        rows.push({
          r,
          line: {
            functional: f.code,
            economic: e.code,
            amount: p.a.value,
            nature: p.nature,
            ...(project ? { project } : {}),
            ...(label2 ? { label: label2 } : {}),
          },
        });
      }
    } else if (values.length > 0) {
      const amount = amountCol !== undefined && split ? amountAt(r, amountCol) : undefined;
      const total = amount?.kind === 'value' ? amount.value : addMoney(values.map((p) => p.a.value));
      (f.kind === 'code' ? out.byFunctional : out.byEconomic).push({ code: f.kind === 'code' ? f.code : (e as { code: string }).code, amount: total });
    }
  }
  const parents = parentPairs(rows.map((x) => x.line));
  for (const { r, line } of rows) {
    if (parents.has(`${line.functional}/${line.economic}`))
      out.subtotals.push({ sheet: grid.name, row: r + 1, functional: line.functional, economic: line.economic });
    else out.lines.push(line);
  }
  return { ...out, subtotals: dedupe(out.subtotals), precision };
}

function dedupe<T extends { row: number }>(xs: T[]): T[] {
  const seen = new Set<number>();
  return xs.filter((x) => (seen.has(x.row) ? false : (seen.add(x.row), true)));
}
