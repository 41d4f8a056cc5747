// Issue #17.9: grade labels are user data (a custom system names its grades); used as object keys
// they must not reach Object.prototype: "toString" and "__proto__" count like any other label.
import { describe, expect, it } from 'vitest';
import { closeAccumulator, collectSummary, createAccumulator, finishSummary, recordOk } from '../../src/cli/batch/summary.js';
import { summaryJsonChunks } from '../../src/cli/batch/summary.js';
import { renderSummaryMarkdown } from '../../src/cli/batch/summaryMarkdown.js';
import { summarizeResults, type BatchRecord } from '../../src/evaluateMany.js';
import type { EvaluationResult } from '../../src/result.js';

const LABELS = ['toString', '__proto__', 'constructor', 'hasOwnProperty', '优秀', 'toString'];

const record = (index: number, grade: string): BatchRecord => ({ index, name: `部门${index}`, ok: true, total: String(90 - index), grade, failedRules: [] });
const result = (name: string, grade: string): EvaluationResult =>
  ({
    input: { department: { name } },
    rules: { findings: [] },
    score: { systemId: 's', total: '90', max: '100', grade: { label: grade, min: '0', assumed: false } },
  }) as unknown as EvaluationResult;

const expected = [
  ['toString', 2],
  ['__proto__', 1],
  ['constructor', 1],
  ['hasOwnProperty', 1],
  ['优秀', 1],
];

describe('grade labels used as keys (#17.9)', () => {
  it('summarizeResults counts every label, prototype names included', () => {
    const s = summarizeResults(LABELS.map((g, i) => record(i, g)));
    expect(Object.entries(s.gradeDistribution)).toEqual(expected);
    expect(JSON.parse(JSON.stringify(s.gradeDistribution))).toEqual(Object.fromEntries(expected));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('the batch summary (summary.json and summary.md) counts them too', () => {
    const acc = createAccumulator();
    LABELS.forEach((g, i) => recordOk(acc, result(`部门${i}`, g), `${i}.json`, `${i}.md`));
    const rows = finishSummary(acc, '1.0.0', 'md');
    const s = collectSummary(rows);
    expect(Object.entries(s.gradeDistribution)).toEqual(expected);
    const json = JSON.parse([...summaryJsonChunks(rows)].join('')) as { gradeDistribution: Record<string, number> };
    expect(Object.entries(json.gradeDistribution)).toEqual(expected);
    const md = renderSummaryMarkdown(s, 'zh-CN');
    expect(md).toMatch(/\\?_\\?_proto\\?_\\?_ *\| *1/);
    expect(md).toMatch(/toString *\| *2/);
    closeAccumulator(acc);
  });
});
