// Builds the playground page (playground/index.html, style.css, main.ts) into <out>/playground/:
// one classic script bundled by esbuild (so the page also opens from file://), the stylesheet and the
// page. The page imports only the package's public entry points ('jixiao', 'jixiao/render',
// 'jixiao/docx', 'jixiao/xlsx', 'jixiao/examples'), resolved here to a built package (dist/ by
// default: `npm run docs` builds it first). Nothing of Node may reach the bundle: a `node:` import
// or a Node built-in in the bundle's inputs fails the build.
//
//   node playground/build.mjs [--out site] [--dist dist]
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');

/** The public entry points the page may import, and the file each is in a built package. */
export const ENTRY_POINTS = {
  jixiao: 'index.js',
  'jixiao/render': 'render/index.js',
  'jixiao/docx': 'docx/index.js',
  'jixiao/xlsx': 'xlsx/index.js',
  'jixiao/examples': 'examples/index.js',
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Build the playground into `<outDir>/playground` from the package built in `dist`.
 * @param {{ outDir?: string, dist?: string }} [options]
 * @returns {Promise<{ dir: string, bytes: number }>} the folder written and the script's size
 */
export async function buildPlayground(options = {}) {
  const outDir = resolve(ROOT, options.outDir ?? 'site');
  const dist = resolve(ROOT, options.dist ?? 'dist');
  if (!existsSync(join(dist, 'index.js'))) throw new Error(`[playground] ${dist} holds no build: run npm run build first`);
  const dir = join(outDir, 'playground');
  await mkdir(dir, { recursive: true });
  /** @type {import('esbuild').Plugin} */
  const publicApi = {
    name: 'jixiao-public-api',
    setup(b) {
      b.onResolve({ filter: /^jixiao(\/.*)?$/ }, (args) => {
        const file = ENTRY_POINTS[/** @type {keyof typeof ENTRY_POINTS} */ (args.path)];
        if (!file) return { errors: [{ text: `${args.path} is not one of the entry points the playground may use` }] };
        return { path: join(dist, file) };
      });
      b.onResolve({ filter: /^node:/ }, (args) => ({
        errors: [{ text: `${args.path}: Node built-ins cannot run in the page (imported by ${args.importer})` }],
      }));
    },
  };
  const result = await build({
    entryPoints: [join(HERE, 'main.ts')],
    outfile: join(dir, 'playground.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'external',
    metafile: true,
    logLevel: 'warning',
    // tsup's chunks are imported for their (absent) side effects; the package says it has none.
    logOverride: { 'ignored-bare-import': 'silent' },
    plugins: [publicApi],
  });
  const builtins = Object.keys(result.metafile.inputs).filter((input) => NODE_BUILTINS.has(input) || input.startsWith('node:'));
  if (builtins.length > 0) throw new Error(`[playground] Node built-ins in the bundle: ${builtins.join(', ')}`);
  await copyFile(join(HERE, 'index.html'), join(dir, 'index.html'));
  await copyFile(join(HERE, 'style.css'), join(dir, 'style.css'));
  const bytes = (await readFile(join(dir, 'playground.js'))).length;
  return { dir, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const { dir, bytes } = await buildPlayground({ outDir: arg('--out'), dist: arg('--dist') });
  console.log(`wrote ${dir} (playground.js ${(bytes / 1024).toFixed(0)} KiB)`);
}
