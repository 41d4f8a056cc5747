import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Tests import fast-check through test/support/fastCheck.ts, which caps property runs (JIXIAO_PROPERTY_RUNS). */
const FAST_CHECK = fileURLToPath(new URL('test/support/fastCheck.ts', import.meta.url));
const cappedFastCheck: Plugin = {
  name: 'jixiao:capped-fast-check',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === 'fast-check' && importer !== undefined && importer !== FAST_CHECK ? FAST_CHECK : null;
  },
};

export default defineConfig({
  define: { __JIXIAO_VERSION__: JSON.stringify(version) },
  plugins: [cappedFastCheck],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // vitest's default is one worker per CPU minus one: a single worker on a 2-core machine. Many files
    // wait on child processes (the built CLI, npm, typedoc, chromium), so two workers there pay off.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/*.test-d.ts', 'src/cli/main.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
      reportOnFailure: true,
      // A floor a little under what the suite measures (all of src, 2026-12-04: lines 94.97, statements 93.05,
      // functions 90.92, branches 84.40). src/cli runs in-process for most of its tests (test/cli/runCli.ts,
      // runInProcess), so v8 coverage sees it; its own floor keeps it so (it measured lines 85.9 there, and was
      // 0–50% when every CLI test spawned the built command). Raise these as tests grow; never lower them to pass.
      thresholds: {
        lines: 94,
        statements: 92,
        functions: 90,
        branches: 83,
        'src/cli/**': { lines: 84 },
        'src/rules/**': { lines: 95 }, // STYLE.md 35: at least 95% of lines in rules/ and scoring/
        'src/scoring/**': { lines: 98 },
      },
    },
  },
});
