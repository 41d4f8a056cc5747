// The batch summary is ranked from typed arrays and its rows are streamed back from a spill file
// (flat memory on 100,000 departments). summary.json must stay byte for byte what `summarizeResults`
// over every record gives (the statement of what the summary is); summary.md, written row by row
// by jixiao/render's Markdown writer, must read back through micromark with exactly those rows.
import type { Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BatchSummaryFile,
  closeAccumulator,
  createAccumulator,
  finishSummary,
  MAX_KEPT_ISSUES,
  recordFailed,
  recordOk,
  type SummaryAccumulator,
  summaryJsonChunks,
} from '../../src/cli/batch/summary.js';
import { summaryMarkdownChunks } from '../../src/cli/batch/summaryMarkdown.js';
import { type BatchRecord, summarizeResults } from '../../src/evaluateMany.js';
import type { EvaluationResult } from '../../src/result.js';

type Dept =
  | {
      readonly ok: true;
      readonly name: string;
      readonly total: string;
      readonly grade: string;
      readonly failed: readonly string[];
      readonly source: string;
      readonly report: string;
    }
  | { readonly ok: false; readonly name: string | undefined; readonly source: string; readonly issues: readonly string[] };

const title = (id: string): string => `规则 ${id} | *标题*`;

function result(d: Extract<Dept, { ok: true }>): EvaluationResult {
  const findings = [
    ...d.failed.map((ruleId) => ({ ruleId, title: title(ruleId), status: 'fail' })),
    { ruleId: 'x.waived', title: 'waived', status: 'fail', waived: { reason: '说明' } },
    { ruleId: 'x.pass', title: 'pass', status: 'pass' },
  ];
  return {
    input: { department: { name: d.name } },
    rules: { findings },
    score: { systemId: 'enyang-2023', total: d.total, max: '100', grade: { label: d.grade, min: '0', assumed: false } },
  } as unknown as EvaluationResult;
}

/** The earlier implementation of summary.json's content (before the spill file). */
function oracleSummary(depts: readonly Dept[]): BatchSummaryFile {
  const records: BatchRecord[] = depts.map((d, index) =>
    d.ok
      ? { index, name: d.name, ok: true, total: d.total, grade: d.grade, failedRules: [...new Set(d.failed)].sort().map((id) => ({ id, title: title(id) })) }
      : { index, name: d.name ?? d.source, ok: false, issue: d.issues[0] ?? '' },
  );
  const s = summarizeResults(records);
  const system = depts.some((d) => d.ok) ? 'enyang-2023' : null;
  return {
    libraryVersion: '1.2.3',
    system,
    format: 'json',
    ...s,
    ranking: s.ranking.map((r) => {
      const d = depts[r.index] as Extract<Dept, { ok: true }>;
      return { ...r, source: d.source, report: d.report, failedRules: [...new Set(d.failed)].sort() };
    }),
    failures: s.failures.map((f) => {
      const d = depts[f.index] as Extract<Dept, { ok: false }>;
      return { ...f, source: d.source, issueCount: d.issues.length, issues: d.issues.slice(0, MAX_KEPT_ISSUES) };
    }),
  };
}

/** The tables of a Markdown document, parsed back by micromark with GFM: each a list of rows of cell texts. */
function tablesOf(md: string): string[][][] {
  const tree = fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const textOf = (node: { type: string; value?: string; children?: unknown[] }): string =>
    node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map((c) => textOf(c as never)).join('');
  return tree.children.filter((n): n is Table => n.type === 'table').map((t) => t.children.map((r) => r.children.map((c) => textOf(c as never))));
}

/**
 * summary.md read back as a reader's parser sees it: the ranking and failures tables hold exactly the
 * summary's rows (text with newlines joined by one space, as a table cell must), in order.
 */
function expectMarkdownHolds(md: string, summary: BatchSummaryFile, zh: boolean): void {
  const one = (v: string | number): string => String(v).replace(/\s*[\r\n]+\s*/g, ' ');
  const tables = tablesOf(md);
  const ranking = summary.ranking.map((d) => [d.rank, d.name, d.total, d.grade, d.failedRules.join(', '), d.report].map(one));
  const failures = summary.failures.map((f) => [f.source, f.issueCount, f.issues.join('; ')].map(one));
  const expected = [
    ranking,
    Object.entries(summary.gradeDistribution).map((r) => r.map(one)),
    summary.mostFailedRules.map((r) => [r.ruleId, r.title, r.departments].map(one)),
    failures,
  ].filter((rows) => rows.length > 0);
  expect(tables.map((t) => t.slice(1))).toEqual(expected);
  expect(md).toContain(zh ? '# 批量评价汇总' : '# Batch evaluation summary');
}

