import { randomUUID } from 'node:crypto';
import type { Heading, InlineCode, Paragraph, PhrasingContent, Root, RootContent, TableRow, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Locale } from '../../index.js';
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

const text = (value: Cell): Text => ({ type: 'text', value: String(value).replace(/[\r\n]+/g, ' ') });
const heading = (depth: 1 | 2, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const para = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const row = (cells: readonly Cell[]): TableRow => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: [text(c)] })) });

const EXTENSIONS = { extensions: [gfmToMarkdown({ tablePipeAlign: false })] };
const markdown = (children: RootContent[]): string => toMarkdown({ type: 'root', children } satisfies Root, EXTENSIONS);

/** A table, or "none" when there are no rows. Escaping is mdast-util-to-markdown's job, as in jixiao/render. */
function table(head: readonly string[], rows: readonly (readonly Cell[])[], none: string): RootContent {
  if (rows.length === 0) return para(text(none));
  return { type: 'table', children: [row(head), ...rows.map(row)] };
}

/** Rows serialised per call of `toMarkdown`: a chunk's tree is all that is held at a time. */
const ROWS_PER_CHUNK = 256;

/**
 * A long table as chunks of Markdown, identical to serialising it whole: with `tablePipeAlign:
 * false` a row's text depends only on its own cells, so each chunk is serialised as a table of
 * its own (header, delimiter row, its rows) and, after the first, without its first two lines.
 * The text has no final newline, like a table inside a document before the next block.
 */
function* tableChunks(head: readonly string[], rows: Iterable<readonly Cell[]>): Generator<string> {
  let chunk: TableRow[] = [];
  let first = true;
  const flush = (): string => {
    const md = markdown([{ type: 'table', children: [row(head), ...chunk] }]).replace(/\n$/, '');
    chunk = [];
    if (first) {
      first = false;
      return md;
    }
    return md.slice(md.indexOf('\n', md.indexOf('\n') + 1));
  };
  for (const cells of rows) {
    chunk.push(row(cells));
    if (chunk.length === ROWS_PER_CHUNK) yield flush();
  }
  if (chunk.length > 0 || first) yield flush();
}

function* mapRows<T>(rows: Iterable<T>, cells: (row: T) => readonly Cell[]): Generator<readonly Cell[]> {
  for (const r of rows) yield cells(r);
}

/** Placeholder paragraph for a streamed table: plain letters and digits, which Markdown leaves as they are (random, so no text of the summary can contain it). */
const slot = (name: string, nonce: string): string => `JIXIAOTABLESLOT${name}${nonce}`;

/**
 * summary.md as chunks: the batch summary as Markdown (ranking, grade distribution, most-failed
 * rules, failures). The document is serialised with a placeholder paragraph where the ranking and
 * failures tables go, and those tables are streamed in chunks of rows in their place, so the
 * ranking of 100,000 departments is never one tree or one string; the text is identical to
 * serialising the whole tree at once.
 */
export function* summaryMarkdownChunks(summary: BatchSummaryRows, locale: Locale): Generator<string> {
  const t = TEXT[locale];
  const nonce = randomUUID().replace(/-/g, '');
  const streamed = (name: string, count: number): RootContent => (count === 0 ? para(text(t.none)) : para(text(slot(name, nonce))));
  const children: RootContent[] = [
    heading(1, t.title),
    para(text(t.counts(summary.evaluated + summary.failed, summary.evaluated, summary.failed))),
    ...(summary.interrupted ? [para(text(t.interrupted))] : []),
    ...(summary.system ? [para(text(`${t.system}: `), { type: 'inlineCode', value: summary.system } as InlineCode)] : []),
    heading(2, t.ranking),
    streamed('ranking', summary.evaluated),
    heading(2, t.grades),
    table(t.gradeHead, Object.entries(summary.gradeDistribution), t.none),
    heading(2, t.rules),
    table(
      t.ruleHead,
      summary.mostFailedRules.map((r) => [r.ruleId, r.title, r.departments]),
      t.none,
    ),
    heading(2, t.failed),
    streamed('failures', summary.failed),
  ];
  const shell = markdown(children);
  const tables = {
    ranking: () =>
      tableChunks(
        t.rankHead,
        mapRows(summary.ranking, (d) => [d.rank, d.name, d.total, d.grade, d.failedRules.join(', '), d.report]),
      ),
    failures: () =>
      tableChunks(
        t.failedHead,
        mapRows(summary.failures, (f) => [f.source, f.issueCount, f.issues.join('; ')]),
      ),
  };
  let from = 0;
  for (const name of ['ranking', 'failures'] as const) {
    const at = shell.indexOf(slot(name, nonce), from);
    if (at < 0) continue;
    yield shell.slice(from, at);
    yield* tables[name]();
    from = at + slot(name, nonce).length;
  }
  yield shell.slice(from);
}

/** summary.md as one string (small batches and tests; `jixiao batch` writes the chunks). */
export function renderSummaryMarkdown(summary: BatchSummaryRows, locale: Locale): string {
  return [...summaryMarkdownChunks(summary, locale)].join('');
}
