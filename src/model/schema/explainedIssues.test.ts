// Amounts, classification codes and dates are refinements (a predicate, plus an overwrite for
// amounts), not transforms: zod's compiled parser builds a payload object per transform or
// superRefine call, and V8 pretenured those in about half the processes (bench/README.md, "Forks").
// A refinement's issue is explained from the rejected input, only when it is rejected.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import enyang from '../../examples/enyang-administrative-approval-2022.json' with { type: 'json' };
import { fromZodIssues } from '../../shared/zodIssues.js';
import { safeParseEvaluationInput } from '../parse.js';
import { explains } from './primitives.js';

type Data = { ledger: { income: { total: unknown }; expenditure: { lines: { amount: unknown; economic: unknown }[] } } };
const data = (): Data => structuredClone(enyang) as unknown as Data;

describe('issues of refinements that explain themselves', () => {
  it('take their code and params from the explanation of the rejected input', () => {
    const schema = z.string().refine(
      () => false,
      explains((v) => ({ message: 'invalid_date', params: { received: JSON.stringify(v) } })),
    );
    const r = schema.safeParse('2023-02-30', { reportInput: true });
    expect(r.success).toBe(false);
    const [issue] = fromZodIssues(r.error?.issues ?? [], 'en');
    expect(issue).toMatchObject({ code: 'invalid_date', params: { received: '"2023-02-30"' } });
    // the raw zod issue of the public schema still says which problem it is
    expect(r.error?.issues[0]?.message).toBe('invalid_date');
  });

  it('name the problem of each rejected amount and code', () => {
    const d = data();
    d.ledger.income.total = '576.0812345';
    (d.ledger.expenditure.lines[0] as { amount: unknown }).amount = -1;
    (d.ledger.expenditure.lines[1] as { economic: unknown }).economic = '39999';
    const r = safeParseEvaluationInput(d, { locale: 'en' });
    expect(r.ok).toBe(false);
    const byPath = Object.fromEntries((r.ok ? [] : r.issues).map((i) => [i.path.join('.'), [i.code, i.params]]));
    expect(byPath['ledger.income.total']).toEqual(['amount_too_precise', expect.objectContaining({ decimals: 7, max: 6, unit: '万元' })]);
    expect(byPath['ledger.expenditure.lines.0.amount']).toEqual(['negative_amount', expect.objectContaining({ received: '-1' })]);
    expect(byPath['ledger.expenditure.lines.1.economic']).toEqual(['unknown_code', expect.objectContaining({ received: '39999' })]);
  });

  it('stop the checks of the object around a rejected amount or number, as transforms did', () => {
    // The fixture's first assessment states a deduction; a score that is not a number is the one
    // problem, not also "give exactly one of score / deduction" from the assessment's own check.
    const d = data() as Data & { assessments: { score?: unknown }[] };
    (d.assessments[0] as { score?: unknown }).score = 'x';
    const r = safeParseEvaluationInput(d, { locale: 'en' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_format', 'assessments.0.score']]);
  });

  it('leave an accepted amount canonical, in 万元', () => {
    const d = data();
    d.ledger.income.total = 576.08;
    const r = safeParseEvaluationInput(d);
    expect(r.ok && r.value.ledger.income?.total).toBe('576.08');
  });
});
