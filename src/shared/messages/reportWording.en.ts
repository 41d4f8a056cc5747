import type { ReportWording } from './reportWording.js';

/** The report's generated sentences in plain English. @internal */
export const reportWordingEn: ReportWording = {
  flagPrefix: '[To be verified] ',
  areas: {
    accounts: 'Accounts and totals',
    threePublic: '"Three public" funds',
    staffing: 'Staffing',
    disclosure: 'Disclosure of budgets and final accounts',
    procurement: 'Government procurement',
    carryOver: 'Carry-over',
    other: 'Other',
  },
  suggestions: {
    accounts: 'Review the final accounts before publishing them, so that every stated total equals the sum of its parts and agrees with the ledger.',
    threePublic:
      'Keep "three public" spending within its budget, control official reception and similar spending strictly, and adjust the budget through the proper procedure, with an explanation, where more is needed.',
    staffing: 'Keep in-post staff within the approved quota and list staff outside the quota separately.',
    disclosure: 'Publish the department budget and final accounts completely and on time, as the Budget Law and the disclosure procedures require.',
    procurement: 'Procure through government procurement whatever reaches the procurement threshold, and report it.',
    carryOver: 'Speed up budget execution and put carried-over funds to use.',
    other: 'Correct each other problem found by the compliance review and explain it.',
  },
  conclusionClean: 'Taken together, financial management is sound and every mandatory compliance check passed',
  conclusionFailed: (count, areas) =>
    `Taken together, the compliance review found ${count} mandatory ${count === 1 ? 'check' : 'checks'} failed${areas.length > 0 ? ` (${areas.join(', ')})` : ''}; financial management needs to be tightened.`,
  withLead: (lead, rest) => (/[\p{Script=Han}”）]$/u.test(lead) ? `${lead}。${rest}` : `${lead}. ${rest}`),
  conclusionUnsupported: (lead, count) =>
    `The report's own wording "${lead}" contradicts the compliance review (${count} mandatory ${count === 1 ? 'check' : 'checks'} failed); it is not printed. Please check and revise it.`,
  score: (w) => {
    const kind = w.self ? 'Self-evaluation' : 'Evaluation';
    const pending = w.pending ? `, provisional: ${w.pending.points} of ${w.pending.of} points assessed, ${w.pending.count} pending` : '';
    const ded = w.deductions.map((d) => `${d.label} −${d.points}`).join(', ');
    const diffs = w.differences.map((d) => `${d.name} claimed ${d.claimed}, computed ${d.computed}`).join('; ');
    const differ = diffs ? ` Indicators where the claimed and computed scores differ: ${diffs}.` : '';
    if (!w.claimed) {
      const head = `${kind} of ${w.who} for ${w.year}: total score ${w.total} (${w.grade}${pending}).`;
      return `${head}${ded ? ` Main deductions: ${ded}.` : ' No indicator lost points.'}${differ}`;
    }
    const c = w.claimed;
    const head = `${kind} of ${w.who} for ${w.year}: claimed score ${c.total}${c.grade ? ` (${c.grade})` : ''}; the data support ${w.total} (${w.grade}${pending})${w.pending ? '' : `, ${c.difference} ${c.difference === '1' ? 'point' : 'points'} ${c.lower ? 'less' : 'more'}`}.`;
    const deductions = ded ? ` Deductions on review: ${ded}.` : ' No indicator lost points on review.';
    return `${head}${deductions}${differ}`;
  },
  rules: (c) => {
    const parts = [`${c.total} checks`, `${c.pass} passed`];
    if (c.fail > 0) parts.push(`${c.fail} failed${c.errors > 0 ? ` (${c.errors} mandatory)` : ''}`);
    if (c.waived > 0) parts.push(`${c.waived} waived`);
    if (c.notApplicable > 0) parts.push(`${c.notApplicable} not applicable`);
    if (c.error > 0) parts.push(`${c.error} could not be decided`);
    return `Compliance review: ${parts.join(', ')}${c.appendix ? ' (see Appendix table 2)' : ''}.`;
  },
  problemArea: (area, clauses) => `${area}: ${clauses.join('; ')}.`,
  problemsLead: 'The compliance review found the following problems:',
  noProblems: 'No problems to report.',
  noSuggestions: 'None.',
  statedTotalDiffers: (what, stated, computed) =>
    `The report states ${what} as ${stated}, but its parts sum to ${computed}; the sum of the parts is printed above. Please check.`,
  explanationUnsupported: (explanation, why) =>
    `The department's explanation "${explanation}" does not fit the figures (${why}); it is not printed as fact. Please check and revise it.`,
  overBudget: (item, actual, budget) => `${item}: actual ${actual}, over the budget of ${budget}`,
  threePublicTotal: '"three public" total',
  totals: { income: 'total income', expenditure: 'total expenditure', carryOut: 'the year-end carry-over', functional: (name) => name },
  staleAmounts: (stated, data) => `it states ${stated.join(', ')}; the data ${data.length > 0 ? `show ${data.join(', ')}` : 'differ'}`,
};
