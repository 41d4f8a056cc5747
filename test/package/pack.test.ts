// The package as users get it: `npm pack`, install the tarball into a fresh project outside the
// repository, and use it there as ESM, as CommonJS, from TypeScript (node16 and bundler resolution),
// from the installed `jixiao` bin, and bundled for the browser (run in chromium). Every one must
// evaluate the built-in Enyang example to 98 (优秀). Slow (npm install): 300 s.
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EvaluationInputSchema } from '../../src/model/index.js';
import { launchChromium } from './browser.js';
import { builtPackage, repoTempDir, ROOT } from './buildPackage.js';

const exec = promisify(execFile);
const TIMEOUT = 300_000;
const BIN = join(ROOT, 'node_modules', '.bin');

let consumer = '';
const temps: string[] = [];
let packedSize = 0;
let unpackedSize = 0;
const sizes: string[] = [];
/** The browser bundle of `core.js` (evaluateDepartment + renderers), measured by the browser test. */
let coreBundle: { minified: number; gzip: number } | undefined;

/** A size as the README writes it ("603 kB", "2.5 MB") → bytes. */
function bytesOf(text: string): number {
  const m = /^([\d.]+)\s*(kB|MB)$/.exec(text.trim());
  if (!m) throw new Error(`not a size: ${text}`);
  return Number.parseFloat(m[1] ?? '0') * (m[2] === 'MB' ? 1024 * 1024 : 1024);
}

/** How far a README figure may be from the measured one before the test asks for an update. */
const TOLERANCE = 0.1;

async function sh(cmd: string, args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await exec(cmd, [...args], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  return stdout;
}

const USE = {
  esm: `import { evaluateDepartment } from 'jixiao';
import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
import { renderMarkdown } from 'jixiao/render';
const r = evaluateDepartment(ENYANG_2022_EXAMPLE);
if (!renderMarkdown(r).includes('优秀')) throw new Error('report without grade');
console.log(JSON.stringify([r.score.total, r.score.grade.label]));
`,
  cjs: `const { evaluateDepartment } = require('jixiao');
const { ENYANG_2022_EXAMPLE } = require('jixiao/examples');
const { renderHtml } = require('jixiao/render');
const r = evaluateDepartment(ENYANG_2022_EXAMPLE);
if (!renderHtml(r).includes('优秀')) throw new Error('report without grade');
console.log(JSON.stringify([r.score.total, r.score.grade.label]));
`,
  ts: `import { type EvaluationResult, evaluateDepartment, safeEvaluateDepartment } from 'jixiao';
import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
import { renderMarkdown } from 'jixiao/render';
import { safeParseEvaluationInput } from 'jixiao/model';
const result: EvaluationResult = evaluateDepartment(ENYANG_2022_EXAMPLE, { locale: 'en' });
const total: string = result.score.total;
const md: string = renderMarkdown(result);
const safe = safeEvaluateDepartment({});
if (!safe.ok) { const code: string = safe.issues[0].code; void code; }
const parsed = safeParseEvaluationInput(ENYANG_2022_EXAMPLE);
// @ts-expect-error: locale is a closed union
evaluateDepartment(ENYANG_2022_EXAMPLE, { locale: 'fr' });
export { total, md, parsed };
`,
  browser: `import { evaluateDepartment } from 'jixiao';
import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
import { renderHtml } from 'jixiao/render';
const r = evaluateDepartment(ENYANG_2022_EXAMPLE);
globalThis.__jixiao = { total: r.score.total, grade: r.score.grade.label, html: renderHtml(r).length };
`,
  core: `export { evaluateDepartment } from 'jixiao';
export { renderMarkdown, renderHtml } from 'jixiao/render';
`,
};

function tsconfig(module: string, moduleResolution: string): string {
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      module,
      moduleResolution,
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      types: [],
      skipLibCheck: false,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
    },
    files: ['use.ts'],
  });
}

beforeAll(async () => {
  const stage = repoTempDir('pack');
  temps.push(stage);
  for (const f of ['package.json', 'README.md', 'CHANGELOG.md']) copyFileSync(join(ROOT, f), join(stage, f));
  mkdirSync(join(stage, 'scripts'));
  copyFileSync(join(ROOT, 'scripts', 'build-schema.mjs'), join(stage, 'scripts', 'build-schema.mjs'));
  cpSync(await builtPackage({ dts: true }), join(stage, 'dist'), { recursive: true });
  await sh(process.execPath, ['scripts/build-schema.mjs'], stage);
  const tarballs = mkdtempSync(join(tmpdir(), 'jixiao-tgz-'));
  temps.push(tarballs);
  // --ignore-scripts: the stage holds a finished build; package.json's `prepack` (which builds a fresh
  // clone before `npm pack`) has no sources to build here.
  const [info] = JSON.parse(await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tarballs], stage)) as {
    filename: string;
    size: number;
    unpackedSize: number;
  }[];
  if (!info) throw new Error('npm pack printed nothing');
  packedSize = info.size;
  unpackedSize = info.unpackedSize;
  consumer = mkdtempSync(join(tmpdir(), 'jixiao-consumer-'));
  temps.push(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(tarballs, info.filename)], consumer);
  for (const [name, text] of Object.entries(USE))
    writeFileSync(join(consumer, name === 'cjs' ? 'use.cjs' : name === 'esm' ? 'use.mjs' : name === 'ts' ? 'use.ts' : `${name}.js`), text);
}, TIMEOUT);

