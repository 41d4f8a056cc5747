// The batch summary is ranked from typed arrays and its rows are streamed back from a spill file
// (flat memory on 100,000 departments). Its files must stay byte for byte what the earlier
// in-memory implementation wrote: that implementation — `summarizeResults` over every record,
// joined with sources and reports, `JSON.stringify(summary, null, 2)` and one mdast tree for
// summary.md — is kept here as the oracle.
import type { Root, RootContent, TableRow, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
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

/** The earlier summary.md: the whole document as one mdast tree. */
function oracleMarkdown(summary: BatchSummaryFile, locale: 'zh-CN' | 'en'): string {
  const zh = locale === 'zh-CN';
  const text = (value: string | number): Text => ({ type: 'text', value: String(value).replace(/[\r\n]+/g, ' ') });
  const row = (cells: readonly (string | number)[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: [text(c)] })),
  });
  const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]): RootContent =>
    rows.length === 0 ? { type: 'paragraph', children: [text(zh ? '无。' : 'None.')] } : { type: 'table', children: [row(head), ...rows.map(row)] };
  const heading = (depth: 1 | 2, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
  const t = zh
    ? {
        title: '批量评价汇总',
        counts: `共 ${summary.evaluated + summary.failed} 个部门：成功 ${summary.evaluated} 个，失败 ${summary.failed} 个。`,
        system: '指标体系',
        h: ['排名', '等级分布', '未通过次数最多的规则', '评价失败的部门'],
        rank: ['排名', '部门', '得分', '等级', '未通过规则', '报告'],
        grade: ['等级', '部门数'],
        rule: ['规则', '名称', '部门数'],
        failed: ['来源', '问题数', '问题（前几项）'],
      }
    : {
        title: 'Batch evaluation summary',
        counts: `${summary.evaluated + summary.failed} departments: ${summary.evaluated} evaluated, ${summary.failed} failed.`,
        system: 'Indicator system',
        h: ['Ranking', 'Grade distribution', 'Most-failed rules', 'Departments that failed'],
        rank: ['Rank', 'Department', 'Score', 'Grade', 'Failed rules', 'Report'],
        grade: ['Grade', 'Departments'],
        rule: ['Rule', 'Title', 'Departments'],
        failed: ['Source', 'Issues', 'First issues'],
      };
  const children: RootContent[] = [
    heading(1, t.title),
    { type: 'paragraph', children: [text(t.counts)] },
    ...(summary.system ? [{ type: 'paragraph', children: [text(`${t.system}: `), { type: 'inlineCode', value: summary.system }] } as RootContent] : []),
    heading(2, t.h[0] as string),
    table(
      t.rank,
      summary.ranking.map((d) => [d.rank, d.name, d.total, d.grade, d.failedRules.join(', '), d.report]),
    ),
    heading(2, t.h[1] as string),
    table(t.grade, Object.entries(summary.gradeDistribution)),
    heading(2, t.h[2] as string),
    table(
      t.rule,
      summary.mostFailedRules.map((r) => [r.ruleId, r.title, r.departments]),
    ),
    heading(2, t.h[3] as string),
    table(
      t.failed,
      summary.failures.map((f) => [f.source, f.issueCount, f.issues.join('; ')]),
    ),
  ];
  return toMarkdown({ type: 'root', children } satisfies Root, { extensions: [gfmToMarkdown({ tablePipeAlign: false })] });
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
  expect(got.md).toBe(oracleMarkdown(want, 'zh-CN'));
  expect(got.en).toBe(oracleMarkdown(want, 'en'));
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
