import { describe, expect, it } from 'vitest';
import { type BatchSummaryFile, summaryJsonChunks } from '../../src/cli/batch/summary.js';

const base = {
  libraryVersion: '1',
  system: 'x',
  format: 'md',
  evaluated: 2,
  failed: 1,
  gradeDistribution: { 优秀: 2 },
  mostFailedRules: [{ ruleId: 'a', title: 't"\n', departments: 1 }],
  failures: [{ index: 1, name: 'n', issue: 'i', source: 's', issueCount: 1, issues: ['i'] }],
};
const rows = [
  { rank: 1, index: 0, name: '甲"\\', total: '98', grade: '优秀', source: 's:1', report: 'r', failedRules: [] },
  { rank: 2, index: 2, name: 'b', total: '97.5', grade: '优秀', source: 's:3', report: '', failedRules: ['x', 'y'] },
];

describe('summaryJsonChunks', () => {
  it('streams exactly JSON.stringify(summary, null, 2) plus a newline', () => {
    const cases = [
      { ...base, ranking: rows },
      { ...base, ranking: [] },
      { ...base, ranking: [rows[1]] },
      { ...base, system: null, gradeDistribution: {}, mostFailedRules: [], failures: [], ranking: rows },
    ] as unknown as BatchSummaryFile[];
    for (const s of cases) expect([...summaryJsonChunks(s)].join('')).toBe(`${JSON.stringify(s, null, 2)}\n`);
  });
});
