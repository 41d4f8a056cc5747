/**
 * Issue #16, point 9: rounding bounds tied to the rounded terms an identity compares, and a
 * difference inside the bound but beyond typical rounding reported as a warning (可能的错误).
 * Before: a 0.14 万元 overstatement of income passed as rounding (bound 29 × 0.005 = 0.145).
 */
import { describe, expect, it } from 'vitest';
import { evaluateDepartment } from '../../src/evaluate.js';
import { applyPatches, enyangRaw, parsePatched, runCore } from './support/cases.js';

const find = (raw: Record<string, unknown>, id: string, key?: string) => runCore(parsePatched(raw)).findings.find((f) => f.ruleId === id && f.key === key);

/** Enyang with its fiscal appropriation income overstated by 0.14 万元 (441.72 → 441.86). */
const overstated = (patch: Record<string, unknown> = {}) => applyPatches(enyangRaw(), [{ set: { 'ledger.income.sources.0.amount': '441.86', ...patch } }]);

describe('rounding bounds (issue #16, point 9)', () => {
  it('income overstated by 0.14 with its stated total raised to match: 收入总计 = 支出总计 is within the bound of the lines summed, but beyond typical rounding: a warning (可能的错误), not rounding', () => {
    const f = find(overstated({ 'ledger.income.total': '576.22' }), 'ledger.income-equals-expenditure');
    expect(f).toMatchObject({ status: 'pass', note: 'suspect', severity: 'warning', ruleSeverity: 'error' });
    expect(f?.leaves[0]).toMatchObject({ difference: '0.14', withinRounding: true, beyondTypicalRounding: true });
    expect(f?.message).toContain('可能的错误');
  });

  it('counts suspect passes in the summary apart from rounding passes (both still passes)', () => {
    const report = runCore(parsePatched(overstated({ 'ledger.income.total': '576.22' })));
    const suspect = report.findings.filter((x) => x.note === 'suspect').length;
    const rounding = report.findings.filter((x) => x.note === 'rounding').length;
    expect(suspect).toBeGreaterThan(0);
    expect(report.summary).toMatchObject({ suspect, rounding });
    expect(report.summary.pass).toBe(report.findings.filter((x) => x.status === 'pass').length);
    // the reference department has rounding notes and nothing suspect
    expect(runCore(parsePatched(enyangRaw())).summary).toMatchObject({ suspect: 0 });
    expect(runCore(parsePatched(enyangRaw())).summary.rounding).toBeGreaterThan(0);
  });

  it('income overstated by 0.14 against its stated total: 收入总计 ≠ its sources fails (bound 3 × 0.005)', () => {
    const f = find(overstated(), 'income.total.equals-sources');
    expect(f).toMatchObject({ status: 'fail' });
    expect(f?.leaves[0]).toMatchObject({ difference: '-0.14', tolerance: '0.015', toleranceParts: 3 });
  });

  it("keeps the seed's own 0.02 万元 cross-classification differences as rounding, and the score at 98", () => {
    const raw = enyangRaw();
    for (const code of ['301', '302'])
      expect(find(raw, 'expenditure.economic.stated-equals-lines', code)).toMatchObject({ status: 'pass', note: 'rounding', severity: 'info' });
    expect(evaluateDepartment(enyangRaw()).score.total).toBe('98');
  });
});
