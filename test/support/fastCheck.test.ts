// Every test's `import fc from 'fast-check'` is routed to test/support/fastCheck.ts (vitest.config.ts),
// which caps the runs of each property at JIXIAO_PROPERTY_RUNS (`npm run test:nightly` lifts the cap).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_RUNS_CAP } from './fastCheck.js';

describe('property runs', () => {
  it('caps numRuns at JIXIAO_PROPERTY_RUNS (default 100)', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.integer(), () => {
        runs++;
      }),
      { numRuns: 5000 },
    );
    expect(runs).toBe(Math.min(5000, PROPERTY_RUNS_CAP));
    if (process.env['JIXIAO_PROPERTY_RUNS'] === undefined) expect(runs).toBe(100);
  });

  it('leaves smaller counts and the rest of fast-check alone', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.constant(1), () => {
        runs++;
      }),
      { numRuns: 7 },
    );
    expect(runs).toBe(7);
    expect(fc.sample(fc.constant('x'), 3)).toEqual(['x', 'x', 'x']);
  });
});
