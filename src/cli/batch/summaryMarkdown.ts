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

/** Escape text for a Markdown table cell. */
function cell(text: string | number): string {
  return String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([*`<>])/g, '\\$1');
}

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** summary.md: the batch summary as Markdown (ranking, grade distribution, most-failed rules, failures). */
export function renderSummaryMarkdown(summary: BatchSummaryFile, locale: Locale): string {
  const t = TEXT[locale];
  const lines = [`# ${t.title}`, '', t.counts(summary.evaluated + summary.failed, summary.evaluated, summary.failed)];
  if (summary.system) lines.push('', `${t.system}: \`${summary.system}\``);
  lines.push('', `## ${t.ranking}`, '');
  if (summary.ranking.length === 0) lines.push(t.none);
  else lines.push(...table(t.rankHead, summary.ranking.map((d) => [d.rank, d.name, d.total, d.grade, d.failedRules.join(', '), d.report])));
  lines.push('', `## ${t.grades}`, '');
  const grades = Object.entries(summary.gradeDistribution);
  if (grades.length === 0) lines.push(t.none);
  else lines.push(...table(t.gradeHead, grades));
  lines.push('', `## ${t.rules}`, '');
  if (summary.mostFailedRules.length === 0) lines.push(t.none);
  else lines.push(...table(t.ruleHead, summary.mostFailedRules.map((r) => [r.ruleId, r.title, r.departments])));
  lines.push('', `## ${t.failed}`, '');
  if (summary.failures.length === 0) lines.push(t.none);
  else lines.push(...table(t.failedHead, summary.failures.map((f) => [f.source, f.issueCount, f.issues.join('; ')])));
  return `${lines.join('\n')}\n`;
}
