import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addMoney, type EvaluationInput, type Money, safeParseEvaluationInput } from '../src/model/index.js';

const FIXTURE = fileURLToPath(new URL('../src/examples/enyang-administrative-approval-2022.json', import.meta.url));

function load(): EvaluationInput {
  const r = safeParseEvaluationInput(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  if (!r.ok) console.error(JSON.stringify(r.issues, null, 2));
  expect(r.ok).toBe(true);
  if (!r.ok) throw new Error('fixture invalid');
  return r.value;
}

const sum = (xs: readonly Money[]): Money => addMoney(xs);

/** The fixture states this amount: fail loudly if it was left out. */
function given(m: Money | undefined): Money {
  if (m === undefined) throw new Error('the fixture states this amount');
  return m;
}

describe('fixture: enyang-administrative-approval-2022', () => {
  const v = load();
  const ex = v.ledger.expenditure;

  it('parses and keeps transcribed values (canonical amounts)', () => {
    expect(v.ledger.income?.carriedIn).toBe('134.36');
    expect(v.ledger.income?.total).toBe('576.08');
    expect(ex.lines.find((l) => l.economic === '31007')?.amount).toBe('22.68');
    expect(v.department.staffing?.actual?.purchasedService).toBe(36);
    expect(v.department.staffing?.actualTotal).toBe(50);
    expect(v.threePublicFunds.reception?.budget).toBe('0.8');
    expect(v.ledger.carryOut?.basic?.carryForward).toBe('0');
    expect(v.precision).toBe(2);
    expect(v.assessments).toHaveLength(18);
    expect(v.performance.tasks.find((t) => t.id === 'hotline-12345')).toMatchObject({ planned: 7793, completed: 7793, key: true });
  });

  it('201 lines sum to the stated 一般公共服务支出', () => {
    expect(sum(ex.lines.filter((l) => l.functional === '201').map((l) => l.amount))).toBe('470.8');
  });

  it('each functional class: lines sum to the stated amount', () => {
    for (const f of ex.byFunctional) {
      expect(sum(ex.lines.filter((l) => l.functional === f.code).map((l) => l.amount)), f.code).toBe(f.amount);
    }
  });

  it('all lines sum to 505.00 = grand total − carry-out = sum of stated economic classes', () => {
    const all = sum(ex.lines.map((l) => l.amount));
    expect(all).toBe('505');
    expect(addMoney([all, given(v.ledger.carryOut?.total)])).toBe(ex.grandTotal);
    expect(sum(ex.byEconomic.map((e) => e.amount))).toBe('505');
    expect(sum(ex.byFunctional.map((e) => e.amount))).toBe('505');
    expect(addMoney([...(v.ledger.income?.sources ?? []).map((s) => s.amount), given(v.ledger.income?.carriedIn)])).toBe(v.ledger.income?.total);
  });

  it('economic classes: lines differ from the report by 0.02 in 301/302, as printed', () => {
    const byClass = (c: string) => sum(ex.lines.filter((l) => l.economic.startsWith(c)).map((l) => l.amount));
    expect(byClass('301')).toBe('284.82');
    expect(byClass('302')).toBe('171.46');
    expect(byClass('303')).toBe('0.04');
    expect(byClass('310')).toBe('48.68');
    const stated = Object.fromEntries(ex.byEconomic.map((e) => [e.code, e.amount]));
    expect(stated).toEqual({ '301': '284.8', '302': '171.48', '303': '0.04', '310': '48.68' });
    expect(sum(ex.lines.filter((l) => l.nature === 'project').map((l) => l.amount))).toBe(ex.project);
  });
});
