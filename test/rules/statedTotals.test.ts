/**
 * Issue #16, point 6: totals stated with their parts outside the ledger are compared, by one
 * generic rule per kind keyed by the pair's id; each staffing category against its own 编制;
 * 编外 staff not silently absorbed; retirees kept apart from in-post staff.
 */
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../src/facts/index.js';
import { safeParseEvaluationInput } from '../../src/model/index.js';
import { applyPatches, enyangRaw, parsePatched, runCore } from './support/cases.js';

const findings = (raw: Record<string, unknown>) => runCore(parsePatched(raw)).findings;
const find = (raw: Record<string, unknown>, id: string, key?: string) => findings(raw).find((f) => f.ruleId === id && f.key === key);

describe('stated totals (issue #16, point 6)', () => {
  it('公务员 8 against 6 公务员编制 fails its own category, though the total stays within 17', () => {
    const raw = applyPatches(enyangRaw(), [{ set: { 'department.staffing.actual.civilServant': 8, 'department.staffing.actual.institution': 5 } }]);
    expect(find(raw, 'staff.in-post.within-quota')?.status).toBe('pass');
    const f = find(raw, 'staffing.category-within-quota', 'civilServant');
    expect(f?.status).toBe('fail');
    expect(f?.leaves[0]).toMatchObject({ actual: '8', expected: '6' });
  });

  it('over-quota staff entered as `other` are not silently absorbed', () => {
    const raw = applyPatches(enyangRaw(), [{ set: { 'department.staffing.actual.other': 3, 'department.staffing.actualTotal': 53 } }]);
    expect(find(raw, 'staffing.outside-quota.listed')).toMatchObject({ status: 'fail', severity: 'warning' });
  });

  it('a stated total that does not add up fails the generic rule, keyed by its id, with the rounding-aware bound', () => {
    const raw = applyPatches(enyangRaw(), [{ set: { 'statedTotals[id=general-public-services].total': '470.95' } }]);
    const f = find(raw, 'identity.stated-total', 'general-public-services');
    // 0.15 off; bound (1 + 23) × 0.005 = 0.12.
    expect(f).toMatchObject({ status: 'fail' });
    expect(f?.leaves[0]).toMatchObject({ difference: '0.15', tolerance: '0.12', toleranceParts: 24 });
  });

  it('counts must add up exactly; 其中 (partial) lists only may not exceed their total', () => {
    expect(
      find(applyPatches(enyangRaw(), [{ set: { 'statedTotals[id=staff-authorized].total': 18 } }]), 'identity.stated-count', 'staff-authorized')?.status,
    ).toBe('fail');
    expect(find(enyangRaw(), 'identity.stated-count.partial', 'hotline-12345')?.status).toBe('pass');
  });

  it('retirees are a fact of their own, never counted as in-post staff', () => {
    const raw = applyPatches(enyangRaw(), [{ set: { 'department.staffing.retired': 12 } }]);
    const facts = computeFacts(parsePatched(raw));
    expect(facts.values['staff.retired']).toMatchObject({ value: '12' });
    expect(facts.values['staff.inPost']).toEqual(computeFacts(parsePatched(enyangRaw())).values['staff.inPost']);
  });

  it('rejects a duplicate id and a malformed one with located issues', () => {
    const raw = enyangRaw() as { statedTotals: Record<string, unknown>[] };
    raw.statedTotals.push({ ...raw.statedTotals[0], id: 'income-total' });
    raw.statedTotals.push({ ...raw.statedTotals[0], id: 'has.dot' });
    const r = safeParseEvaluationInput(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining([expect.stringMatching(/^statedTotals\.\d+\.id$/)]));
  });

  it('every total the Enyang report states with its parts passes, and the score stays 98', () => {
    const fs = findings(enyangRaw()).filter((f) => f.ruleId.startsWith('identity.stated-') && f.status !== 'not_applicable');
    expect(fs.length).toBeGreaterThanOrEqual(9);
    expect(fs.every((f) => f.status === 'pass')).toBe(true);
  });
});
