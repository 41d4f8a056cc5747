import type { Locale } from '../../index.js';
import { markdownBlocks, type TableColumn } from '../../render/index.js';
import type { BatchSummaryRows } from './summary.js';

const TEXT = {
  'zh-CN': {
    title: '批量评价汇总',
    interrupted: '本次批量评价被中断（Ctrl-C）：汇总只含中断前已完成的部门。',
    counts: (t: number, ok: number, f: number) => `共 ${t} 个部门：成功 ${ok} 个，失败 ${f} 个。`,
    system: '指标体系',
    ranking: '排名',
    rankHead: ['排名', '部门', '得分', '等级', '未通过规则', '报告'],
    grades: '等级分布',
    gradeHead: ['等级', '部门数'],
    rules: '未通过次数最多的规则',
    ruleHead: ['规则', '名称', '部门数'],
    failed: '评价失败的部门',
    failedHead: ['来源', '问题数', '问题（前几项）'],
    none: '无。',
  },
  en: {
    title: 'Batch evaluation summary',
    interrupted: 'This batch was interrupted (Ctrl-C): the summary covers only the departments done before.',
    counts: (t: number, ok: number, f: number) => `${t} departments: ${ok} evaluated, ${f} failed.`,
    system: 'Indicator system',
    ranking: 'Ranking',
    rankHead: ['Rank', 'Department', 'Score', 'Grade', 'Failed rules', 'Report'],
    grades: 'Grade distribution',
    gradeHead: ['Grade', 'Departments'],
    rules: 'Most-failed rules',
    ruleHead: ['Rule', 'Title', 'Departments'],
    failed: 'Departments that failed',
    failedHead: ['Source', 'Issues', 'First issues'],
    none: 'None.',
  },
} as const;

type Cell = string | number;

/**
 * A table streamed row by row (a ranking of 100,000 departments is never one string), or the
 * "none" paragraph when there are no rows. Written by jixiao/render's Markdown writer, which
 * escapes every cell: the same writer, and so the same escaping, as the reports.
 */
function* table(head: readonly string[], rows: Iterable<readonly Cell[]>, none: string): Generator<string> {
  const columns: TableColumn[] = head.map((label) => ({ label, align: 'left' }));
  let first = true;
  for (const cells of rows) {
    if (first) yield markdownBlocks.tableHead(columns);
    first = false;
    yield `\n${markdownBlocks.tableRow(cells.map(String), columns.length)}`;
  }
  if (first) yield markdownBlocks.paragraph(none);
}

function* mapRows<T>(rows: Iterable<T>, cells: (row: T) => readonly Cell[]): Generator<readonly Cell[]> {
  for (const r of rows) yield cells(r);
}

/**
 * summary.md as chunks: the batch summary as Markdown (ranking, grade distribution, most-failed
 * rules, failures), block by block and the long tables row by row.
 */
export function* summaryMarkdownChunks(summary: BatchSummaryRows, locale: Locale): Generator<string> {
  const t = TEXT[locale];
  const blocks: (string | (() => Iterable<string>))[] = [
    markdownBlocks.heading(1, t.title),
    markdownBlocks.paragraph(t.counts(summary.evaluated + summary.failed, summary.evaluated, summary.failed)),
    ...(summary.interrupted ? [markdownBlocks.paragraph(t.interrupted)] : []),
    ...(summary.system ? [markdownBlocks.paragraph(`${t.system}: ${summary.system}`)] : []),
    markdownBlocks.heading(2, t.ranking),
    () =>
      table(
        t.rankHead,
        mapRows(summary.ranking, (d) => [d.rank, d.name, d.total, d.grade, d.failedRules.join(', '), d.report]),
        t.none,
      ),
    markdownBlocks.heading(2, t.grades),
    () => table(t.gradeHead, Object.entries(summary.gradeDistribution), t.none),
    markdownBlocks.heading(2, t.rules),
    () =>
      table(
        t.ruleHead,
        summary.mostFailedRules.map((r) => [r.ruleId, r.title, r.departments]),
        t.none,
      ),
    markdownBlocks.heading(2, t.failed),
    () =>
      table(
        t.failedHead,
        mapRows(summary.failures, (f) => [f.source, f.issueCount, f.issues.join('; ')]),
        t.none,
      ),
  ];
  let first = true;
  for (const block of blocks) {
    if (!first) yield '\n\n';
    first = false;
    if (typeof block === 'string') yield block;
    else yield* block();
  }
  yield '\n';
}

/** summary.md as one string (small batches and tests; `jixiao batch` writes the chunks). */
export function renderSummaryMarkdown(summary: BatchSummaryRows, locale: Locale): string {
  return [...summaryMarkdownChunks(summary, locale)].join('');
}
