/**
 * The annexes in English (#18): the same structure as the Chinese ones — exceptions first, passed checks
 * grouped by rule, the 评分表 form with evidence and reasons — with every word the library writes in
 * English (labels, verdicts, situations, counts), while the department's and the system's own texts
 * (indicator names, standards, rule titles) stay as given.
 */
import { describe, expect, test } from 'vitest';
import { evaluateDepartment } from '../../src/index.js';
import { buildReport, renderMarkdown, type TableBlock } from '../../src/render/index.js';
import { enyang } from '../support/enyang.js';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;

function perturbed(): Record<string, any> {
  const data = enyang();
  data.threePublicFunds.reception.actual = '1.20';
  data.statedTotals = data.statedTotals.map((t: { id: string; total: string }) => (t.id === 'income-total' ? { ...t, total: '586.08' } : t));
  return data;
}

const view = buildReport(evaluateDepartment(perturbed()), { locale: 'en' });
const tables = (i: number): TableBlock[] => (view.appendices[i]?.blocks ?? []).filter((b): b is TableBlock => b.kind === 'table');

describe('annexes in English', () => {
  test('labels, the annex list and the headers are English', () => {
    expect(view.appendices.map((a) => a.label)).toEqual(['Annex 1', 'Annex 2']);
    expect(view.closing?.annexes).toEqual(['Annexes: 1. Score sheet; 2. Compliance review']);
    for (const t of [...tables(0), ...tables(1)]) for (const c of t.columns) expect(c.label).not.toMatch(CJK);
    expect(tables(0)[0]?.columns.map((c) => c.label)).toEqual([
      'Level 1',
      'Level 2',
      'Level 3',
      'Points',
      'Scoring standard',
      'Value',
      'Claimed',
      'Reviewed',
      'Reason for deduction',
    ]);
  });

  test('附表2: the exceptions first, each verdict and situation in English words', () => {
    const [exceptions, passed] = tables(1);
    const rows = exceptions?.rows ?? [];
    expect(rows.length).toBe(4);
    expect(rows.every((r) => r.alert === true && r.cells[2] === '✗\u00a0failed')).toBe(true);
    // The category in words a reader uses (强制性 / 提示性), not the rule's severity key.
    expect(new Set(rows.map((r) => r.cells[1]))).toEqual(new Set(['mandatory', 'advisory']));
    const situations = rows.map((r) => r.cells[3]);
    expect(situations).toContain('stated 586.08, computed 576.08, difference 10.00');
    expect(situations).toContain('1.20, above the limit 0.80 by 0.40');
    for (const s of situations) expect(s).not.toMatch(CJK);
    // A rule with no policy document of its own names what it checks, in English.
    expect(rows.some((r) => r.cells[4] === 'the report’s own figures must agree')).toBe(true);
    const counts = (passed?.rows ?? []).map((r) => r.cells[1]);
    expect(counts).toContain('✓\u00a0all 3 passed');
    expect(counts).toContain('✓\u00a0all 4 passed (2 within rounding)');
  });

  test('附表1: evidence and lost points in English, the system’s own texts as given', () => {
    const rows = tables(0)[0]?.rows ?? [];
    const row = (name: string) => rows.find((r) => r.cells[2] === name);
    expect(row('在职人员控制率')?.cells[5]).toBe('82.35%');
    expect(row('内控制度')?.cells[5]).toBe('4 of 4 met');
    expect(row('政府采购')?.cells[5]).toBe('0 found');
    expect(row('宣传培训')?.cells[5]).toBe('evaluator’s judgement');
    expect(row('“三公经费”控制率')?.cells.at(-1)).toMatch(/^✗\u00a0−3: /u);
    expect(row('“三公经费”控制率')?.alert).toBe(true);
  });

  test('the count sentence says what failed and how the tables are ordered; with nothing failed it starts with a capital', () => {
    const md = renderMarkdown(evaluateDepartment(perturbed()), { locale: 'en' });
    expect(md).toContain('57 checks: 4 failed, 42 passed, 11 not applicable. Failed and flagged checks come first;');
    const clean = renderMarkdown(evaluateDepartment(enyang()), { locale: 'en' });
    expect(clean).toMatch(/\d+ checks: \d+ passed, \d+ not applicable\. Passed and not-applicable checks are grouped by rule\./u);
  });

  test('a pending indicator reads pending, its reason in English when evaluated in English', () => {
    const data = enyang();
    const assessments = data.assessments as Record<string, unknown>[] | undefined;
    if (Array.isArray(assessments)) data.assessments = assessments.slice(1);
    else if (assessments && typeof assessments === 'object') {
      const [first] = Object.keys(assessments);
      if (first !== undefined) delete (assessments as Record<string, unknown>)[first];
    }
    // Evaluated in English too: the scoring explanation (the 扣分原因 of a computed or pending leaf) is the result's.
    const pendingView = buildReport(evaluateDepartment(data, { locale: 'en' }), { locale: 'en' });
    const rows = (pendingView.appendices[0]?.blocks ?? []).filter((b): b is TableBlock => b.kind === 'table')[0]?.rows ?? [];
    const pending = rows.filter((r) => r.cells.includes('pending'));
    expect(pending.map((r) => r.cells[2])).toEqual(['Relevance']);
    expect(pending[0]?.cells.at(-1)).not.toMatch(CJK);
    expect(pending[0]?.cells.at(-1)).toMatch(/pending|provisional/iu);
  });
});
