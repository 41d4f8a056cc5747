// ESLint flat config. Two jobs: typescript-eslint's recommended checks, and the layer rules of
// ../shared/DESIGN.md ("Layers and their rooms") enforced by eslint-plugin-boundaries, so that a layer
// reaching upward, sideways or into another layer's internal/ folder fails `npm run lint`.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** The layers under src/ and what each may import (besides itself and shared/, which all may use). */
const LAYERS = {
  shared: [],
  model: [],
  facts: ['model'],
  rules: ['model', 'facts'],
  scoring: ['model', 'facts'],
  render: ['model'], // plus result types: see TYPE_ONLY
  xlsx: ['model', 'facts', 'scoring'],
  docx: ['render'], // the Word export: render's public view model, plus result types
  examples: ['model'],
  cli: [], // the public API only: see PUBLIC_API
  app: ['model', 'facts', 'rules', 'scoring', 'render', 'examples', 'xlsx'], // src/*.ts: evaluate*, index, result
};

/** Layers a layer may import *types* from (`import type`), never values. */
const TYPE_ONLY = { render: ['app', 'rules', 'scoring', 'facts'], docx: ['app'] };

/** Entry points of the public API: the only files src/cli may import. */
const PUBLIC_API = ['app', 'model', 'rules', 'scoring', 'render', 'examples', 'xlsx', 'docx'];

/** STYLE.md 12 and 14: money never becomes a JS number outside the formatters, and decimal.js stays unconfigured. */
const MONEY_AS_NUMBER = [
  { selector: "CallExpression[callee.name='Number']", message: 'Number(...) turns a decimal into a float: keep it a Decimal or a string (STYLE.md 14).' },
  {
    selector: "CallExpression[callee.name='parseFloat'], MemberExpression[object.name='Number'][property.name='parseFloat']",
    message: 'parseFloat turns a decimal into a float (STYLE.md 14).',
  },
  { selector: "CallExpression[callee.property.name='toNumber']", message: '.toNumber() turns a Decimal into a float (STYLE.md 14).' },
  { selector: "CallExpression[callee.property.name='toFixed']", message: 'toFixed rounds a float: format with the Decimal helpers (STYLE.md 14).' },
  {
    selector: "CallExpression[callee.object.name=/Decimal$/][callee.property.name='set']",
    message: "Decimal.set mutates the host app's global: use Decimal.clone (STYLE.md 12).",
  },
];

const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'URL',
    'URLSearchParams',
    'Buffer',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'performance',
    'globalThis',
    'structuredClone',
    'TextEncoder',
    'TextDecoder',
    'queueMicrotask',
    'require',
    'module',
    '__dirname',
    '__filename',
    'gc',
  ].map((name) => [name, 'readonly']),
);

const layerNames = Object.keys(LAYERS).filter((name) => name !== 'app');
const elements = [
  ...layerNames.map((type) => ({ type, pattern: `src/${type}` })),
  // Must come last: the top-level files (src/evaluate.ts, src/index.ts, src/result.ts …).
  { type: 'app', pattern: 'src' },
];

const internal = (type) => ({ element: { type, fileInternalPath: 'internal/**' } });
const policies = [
  // Every layer may use shared/ (its public files) and the layers below it.
  ...Object.entries(LAYERS).map(([type, allowed]) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: ['shared', ...allowed] } } } },
  })),
  ...Object.entries(TYPE_ONLY).map(([type, allowed]) => ({
    from: { element: { type } },
    allow: { dependency: { kind: 'type' }, to: { element: { types: { anyOf: allowed } } } },
  })),
  // The command line is a client of the package: only src/index.ts and the subpath index files.
  {
    from: { element: { type: 'cli' } },
    allow: { to: { element: { types: { anyOf: PUBLIC_API }, fileInternalPath: 'index.ts' } } },
  },
  // A layer's internal/ folder is for that layer alone (same-element imports are never checked).
  ...layerNames.map((type) => ({
    from: { element: { type: `!${type}` } },
    disallow: { to: internal(type) },
    message: `src/${type}/internal/ is private to src/${type}: import from its public files instead`,
  })),
];

export default tseslint.config(
  { ignores: ['dist/', 'site/', 'coverage/', 'schema/', '.tmp/', 'bench/.out/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      // Unused names are the compiler's job (noUnusedLocals, noUnusedParameters in tsconfig.json): one check, one place.
      '@typescript-eslint/no-unused-vars': 'off',
      // Input scanning matches control characters on purpose, and report text is full of U+3000 and friends.
      'no-control-regex': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true, skipJSXText: true }],
    },
  },
  {
    // Node scripts (bench/, scripts/, this file): TypeScript files get their globals from the compiler.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // Tests may cast fixtures loosely and write out-of-range literals on purpose.
    files: ['test/**', 'src/**/*.test.ts', 'src/**/*.test-d.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-loss-of-precision': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test-d.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*.ts'],
      'import/resolver': { [new URL('./scripts/lint/resolveTs.cjs', import.meta.url).pathname]: {} },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
      'no-restricted-syntax': ['error', ...MONEY_AS_NUMBER],
    },
  },
  {
    // The playground page (playground/*.ts) is a client of the package, like src/cli: it imports the public entry
    // points by name and its own files, nothing from src/ and nothing of Node (it runs in the browser).
    files: ['playground/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message: 'playground/ uses the public API only: import from jixiao, jixiao/render, jixiao/docx, jixiao/xlsx or jixiao/examples.',
            },
            {
              regex: '^jixiao/(?!(render|docx|xlsx|examples)$)',
              message: 'not an entry point the playground may use (jixiao, jixiao/render, jixiao/docx, jixiao/xlsx, jixiao/examples).',
            },
            { regex: '^node:', message: 'the playground runs in the browser: no Node built-ins.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...MONEY_AS_NUMBER],
    },
  },
  {
    // The formatters (STYLE.md 14), the money module itself, and known non-money integer reads (date parts,
    // small counts, a sort key) in files other branches own: there, an inline disable with its reason is better.
    files: [
      'src/render/format*/**',
      'src/render/format*.ts',
      'src/model/money/**',
      'src/model/schema/primitives.ts',
      'src/scoring/methods/perViolation.ts',
      'src/cli/batch/summary.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
