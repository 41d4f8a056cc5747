import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __JIXIAO_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'model/index': 'src/model/index.ts',
      'rules/index': 'src/rules/index.ts',
      'scoring/index': 'src/scoring/index.ts',
      'render/index': 'src/render/index.ts',
      'examples/index': 'src/examples/index.ts',
      'xlsx/index': 'src/xlsx/index.ts',
      'docx/index': 'src/docx/index.ts',
    },
    format: ['esm', 'cjs'],
    define,
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    // The render serialisers are our own (src/render/serialize): the library bundles no
    // third-party code besides these, so `require('jixiao/render')` needs nothing ESM-only.
    // `docx` (jixiao/docx only) is a runtime dependency, loaded from node_modules, never bundled.
    external: ['zod', 'decimal.js', 'yaml', 'docx'],
  },
  {
    // The batch worker is an entry of its own: `jixiao batch --jobs N` starts it beside main.js.
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/batchWorker': 'src/cli/batch/worker.ts' },
    format: ['esm'],
    define,
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['zod', 'decimal.js', 'yaml', 'commander', 'cli-progress', 'docx'],
  },
]);
