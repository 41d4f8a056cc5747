// Writes docs/systems/<id>.md for each built-in indicator system (`node scripts/gen-system-pages.mjs`).
// The renderer is TypeScript (scripts/systemPages.ts, also used by the staleness test), so it is
// bundled with esbuild into a temporary module first. Deterministic: same source, same bytes.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = await mkdtemp(join(tmpdir(), 'jixiao-pages-'));
try {
  const outfile = join(tmp, 'systemPages.mjs');
  await build({
    entryPoints: [join(root, 'scripts', 'systemPages.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
    nodePaths: [join(root, 'node_modules')],
  });
  const { systemPages } = await import(pathToFileURL(outfile).href);
  const dir = join(root, 'docs', 'systems');
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(systemPages())) {
    await writeFile(join(dir, name), text);
    console.log(`wrote docs/systems/${name}`);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
