// Builds the package with the project's own tsup.config.ts into a private directory, so tests never
// race each other (or `npm run build`) over dist/. The build runs in a child process: tsup is a build
// tool and should not share the test worker's module graph.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root. */
export const ROOT: string = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A fresh directory under `.tmp/` (ignored by git). Built files live inside the repository so that
 * their bare imports (`zod`, `commander` …) resolve to the repository's node_modules.
 */
export function repoTempDir(prefix: string): string {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  return mkdtempSync(join(ROOT, '.tmp', `${prefix}-`));
}

/**
 * Build into `outDir` (e.g. `<tmp>/dist`) with tsup.config.ts, overriding only the output directory,
 * `clean` (the directory is new) and, unless `dts` is set, declarations (slow, not needed to run).
 */
export async function buildPackage(outDir: string, options: { readonly dts?: boolean } = {}): Promise<void> {
  const overrides = { outDir, silent: true, clean: false, ...(options.dts ? {} : { dts: false }) };
  const script = `import { build } from 'tsup'; await build(${JSON.stringify(overrides)});`;
  await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
}
