import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeEvaluateDepartment } from '../../src/index.js';

const page = readFileSync(new URL('../../docs/getting-started.md', import.meta.url), 'utf8');

describe('docs/getting-started.md stays true', () => {
  it('its minimal input evaluates, and the page describes what the result says', () => {
    const block = /```json\n([\s\S]*?)```/.exec(page)?.[1];
    expect(block).toBeDefined();
    const r = safeEvaluateDepartment(JSON.parse(block as string));
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    const leaves = JSON.stringify(r.value.score.root);
    expect(leaves).toContain('待评');
    expect(r.value.score.provisional).toBe(true);
    expect(r.value.facts.values['ratio.threePublicControl']?.status).toBe('unavailable');
    const failed = r.value.rules.findings.filter((f) => f.status === 'fail');
    expect(failed.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining([
        'expenditure.functional-equals-economic',
        'ledger.income-equals-expenditure',
        'disclosure.budget.published',
        'disclosure.final-accounts.published',
      ]),
    );
    expect(failed.find((f) => f.ruleId === 'expenditure.functional-equals-economic')?.leaves[0]?.difference).toBe('204.5');
    // supervision: {} states no violations count: unavailable (absent is not zero), no longer full marks
    expect(r.value.facts.values['supervision.violations']).toMatchObject({ status: 'unavailable', reason: '未填写 management.supervision.violations' });
    expect([r.value.score.total, r.value.score.grade.label]).toEqual(['12', '差']);
    expect(page).toContain('(12, 差, 暂定)');
    expect(page).toContain('204.50万元');
  });
});

describe('failed strict comparisons at the boundary', () => {
  it('do not print a meaningless zero difference', () => {
    const block = /```json\n([\s\S]*?)```/.exec(page)?.[1] as string;
    const r = safeEvaluateDepartment(JSON.parse(block));
    if (!r.ok) throw new Error('invalid');
    const f = r.value.rules.findings.find((x) => x.ruleId === 'expenditure.lines.present');
    expect(f?.status).toBe('fail');
    expect(f?.leaves[0]?.difference).toBe('0');
    expect(f?.message).not.toContain('差额');
  });
});
