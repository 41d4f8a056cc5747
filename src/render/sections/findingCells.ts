/**
 * 附表2 合规性审核结果 as a reader uses it: the exceptions first (failed, then undecided and suspect
 * checks), each in plain words with its document basis; then the passed checks as one compact table
 * (one row per rule, its items listed); then the checks that did not apply, with the reason worded as
 * the data say it (报告未列… / 本年度无此类事项). Rule ids and tolerances go only into each row's
 * `data` (HTML `data-rule-id`) and stay in the JSON result: never in the printed text.
 */
import { codeName } from '../../model/catalog/lookup.js';
import { THREE_PUBLIC_NAMES } from '../../model/schema/threePublicFunds.js';
import type { Finding, LeafResult } from '../../rules/types.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import { formatExact, formatPercent } from '../format/number.js';
import { type AnnexLabels, annexLabelsFor } from '../internal/annexLabels.js';
import { type Ctx, para, statedKeyLabel } from '../internal/context.js';
import type { ReportBlock, TableBlock, TableRow } from '../types.js';

type Kind = 'money' | 'ratio' | 'count' | 'number' | 'boolean' | 'text' | undefined;

function kindOf(ctx: Ctx, fact: string | undefined, leaf?: LeafResult): Kind {
  if (leaf?.valueType) return leaf.valueType;
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

/** A difference without its sign (the sentence says which way). */
const magnitude = (s: string): string => (s.startsWith('-') ? s.slice(1) : s);

/** Input text set into a label: with the Chinese punctuation pass where the labels ask for it. */
const inputText = (ctx: Ctx, text: string): string => (ctx.labels.punctuateInput ? ctx.text(text) : text);

/** The item a keyed finding is about, in words: 公务接待费, 201 一般公共服务支出, 部门预算, a stated part's label, else its key. */
function keyName(ctx: Ctx, A: AnnexLabels, f: Finding): string | undefined {
  const key = f.key;
  if (key === undefined) return undefined;
  const three: Readonly<Record<string, string>> = ruleMessages(ctx.locale).threePublicItems ?? THREE_PUBLIC_NAMES;
  if (Object.hasOwn(three, key)) return three[key];
  if (Object.hasOwn(A.disclosureKinds, key)) return A.disclosureKinds[key];
  if (Object.hasOwn(A.staffCategories, key)) return A.staffCategories[key];
  if (/^\d{3,7}$/.test(key)) {
    const kind = f.ruleId.includes('economic') ? 'economic' : f.ruleId.includes('functional') ? 'functional' : undefined;
    return kind && ctx.locale !== 'en' ? `${key} ${codeName(kind, key)}`.trim() : key;
  }
  // An item the report names in no other way keeps its key (an input id, not a rule id).
  return statedKeyLabel(ctx, key) ?? inputText(ctx, key);
}

/** The finding's title with its item: `各项“三公”经费实际支出不超过预算（公务接待费）`. */
function titleOf(ctx: Ctx, A: AnnexLabels, f: Finding): string {
  const name = keyName(ctx, A, f);
  return name !== undefined ? A.keyed(inputText(ctx, f.title), name) : inputText(ctx, f.title);
}

/** The rule id with its key, as the JSON result names the finding. */
const findingId = (f: Finding): string => `${f.ruleId}${f.key !== undefined ? `[${f.key}]` : ''}`;

/**
 * The document basis: the rule's references without the library's own method notes (`jixiao：…`,
 * which belong to docs/rules.md and the JSON result), an article only when it is one (第…条).
 */
function basisOf(ctx: Ctx, A: AnnexLabels, f: Finding): string {
  const docs = f.refs.filter((r) => !/^jixiao\b/i.test(r.doc)).map((r) => `${r.doc}${r.article && /^第/u.test(r.article) ? r.article : ''}`);
  const unique = [...new Set(docs)];
  return unique.length > 0 ? ctx.text(unique.join(ctx.labels.listSeparator)) : A.ownFigures;
}

/** The leaves that explain a failed check: failing `check` leaves, those comparing two values first. */
function failingLeaves(f: Finding): readonly LeafResult[] {
  const failing = f.leaves.filter((l) => l.stage !== 'when' && !l.passed);
  const compared = failing.filter((l) => l.expectedFact !== undefined && l.expected !== null && l.reason === undefined);
  if (compared.length > 0) return compared;
  const valued = failing.filter((l) => l.expected !== null || l.reason !== undefined);
  return valued.length > 0 ? valued : failing;
}

/** Whether a comparison sets a stated figure against the one computed from its parts (lines, parts, ledger). */
const isComputedSide = (l: LeafResult): boolean => !l.fact.includes('computed') && /\.(lines|parts|ledger|computed)$/.test(l.expectedFact ?? '');

/** A failed comparison in plain words. */
function failedLeafText(ctx: Ctx, A: AnnexLabels, l: LeafResult): string {
  if (l.reason !== undefined && l.actual === null) return inputText(ctx, l.reason);
  const kind = kindOf(ctx, l.fact, l);
  const a = formatValue(ctx, l.actual, kind);
  const e = formatValue(ctx, l.expected, kindOf(ctx, l.expectedFact, l) ?? kind);
  const d = l.difference !== undefined ? formatValue(ctx, magnitude(l.difference), kind) : undefined;
  switch (l.op) {
    case 'lte':
      return d !== undefined ? A.over(a, e, d) : A.notBelow(a, e);
    case 'lt':
      return A.notBelow(a, e);
    case 'gte':
      return d !== undefined ? A.under(a, e, d) : A.notAbove(a, e);
    case 'gt':
      return A.notAbove(a, e);
    case 'eq':
      if (l.expectedFact === undefined || d === undefined) return A.shouldBe(a, e);
      return isComputedSide(l) ? A.differs(a, e, d) : A.apart(a, e, d);
    case 'between':
    case 'in':
      return A.outside(a, e);
    case 'isTrue':
      return A.shouldBe(a, ctx.labels.yes);
    case 'isFalse':
      return A.shouldBe(a, ctx.labels.no);
    default:
      return l.reason !== undefined ? inputText(ctx, l.reason) : A.shouldBe(a, e);
  }
}

/** What was found, for an exception row. */
function situation(ctx: Ctx, A: AnnexLabels, f: Finding): string {
  const sep = ctx.labels.listSeparator;
  if (f.status === 'pass') {
    const suspect = f.leaves.filter((l) => l.beyondTypicalRounding === true);
    return suspect
      .map((l) => {
        const kind = kindOf(ctx, l.fact, l);
        const typical = l.typicalRounding !== undefined ? formatValue(ctx, l.typicalRounding, kind) : undefined;
        const by = formatValue(ctx, magnitude(l.difference ?? '0'), kind);
        return A.suspect(formatValue(ctx, l.actual, kind), formatValue(ctx, l.expected, kind), by, typical);
      })
      .join(sep);
  }
  if (f.status === 'error') {
    const reasons = f.leaves.flatMap((l) => (l.reason !== undefined ? [inputText(ctx, l.reason)] : []));
    return reasons.length > 0 ? [...new Set(reasons)].join(sep) : '—';
  }
  const texts = failingLeaves(f).map((l) => failedLeafText(ctx, A, l));
  return texts.length > 0 ? [...new Set(texts)].join(sep) : '—';
}

function verdict(ctx: Ctx, A: AnnexLabels, f: Finding): string {
  if (f.status === 'fail') return f.waived ? `${A.failMark}${ctx.labels.listSeparator}${A.waivedMark(ctx.text(f.waived.reason))}` : A.failMark;
  return f.status === 'error' ? A.errorMark : A.suspectMark;
}

/**
 * Why a check did not apply, as the data say it: a figure the report does not give (`报告未列…`), a
 * condition that does not hold this year (本年度无此类事项), or nothing to check. The rules' wording
 * "缺少…数据" (which reads as if the department withheld data) becomes "报告未列…"; configuration
 * hints for the library's caller ("（可通过 thresholds 选项提供）") are left to the JSON result.
 */
function notApplicableReason(ctx: Ctx, A: AnnexLabels, f: Finding): string {
  const withReason = f.leaves.find((l) => l.reason !== undefined && l.actual === null) ?? f.leaves.find((l) => l.reason !== undefined);
  if (withReason?.reason !== undefined) {
    const reason = inputText(ctx, withReason.reason)
      .replace(/[（(]可通过[^）)]*[）)]/gu, '')
      .replace(/^缺少(.+?)(?:数据)?$/u, '报告未列$1');
    return A.notGiven(reason);
  }
  if (f.leaves.some((l) => l.stage === 'when' && !l.passed) || f.leaves.length > 0) return A.noSuchMatter;
  return A.noItems;
}

