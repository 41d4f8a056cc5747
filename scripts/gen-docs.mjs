// Generates the reference pages under docs/ before typedoc runs (`npm run docs`), from the sources
// of truth, deterministically (same sources, same bytes):
//   docs/input-format.md  from schema/evaluation-input.schema.json (scripts/build-schema.mjs, run by `npm run build`)
// `node scripts/gen-docs.mjs --check` writes nothing and exits 1 when a generated page is out of date.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderInputFormat } from './docs/input-format.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const schemaFile = join(root, 'schema', 'evaluation-input.schema.json');

if (!existsSync(schemaFile)) {
  console.error('[jixiao] schema/evaluation-input.schema.json is missing: run `npm run build` first');
  process.exit(1);
}
const schema = JSON.parse(await readFile(schemaFile, 'utf8'));

/** Pages to write: path relative to the repository → content. */
const pages = new Map([['docs/input-format.md', renderInputFormat(schema)]]);

await mkdir(join(root, 'docs'), { recursive: true });
let stale = 0;
for (const [rel, content] of pages) {
  const file = join(root, rel);
  const current = existsSync(file) ? await readFile(file, 'utf8') : undefined;
  if (current === content) continue;
  if (check) {
    console.error(`[jixiao] ${rel} is out of date: run \`npm run docs\``);
    stale++;
  } else {
    await writeFile(file, content);
    console.log(`wrote ${rel}`);
  }
}
if (stale > 0) process.exit(1);
