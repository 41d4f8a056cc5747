/**
 * The hostile-input corpus: every file in test/fixtures/bad/ is one case.
 *
 * ```json
 * { "description": "what is wrong, in words",
 *   "target": "evaluate" | "system" | "rulePack",          // default "evaluate"
 *   "input": <value or patch>,                              // see support.ts for the patch format
 *   "text": "<raw JSON/YAML text or a generator>", "format": "json" | "yaml",  // instead of input
 *   "options": { "system": …, "asOf": … },                  // evaluate only (generators allowed)
 *   "expect": [{ "code": "invalid_amount", "path": ["ledger", "income", "carriedIn"] }] }
 * ```
 *
 * - `evaluate`: text goes through `readDataText` (its issues are the answer if it fails), then the
 *   value through `safeEvaluateDepartment(value, options)`.
 * - `system`: `validateIndicatorSystem(input)`. `rulePack`: `loadRulePack(text ?? input, { format })`.
 *
 * Each case must come back `{ ok: false }` with exactly the expected issues (code and path, in any
 * order), in zh-CN and en alike; nothing may throw; each call must finish within 2 s; and after the
 * whole corpus no prototype has gained a key and no process warning was printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { safeEvaluateDepartment, type EvaluateOptions } from '../../src/evaluate.js';
import type { Issue, Locale, Result } from '../../src/shared/issues.js';
import { readDataText, type TextFormat } from '../../src/model/text.js';
import { loadRulePack } from '../../src/rules/index.js';
import { validateIndicatorSystem } from '../../src/scoring/index.js';
import { applyPatch, BAD_DIR, brief, enyang, expectWellFormedIssues, type Patch, prototypeSnapshot, resolve } from './support.js';

interface BadCase {
  readonly description: string;
  readonly target?: 'evaluate' | 'system' | 'rulePack';
  readonly input?: unknown;
  readonly text?: unknown;
  readonly format?: TextFormat;
  readonly options?: Record<string, unknown>;
  readonly expect: ReadonlyArray<Pick<Issue, 'code' | 'path'>>;
}

/** Per-call budget: no case may take longer than this (the test timeout is the backstop). */
const BUDGET_MS = 2_000;

const files = readdirSync(BAD_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

function build(input: unknown): unknown {
  if (typeof input === 'object' && input !== null && 'base' in input) {
    const patch = input as Patch;
    if (patch.base !== 'enyang') throw new Error(`unknown base ${patch.base}`);
    return applyPatch(enyang(), patch);
  }
  return resolve(input);
}

function run(c: BadCase, locale: Locale): { result: Result<unknown>; ms: number } {
  const text = c.text === undefined ? undefined : (resolve(c.text) as string);
  const input = c.input === undefined ? undefined : build(c.input);
  const format = c.format ? { format: c.format } : {};
  const options = (c.options ? resolve(c.options) : {}) as EvaluateOptions;
  const start = performance.now();
  let result: Result<unknown>;
  switch (c.target ?? 'evaluate') {
    case 'system':
      result = validateIndicatorSystem(input, { locale });
      break;
    case 'rulePack':
      result = loadRulePack(text ?? input, { locale, ...format });
      break;
    default: {
      const read = text === undefined ? ({ ok: true, value: input } as const) : readDataText(text, { locale, ...format });
      result = read.ok ? safeEvaluateDepartment(read.value, { ...options, locale }) : read;
    }
  }
  return { result, ms: performance.now() - start };
}

const protoBefore = prototypeSnapshot();
const warnings: string[] = [];
const onWarning = (w: Error): void => {
  warnings.push(`${w.name}: ${w.message}`);
};

beforeAll(() => {
  process.on('warning', onWarning);
});

describe('hostile-input corpus (test/fixtures/bad)', () => {
  test('has cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  for (const file of files) {
    const c = JSON.parse(readFileSync(`${BAD_DIR}${file}`, 'utf8')) as BadCase;
    test(`${file.replace(/\.json$/, '')}: ${c.description}`, { timeout: 3 * BUDGET_MS }, () => {
      expect(c.expect.length, 'a case names its expected issues').toBeGreaterThan(0);
      for (const locale of ['zh-CN', 'en'] as const) {
        let outcome: ReturnType<typeof run>;
        try {
          outcome = run(c, locale);
        } catch (e) {
          throw new Error(`threw instead of returning issues: ${String(e)}`);
        }
        const { result, ms } = outcome;
        expect(ms, `${locale}: took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expectWellFormedIssues(result.issues);
        expect(result.issues.map(brief).sort()).toEqual(c.expect.map(brief).sort());
        if (locale === 'en') for (const i of result.issues) expect(i.message, 'en messages are not Chinese').not.toMatch(/[：，。]/);
      }
    });
  }
});

afterAll(() => {
  process.off('warning', onWarning);
  // Checked here (after every case ran) as well as in the next file's own test.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((globalThis as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeSnapshot()).toEqual(protoBefore);
  expect(warnings).toEqual([]);
});

describe('after the corpus', () => {
  // vitest runs the tests of a file in order: this one runs after every case above.
  test('no prototype gained a key, nothing was polluted, no process warning was printed', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect((globalThis as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toEqual(protoBefore);
    expect(warnings).toEqual([]);
  });
});
