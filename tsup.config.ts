import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'model/index': 'src/model/index.ts',
      'rules/index': 'src/rules/index.ts',
      'scoring/index': 'src/scoring/index.ts',
      'render/index': 'src/render/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    external: ['zod', 'decimal.js', 'yaml'],
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['zod', 'decimal.js', 'yaml', 'commander'],
  },
]);