afterAll(() => {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.info([`packed ${kb(packedSize)} (unpacked ${kb(unpackedSize)})`, ...sizes].join('\n'));
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('runs as ESM', async () => {
    expect(JSON.parse(await sh(process.execPath, ['use.mjs'], consumer))).toEqual(['98', '优秀']);
  });

  it('ships the JSON Schema that docs/input-format.md is generated from, defaults included', () => {
    // Built from dist/ by scripts/build-schema.mjs, as the package ships it. Until amounts stopped being
    // zod transforms, the bundled build dropped every default wrapping an amount (ledger.expenditure …)
    // while the docs page, generated from the sources, listed them.
    const shipped = JSON.parse(readFileSync(join(consumer, 'node_modules', 'jixiao', 'schema', 'evaluation-input.schema.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const { $schema, ...rest } = z.toJSONSchema(EvaluationInputSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    expect(shipped).toEqual({ $schema, title: 'jixiao evaluation input', ...rest });
    const ledger = (shipped.properties as Record<string, { properties: Record<string, { default?: unknown }> }>).ledger;
    expect(ledger?.properties.expenditure?.default).toEqual({ byEconomic: [], byFunctional: [], lines: [], projects: [] });
  });

  it('runs as CommonJS', async () => {
    expect(JSON.parse(await sh(process.execPath, ['use.cjs'], consumer))).toEqual(['98', '优秀']);
  });

  it('runs its bin: jixiao demo', async () => {
    const out = await sh(join(consumer, 'node_modules', '.bin', 'jixiao'), ['demo', '--format', 'json'], consumer);
    const result = JSON.parse(out) as { score: { total: string; grade: { label: string } } };
    expect([result.score.total, result.score.grade.label]).toEqual(['98', '优秀']);
  });

  it(
    'type-checks a TypeScript consumer (node16 and bundler resolution)',
    async () => {
      for (const [module, resolution] of [
        ['node16', 'node16'],
        ['esnext', 'bundler'],
      ] as const) {
        writeFileSync(join(consumer, 'tsconfig.json'), tsconfig(module, resolution));
        await expect(sh(join(BIN, 'tsc'), ['-p', 'tsconfig.json'], consumer), `${module}/${resolution}`).resolves.toBe('');
      }
    },
    TIMEOUT,
  );

  it(
    'bundles for the browser and evaluates there (chromium)',
    async () => {
      const esbuild = join(BIN, 'esbuild');
      await sh(esbuild, ['browser.js', '--bundle', '--minify', '--platform=browser', '--format=iife', '--outfile=out/browser.js'], consumer);
      await sh(esbuild, ['core.js', '--bundle', '--minify', '--platform=browser', '--format=esm', '--outfile=out/core.js'], consumer);
      const core = readFileSync(join(consumer, 'out', 'core.js'));
      coreBundle = { minified: core.length, gzip: gzipSync(core, { level: 9 }).length };
      const measure = (file: string) => {
        const bytes = readFileSync(join(consumer, 'out', file));
        return `${(bytes.length / 1024).toFixed(1)} kB minified, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} kB gzip`;
      };
      sizes.push(`browser: evaluateDepartment + renderers ${measure('core.js')}; with the example ${measure('browser.js')}`);
      const context = await launchChromium();
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.setContent('<!DOCTYPE html><html><body></body></html>');
        await page.addScriptTag({ content: readFileSync(join(consumer, 'out', 'browser.js'), 'utf8') });
        const r = await page.evaluate(() => (globalThis as unknown as { __jixiao: { total: string; grade: string; html: number } }).__jixiao);
        expect(errors).toEqual([]);
        expect([r.total, r.grade]).toEqual(['98', '优秀']);
        expect(r.html).toBeGreaterThan(1000);
      } finally {
        await context.close();
      }
    },
    TIMEOUT,
  );

  it('the README quotes these sizes (within 10 %): update its "Sizes" table when this fails', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const tarball = /\| `npm pack` tarball[^|]*\| ([\d.]+ [kM]B) \(([\d.]+ [kM]B) unpacked\) \|/.exec(readme);
    const bundle = /\| browser bundle[^|]*\| ([\d.]+ [kM]B), ([\d.]+ [kM]B) gzip \|/.exec(readme);
    expect(tarball, 'README: the npm pack row').not.toBeNull();
    expect(bundle, 'README: the browser bundle row').not.toBeNull();
    expect(coreBundle, 'the browser test measures the bundle first').toBeDefined();
    const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
    const pairs: [string, string, number][] = [
      ['tarball', tarball?.[1] ?? '', packedSize],
      ['unpacked', tarball?.[2] ?? '', unpackedSize],
      ['bundle', bundle?.[1] ?? '', coreBundle?.minified ?? 0],
      ['bundle gzip', bundle?.[2] ?? '', coreBundle?.gzip ?? 0],
    ];
    for (const [what, quoted, measured] of pairs) {
      expect(Math.abs(bytesOf(quoted) - measured) / measured, `README ${what}: ${quoted}, measured ${kb(measured)}`).toBeLessThanOrEqual(TOLERANCE);
    }
  });
});
