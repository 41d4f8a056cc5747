// The batch summary's pure parts: ranking, grade distribution, most-failed rules, Markdown, progress.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBarProgress, createLineProgress } from '../../src/cli/batch/progress.js';
import { closeAccumulator, collectSummary, createAccumulator, finishSummary, MAX_KEPT_ISSUES, recordFailed, recordOk } from '../../src/cli/batch/summary.js';
import { renderSummaryMarkdown } from '../../src/cli/batch/summaryMarkdown.js';
import type { EvaluationResult } from '../../src/result.js';

function result(name: string, total: string, grade: string, min: string, failed: readonly string[]): EvaluationResult {
  const findings = [
    ...failed.map((ruleId) => ({ ruleId, title: `规则 ${ruleId}`, status: 'fail' })),
    { ruleId: 'x.waived', title: 'waived', status: 'fail', waived: { reason: '说明' } },
    { ruleId: 'x.pass', title: 'pass', status: 'pass' },
  ];
  return {
    input: { department: { name } },
    rules: { findings },
    score: { systemId: 'enyang-2023', total, max: '100', grade: { label: grade, min, assumed: false } },
  } as unknown as EvaluationResult;
}

describe('batch summary', () => {
  it("joins the library's summary (ranking, grades, most-failed rules) with sources and report files", () => {
    const acc = createAccumulator();
    recordOk(acc, result('乙', '85.5', '良好', '80', ['a.one', 'a.one', 'b.two']), 'b.json', 'b.md');
    recordOk(acc, result('甲', '98', '优秀', '90', ['a.one']), 'a.json', 'a.md');
    recordOk(acc, result('丙', '98', '优秀', '90', []), 'c.json', 'c.md');
    recordFailed(
      acc,
      'd.json',
      undefined,
      Array.from({ length: 9 }, (_, i) => `issue ${i}`),
    );
    const s = collectSummary(finishSummary(acc, '1.2.3', 'md'));
    closeAccumulator(acc);
    expect([s.evaluated, s.failed]).toEqual([3, 1]);
    expect(s.system).toBe('enyang-2023');
    expect(s.ranking.map((d) => [d.rank, d.name, d.total, d.source, d.report])).toEqual([
      [1, '甲', '98', 'a.json', 'a.md'],
      [1, '丙', '98', 'c.json', 'c.md'],
      [3, '乙', '85.5', 'b.json', 'b.md'],
    ]);
    expect(s.ranking[2]?.failedRules).toEqual(['a.one', 'b.two']);
    expect(s.gradeDistribution).toEqual({ 良好: 1, 优秀: 2 });
    expect(s.mostFailedRules).toEqual([
      { ruleId: 'a.one', title: '规则 a.one', departments: 2 },
      { ruleId: 'b.two', title: '规则 b.two', departments: 1 },
    ]);
    expect(s.failures).toEqual([
      { index: 3, name: 'd.json', issue: 'issue 0', source: 'd.json', issueCount: 9, issues: ['issue 0', 'issue 1', 'issue 2', 'issue 3', 'issue 4'] },
    ]);
    expect(s.failures[0]?.issues).toHaveLength(MAX_KEPT_ISSUES);
  });

  it('renders summary.md with escaped table cells, in either language', () => {
    const acc = createAccumulator();
    recordOk(acc, result('A|B 局', '90', '优秀', '90', ['a.one']), 'x.json', 'x.md');
    const zh = renderSummaryMarkdown(finishSummary(acc, '1', 'md'), 'zh-CN');
    expect(zh).toContain('| 1 | A\\|B 局 | 90 | 优秀 | a.one | x.md |');
    expect(zh).toContain('| 优秀 | 1 |');
    expect(zh).toContain('## 评价失败的部门\n\n无。');
    const en = renderSummaryMarkdown(finishSummary(acc, '1', 'md'), 'en');
    closeAccumulator(acc);
    expect(en).toContain('## Most-failed rules');
  });
});

describe('batch progress', () => {
  const sink = (tty: boolean) => {
    const chunks: string[] = [];
    const stream = new Writable({ write: (c, _e, cb) => (chunks.push(String(c)), cb()) }) as Writable & {
      isTTY?: boolean;
      columns?: number;
      cursorTo?: () => boolean;
      clearLine?: () => boolean;
      moveCursor?: () => boolean;
    };
    if (tty)
      Object.assign(stream, { isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, clearScreenDown: () => true });
    return { stream, text: () => chunks.join('') };
  };

  it('prints one plain line per department without a TTY', () => {
    const { stream, text } = sink(false);
    const p = createLineProgress(stream);
    p.tick('[1] a.json: 甲 98 优秀', '甲');
    p.skip('[2] b.json: skipped');
    p.stop();
    expect(text()).toBe('[1] a.json: 甲 98 优秀\n[2] b.json: skipped\n');
  });

  it('draws a bar on a TTY', () => {
    const { stream, text } = sink(true);
    const p = createBarProgress(stream, 3);
    p.tick('', '甲');
    p.skip('skipped b.json');
    p.tick('', '乙');
    p.stop();
    expect(text()).toContain('3/3');
    expect(text()).toContain('skipped b.json');
  });
});