const isSuspect = (f: Finding): boolean => f.status === 'pass' && f.note === 'suspect';

/** Exceptions in reading order: failed, failed but waived, undecided, suspect; rule order within each. */
function exceptions(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding): number => (f.status === 'fail' ? (f.waived ? 1 : 0) : f.status === 'error' ? 2 : 3);
  return findings
    .filter((f) => f.status === 'fail' || f.status === 'error' || isSuspect(f))
    .map((f, i) => ({ f, i }))
    .sort((x, y) => rank(x.f) - rank(y.f) || x.i - y.i)
    .map((x) => x.f);
}

function exceptionsTable(ctx: Ctx, A: AnnexLabels, list: readonly Finding[]): TableBlock {
  return {
    kind: 'table',
    id: 'tbl-findings',
    caption: A.exceptionsCaption,
    columns: [
      { label: A.item, align: 'left', width: '26%' },
      { label: A.severity, align: 'center', width: '9%' },
      { label: A.verdict, align: 'center', width: '13%' },
      { label: A.situation, align: 'left', width: '30%' },
      { label: A.basis, align: 'left', width: '22%' },
    ],
    rows: list.map((f) => ({
      cells: [titleOf(ctx, A, f), ctx.labels.severities[f.ruleSeverity ?? f.severity], verdict(ctx, A, f), situation(ctx, A, f), basisOf(ctx, A, f)],
      ...(f.status === 'fail' && !f.waived ? { alert: true } : {}),
      data: { 'rule-id': findingId(f) },
    })),
  };
}

