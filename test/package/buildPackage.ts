// Builds the package with the project's own tsup.config.ts into a private directory, so tests never
// race each other (or `npm run build`) over dist/. The build runs in a child process: tsup is a build
// tool and should not share the test worker's module graph.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A hash of everything the build reads: sources, fixtures bundled into the examples, build config. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const inputs = [...files(join(ROOT, 'src')), join(ROOT, 'tsup.config.ts'), join(ROOT, 'package.json')];
  for (const file of inputs.sort()) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The package built once and shared by every test that needs it (the CLI tests, the packed package),
 * as the path of its `dist/` directory:
 * - `JIXIAO_DIST=<dir>` names a build made beforehand: `npm test` runs `npm run build` first and
 *   passes `dist`, so the suite, publint and attw all check the one build;
 * - otherwise the package is built into `.tmp/build-<hash of the sources>-<dts|js>/dist`, once per
 *   source state: test files build into fresh directories and rename them into place, so concurrent
 *   files never see a half-built package, and a rerun with unchanged sources builds nothing.
 *   A build with declarations also serves a request without them.
 */
export async function builtPackage(options: { readonly dts?: boolean } = {}): Promise<string> {
  const given = process.env['JIXIAO_DIST'];
  if (given) {
    const dist = resolve(ROOT, given);
    if (!existsSync(join(dist, 'index.js'))) throw new Error(`JIXIAO_DIST=${given}: ${dist} holds no build (run npm run build)`);
    return dist;
  }
  const hash = sourceHash();
  const kinds = options.dts ? ['dts'] : ['dts', 'js'];
  for (const kind of kinds) {
    const dist = join(ROOT, '.tmp', `build-${hash}-${kind}`, 'dist');
    if (existsSync(join(dist, 'index.js'))) return dist;
  }
  const target = join(ROOT, '.tmp', `build-${hash}-${options.dts ? 'dts' : 'js'}`);
  const dir = repoTempDir('build');
  await buildPackage(join(dir, 'dist'), options);
  try {
    renameSync(dir, target);
  } catch {
    return join(dir, 'dist'); // another test file got there first: use our own copy
  }
  return join(target, 'dist');
}