function streamed(depts: readonly Dept[]): { json: string; md: string; en: string } {
  const acc: SummaryAccumulator = createAccumulator();
  try {
    for (const d of depts) {
      if (d.ok) recordOk(acc, result(d), d.source, d.report);
      else recordFailed(acc, d.source, d.name, d.issues);
    }
    const s = finishSummary(acc, '1.2.3', 'json');
    // Each file iterates the rows again, as `jixiao batch` does.
    return { json: [...summaryJsonChunks(s)].join(''), md: [...summaryMarkdownChunks(s, 'zh-CN')].join(''), en: [...summaryMarkdownChunks(s, 'en')].join('') };
  } finally {
    closeAccumulator(acc);
  }
}

function expectSameAsBefore(depts: readonly Dept[]): void {
  const want = oracleSummary(depts);
  const got = streamed(depts);
  expect(got.json).toBe(`${JSON.stringify(want, null, 2)}\n`);
  expectMarkdownHolds(got.md, want, true);
  expectMarkdownHolds(got.en, want, false);
}

// Totals with ties written differently ('98' and '98.0'), and decimals a double cannot tell apart.
const TOTALS = [
  '98',
  '98.0',
  '98.00',
  '85.5',
  '100',
  '0',
  '0.00',
  '-0',
  '59.99',
  '60',
  '1e2',
  '12.3456789012345678901',
  '12.34567890123456789',
  '12.345678901234567890',
  '12.3456789012345678',
];
const GRADES = ['优秀', '良好', '中', '差', '1'];
const RULES = ['a.one', 'b.two', 'c|three', 'd.four'];
const cellText = fc.string({ unit: fc.constantFrom('a', '甲', '|', '*', '_', '\\', '\n', ' ', '`', '<', '#', '1', '.', '-', '"'), maxLength: 12 });

const okDept: fc.Arbitrary<Dept> = fc.record({
  ok: fc.constant(true as const),
  name: cellText,
  total: fc.constantFrom(...TOTALS),
  grade: fc.constantFrom(...GRADES),
  failed: fc.array(fc.constantFrom(...RULES), { maxLength: 5 }),
  source: cellText,
  report: cellText,
});
const failedDept: fc.Arbitrary<Dept> = fc.record({
  ok: fc.constant(false as const),
  name: fc.option(cellText, { nil: undefined }),
  source: cellText,
  issues: fc.array(cellText, { maxLength: 8 }),
});

describe('streamed batch summary', () => {
  it('writes summary.json and summary.md exactly as the in-memory implementation did (random batches)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 4, arbitrary: okDept }, { weight: 1, arbitrary: failedDept }), { maxLength: 40 }), (depts) =>
        expectSameAsBefore(depts),
      ),
      { numRuns: 150 },
    );
  });

  it('is identical across table chunks and the spill buffer: 3,000 departments with ties, failures and long names', () => {
    const depts: Dept[] = Array.from({ length: 3000 }, (_, i) =>
      i % 97 === 5
        ? { ok: false, name: i % 2 ? `坏|${i}` : undefined, source: `b.ndjson:${i + 1}`, issues: Array.from({ length: i % 9 }, (_, k) => `问题 ${k}\n第二行`) }
        : {
            ok: true,
            name: `部门 ${i} ${'名'.repeat(i % 50)} |*`,
            total: TOTALS[(i * 7) % TOTALS.length] as string,
            grade: GRADES[i % 3] as string,
            failed: RULES.filter((_, k) => (i >> k) & 1),
            source: `b.ndjson:${i + 1}`,
            report: `line-${i + 1}.json`,
          },
    );
    expectSameAsBefore(depts);
  });

  it('ranks ties by input order with a shared rank, across skipped departments and equal totals written differently', () => {
    const ok = (name: string, total: string): Dept => ({ ok: true, name, total, grade: '优秀', failed: [], source: `${name}.json`, report: `${name}.md` });
    const depts: Dept[] = [
      ok('a', '90'),
      { ok: false, name: 'x', source: 'x.json', issues: [] },
      ok('b', '98.0'),
      ok('c', '98'),
      ok('d', '12.34567890123456789'),
      ok('e', '12.345678901234567891'),
      ok('f', '100'),
    ];
    const acc = createAccumulator();
    try {
      for (const d of depts) {
        if (d.ok) recordOk(acc, result(d), d.source, d.report);
        else recordFailed(acc, d.source, d.name, d.issues);
      }
      const s = finishSummary(acc, '1', 'json');
      expect([...s.ranking].map((r) => [r.rank, r.name, r.index])).toEqual([
        [1, 'f', 6],
        [2, 'b', 2],
        [2, 'c', 3],
        [4, 'a', 0],
        [5, 'e', 5],
        [6, 'd', 4],
      ]);
      expect([...s.failures]).toEqual([{ index: 1, name: 'x', issue: '', source: 'x.json', issueCount: 0, issues: [] }]);
    } finally {
      closeAccumulator(acc);
    }
    expectSameAsBefore(depts);
  });

  it('empty batch', () => expectSameAsBefore([]));
});
