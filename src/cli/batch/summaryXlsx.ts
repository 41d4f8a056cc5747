import type { Locale } from '../../index.js';
import type { BatchSummaryRows } from './summary.js';

/** Sheet names and headers of summary.xlsx, per locale. */
const TEXT = {
  'zh-CN': {
    ranking: '排名',
    rankHead: ['排名', '部门', '得分', '等级', '未通过规则', '来源', '报告'],
    grades: '等级分布',
    gradeHead: ['等级', '部门数'],
    rules: '未通过规则',
    ruleHead: ['规则', '名称', '部门数'],
    failed: '评价失败',
    failedHead: ['来源', '部门', '问题数', '问题（前几项）'],
  },
  en: {
    ranking: 'Ranking',
    rankHead: ['Rank', 'Department', 'Score', 'Grade', 'Failed rules', 'Source', 'Report'],
    grades: 'Grades',
    gradeHead: ['Grade', 'Departments'],
    rules: 'Failed rules',
    ruleHead: ['Rule', 'Title', 'Departments'],
    failed: 'Failed',
    failedHead: ['Source', 'Department', 'Issues', 'First issues'],
  },
} as const;

/**
 * summary.xlsx for finance staff: the ranking, the grade distribution, the most-failed rules and the
 * departments that failed, one sheet each (the same content as summary.md). Scores are written as
 * text, exactly as in summary.json. The spreadsheet writer is loaded only here.
 */
export async function summaryXlsxBytes(summary: BatchSummaryRows, locale: Locale): Promise<Uint8Array> {
  const { utils, write } = await import('@e965/xlsx');
  const t = TEXT[locale];
  const wb = utils.book_new();
  const add = (name: string, rows: (string | number)[][], widths: number[]): void => {
    const ws = utils.aoa_to_sheet(rows);
    ws['!cols'] = widths.map((wch) => ({ wch }));
    utils.book_append_sheet(wb, ws, name);
  };
  const ranking: (string | number)[][] = [[...t.rankHead]];
  for (const r of summary.ranking) ranking.push([r.rank, r.name, r.total, r.grade, r.failedRules.join('、'), r.source, r.report]);
  add(t.ranking, ranking, [6, 36, 8, 8, 40, 24, 24]);
  add(t.grades, [[...t.gradeHead], ...Object.entries(summary.gradeDistribution).map(([g, n]) => [g, n])], [12, 10]);
  add(t.rules, [[...t.ruleHead], ...summary.mostFailedRules.map((r) => [r.ruleId, r.title, r.departments])], [30, 50, 10]);
  const failed: (string | number)[][] = [[...t.failedHead]];
  for (const f of summary.failures) failed.push([f.source, f.name, f.issueCount, f.issues.join('\n')]);
  add(t.failed, failed, [24, 30, 8, 80]);
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
