/**
 * 存在问题 and 改进建议 generated from the failed checks: one paragraph per area (收支核算,
 * “三公”经费管理 …) in plain words, one suggestion per area, from the message tables.
 */
import { codeName } from '../../model/catalog/lookup.js';
import { THREE_PUBLIC_NAMES, type ThreePublicItem } from '../../model/schema/threePublicFunds.js';
import type { Finding, LeafResult } from '../../rules/types.js';
import { type ClauseValues, findingClause } from '../../shared/messages/findingWording.js';
import type { ReportArea } from '../../shared/messages/reportWording.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import { formatPercent } from '../format/number.js';
import { moneyWords } from '../internal/moneyWords.js';
import { annexLabelsFor } from '../internal/annexLabels.js';
import { type Ctx, statedKeyLabel } from '../internal/context.js';

/** The area of a rule, by its tags (an identity check is 收支核算 whatever else it touches). */
const AREA_BY_TAG: readonly (readonly [string, ReportArea])[] = [
  ['three-public', 'threePublic'],
  ['staffing', 'staffing'],
  ['disclosure', 'disclosure'],
  ['procurement', 'procurement'],
  ['identity', 'accounts'],
  ['stated-total', 'accounts'],
  ['detail', 'accounts'],
  ['carry-over', 'carryOver'],
];

/** The area a finding is reported under. @internal */
export function areaOf(f: Finding): ReportArea {
  for (const [tag, area] of AREA_BY_TAG) if (f.tags.includes(tag) || f.ruleId.startsWith(`${tag}.`)) return area;
  return f.category === 'balance' || f.category === 'consistency' ? 'accounts' : 'other';
}

/** Open failures (not waived) of severity error or warning: the problems of the report. @internal */
export function openProblems(ctx: Ctx): Finding[] {
  return ctx.result.rules.findings.filter((f) => f.status === 'fail' && !f.waived && f.severity !== 'info');
}

/** A leaf value in words: money with its unit, ratios as percentages, counts as they are. */
function value(ctx: Ctx, leaf: LeafResult, v: unknown): string {
  if (typeof v !== 'string') return typeof v === 'boolean' ? (v ? ctx.labels.yes : ctx.labels.no) : '—';
  if (leaf.valueType === 'money') return moneyWords(ctx.locale, v);
  if (leaf.valueType === 'ratio') return formatPercent(v);
  return v;
}

/** The failed leaf a sentence is about: a comparison with another figure first, else the first failed one. */
function mainLeaf(f: Finding): LeafResult | undefined {
  const failed = f.leaves.filter((l) => !l.passed && l.stage !== 'when');
  return failed.find((l) => l.expectedFact !== undefined && l.expected !== null) ?? failed[0];
}

/** The staff categories a staffing rule names (the annex's names for them). */
const STAFF_KEYS: ReadonlySet<string> = new Set(['civilServant', 'institution', 'logistics']);

/** The name of a finding's key in words: a 三公 item, a class, a stated total's own label, a staff category. */
function keyName(ctx: Ctx, f: Finding): string {
  const key = f.key;
  if (key === undefined) return '';
  const en = ctx.locale === 'en';
  if (f.ruleId.startsWith('three-public.')) {
    return (en ? ruleMessages('en').threePublicItems?.[key] : undefined) ?? THREE_PUBLIC_NAMES[key as ThreePublicItem] ?? key;
  }
  if (f.ruleId === 'expenditure.functional.stated-equals-lines') return codeName('functional', key);
  if (f.ruleId === 'expenditure.economic.stated-equals-lines') return codeName('economic', key);
  if (f.ruleId.startsWith('staffing.') && STAFF_KEYS.has(key)) return annexLabelsFor(ctx.locale).staffCategories[key] as string;
  return statedKeyLabel(ctx, key) ?? key;
}

/** The clause of one failed check, in plain words. @internal */
export function problemClause(ctx: Ctx, f: Finding): string {
  const leaf = mainLeaf(f);
  const a = leaf ? value(ctx, leaf, leaf.actual) : '';
  const b = leaf ? value(ctx, leaf, leaf.expected) : '';
  const diff = leaf?.difference?.replace(/^-/u, '');
  const d = leaf && diff !== undefined ? value(ctx, leaf, diff) : '';
  const values: ClauseValues = { name: keyName(ctx, f), a, b, d };
  // Without a budget the item is checked against 0: say so, not "超过年初预算0.00万元".
  const ruleId = f.ruleId === 'three-public.item.within-budget' && leaf?.expectedFact === undefined ? 'three-public.item.without-budget' : f.ruleId;
  return findingClause(ctx.locale, ruleId, ctx.text(f.title), values);
}

/** The areas with open problems, in order of first appearance, with their clauses (duplicates once). @internal */
export function problemAreas(ctx: Ctx): { readonly area: ReportArea; readonly clauses: readonly string[]; readonly errors: number }[] {
  const out: { area: ReportArea; clauses: string[]; errors: number; seen: Set<string> }[] = [];
  for (const f of openProblems(ctx)) {
    const area = areaOf(f);
    let entry = out.find((e) => e.area === area);
    if (!entry) {
      entry = { area, clauses: [], errors: 0, seen: new Set() };
      out.push(entry);
    }
    if (f.severity === 'error') entry.errors++;
    // Two checks of the same comparison (a ledger identity and the stated total it repeats) say it once.
    const leaf = mainLeaf(f);
    const same = leaf ? `${leaf.op}|${String(leaf.actual)}|${JSON.stringify(leaf.expected)}` : f.ruleId;
    if (entry.seen.has(same)) continue;
    entry.seen.add(same);
    entry.clauses.push(problemClause(ctx, f));
  }
  return out.map(({ area, clauses, errors }) => ({ area, clauses, errors }));
}