/** Findings grouped by rule, in first-seen order. */
function byRule(list: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of list) {
    const g = groups.get(f.ruleId);
    if (g) g.push(f);
    else groups.set(f.ruleId, [f]);
  }
  return [...groups.values()];
}

function passedTable(ctx: Ctx, A: AnnexLabels, list: readonly Finding[]): TableBlock {
  const rows: TableRow[] = byRule(list).map((g) => {
    const first = g[0] as Finding;
    const keys = g.flatMap((f) => {
      const k = keyName(ctx, A, f);
      return k !== undefined ? [k] : [];
    });
    const title = `${inputText(ctx, first.title)}${keys.length > 0 ? A.items(keys) : ''}`;
    const rounding = g.filter((f) => f.note === 'rounding').length;
    return { cells: [title, A.passedCount(g.length, rounding), basisOf(ctx, A, first)], data: { 'rule-id': first.ruleId } };
  });
  return {
    kind: 'table',
    id: 'tbl-findings-passed',
    caption: A.passedCaption,
    columns: [
      { label: A.item, align: 'left', width: '46%' },
      { label: A.count, align: 'left', width: '22%' },
      { label: A.basis, align: 'left', width: '32%' },
    ],
    rows,
  };
}

function notApplicableTable(ctx: Ctx, A: AnnexLabels, list: readonly Finding[]): TableBlock {
  const groups = new Map<string, { titles: string[]; ids: string[] }>();
  for (const f of list) {
    const reason = notApplicableReason(ctx, A, f);
    const g = groups.get(reason) ?? { titles: [], ids: [] };
    g.titles.push(titleOf(ctx, A, f));
    g.ids.push(findingId(f));
    groups.set(reason, g);
  }
  return {
    kind: 'table',
    id: 'tbl-findings-na',
    caption: A.notApplicableCaption,
    columns: [
      { label: A.item, align: 'left', width: '55%' },
      { label: A.reason, align: 'left', width: '45%' },
    ],
    rows: [...groups.entries()].map(([reason, g]) => ({ cells: [g.titles.join(ctx.labels.listSeparator), reason], data: { 'rule-id': g.ids.join(' ') } })),
  };
}

/** The blocks of 附表2: the count sentence, then the exceptions, passed and not-applicable tables (each when not empty). @internal */
export function findingsBlocks(ctx: Ctx): ReportBlock[] {
  const A = annexLabelsFor(ctx.locale);
  const all = ctx.result.rules.findings;
  const ex = exceptions(all);
  const passed = all.filter((f) => f.status === 'pass' && !isSuspect(f));
  const na = all.filter((f) => f.status === 'not_applicable');
  const fail = all.filter((f) => f.status === 'fail' && !f.waived).length;
  const blocks: ReportBlock[] = [para(A.findingsSummary({ total: all.length, fail, attention: ex.length - fail, pass: passed.length, na: na.length }))];
  if (ctx.labels.findingsNote) blocks.push(para(ctx.labels.findingsNote));
  blocks.push(ex.length > 0 ? exceptionsTable(ctx, A, ex) : para(A.noExceptions));
  if (passed.length > 0) blocks.push(passedTable(ctx, A, passed));
  if (na.length > 0) blocks.push(notApplicableTable(ctx, A, na));
  return blocks;
}
