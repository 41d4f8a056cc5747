import type { Heading, InlineCode, Paragraph, PhrasingContent, Root, RootContent, TableRow, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Locale } from '../../index.js';
import type { BatchSummaryFile } from './summary.js';

const TEXT = {
  'zh-CN': {
    title: '批量评价汇总',
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

/** A table, or "none" when there are no rows. Escaping is mdast-util-to-markdown's job, as in jixiao/render. */
function table(head: readonly string[], rows: readonly (readonly Cell[])[], none: string): RootContent {
  if (rows.length === 0) return para(text(none));
  return { type: 'table', children: [row(head), ...rows.map(row)] };
}

/** summary.md: the batch summary as Markdown (ranking, grade distribution, most-failed rules, failures). */
export function renderSummaryMarkdown(summary: BatchSummaryFile, locale: Locale): string {
  const t = TEXT[locale];
  const children: RootContent[] = [
    heading(1, t.title),
    para(text(t.counts(summary.evaluated + summary.failed, summary.evaluated, summary.failed))),
    ...(summary.system ? [para(text(`${t.system}: `), { type: 'inlineCode', value: summary.system } as InlineCode)] : []),
    heading(2, t.ranking),
    table(t.rankHead, summary.ranking.map((d) => [d.rank, d.name, d.total, d.grade, d.failedRules.join(', '), d.report]), t.none),
    heading(2, t.grades),
    table(t.gradeHead, Object.entries(summary.gradeDistribution), t.none),
    heading(2, t.rules),
    table(t.ruleHead, summary.mostFailedRules.map((r) => [r.ruleId, r.title, r.departments]), t.none),
    heading(2, t.failed),
    table(t.failedHead, summary.failures.map((f) => [f.source, f.issueCount, f.issues.join('; ')]), t.none),
  ];
  return toMarkdown({ type: 'root', children } satisfies Root, { extensions: [gfmToMarkdown({ tablePipeAlign: false })] });
}
