// fast-check as the tests see it: vitest.config.ts points every `import fc from 'fast-check'` in a test
// here. The only difference is `fc.assert`, whose runs are capped by JIXIAO_PROPERTY_RUNS (default 100,
// fast-check's own default): a property written with `{ numRuns: 5000 }` runs 100 times in `npm test`
// and 5000 times in `npm run test:nightly`, which lifts the cap. Seeds still vary per run, so the
// everyday suite keeps sampling new cases; the nightly run is the thorough one.
import fc from 'fast-check';

export * from 'fast-check';

/** The most runs any one property gets in this process (JIXIAO_PROPERTY_RUNS; `Infinity` for no cap). */
export const PROPERTY_RUNS_CAP: number = readCap(process.env['JIXIAO_PROPERTY_RUNS']);

function readCap(text: string | undefined): number {
  if (text === undefined || text === '') return 100;
  if (text === 'all' || text === 'Infinity') return Infinity;
  const cap = Number.parseInt(text, 10);
  if (!Number.isSafeInteger(cap) || cap < 1) throw new Error(`JIXIAO_PROPERTY_RUNS must be a positive integer or "all", got ${JSON.stringify(text)}`);
  return cap;
}

const capped = (params: fc.Parameters<unknown> | undefined): fc.Parameters<unknown> => ({
  ...params,
  numRuns: Math.min(params?.numRuns ?? 100, PROPERTY_RUNS_CAP),
});

/** `fc.assert` with the run count capped (see above). */
export const assert: typeof fc.assert = ((property: fc.IRawProperty<unknown>, params?: fc.Parameters<unknown>) =>
  fc.assert(property, capped(params))) as typeof fc.assert;

const wrapped: typeof fc = { ...fc, assert };
export default wrapped;
