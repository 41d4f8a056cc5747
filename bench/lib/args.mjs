/**
 * What the bench scripts share about where they run: the repository root, their `--name value`
 * options, and the reference fixture. (`run.mjs` takes `--name=value` options and parses its own.)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const argv = process.argv.slice(2);

/** The value after `--name` on the command line, or `fallback`. */
export const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};

/** The reference fixture (Enyang 2022) as JSON text. */
export const fixtureText = () => readFileSync(join(ROOT, 'src/examples/enyang-administrative-approval-2022.json'), 'utf8');

/** The built library in `dir` (relative to the repository root, e.g. `dist`): its index module. */
export const loadBuild = (dir) => import(new URL('index.js', pathToFileURL(`${resolve(ROOT, dir)}/`)).href);

/** Where two texts (two builds' results) first differ, 200 characters either side, as the two lines of a DIFF report. */
export function firstDifference(a, b) {
  let i = 0;
  while (a[i] === b[i]) i++;
  const around = (s) => s.slice(Math.max(0, i - 200), i + 200);
  return `  A: …${around(a)}\n  B: …${around(b)}`;
}
