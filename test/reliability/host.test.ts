/**
 * No surprises for the host application: the library neither reads nor changes the host's
 * global settings — decimal.js (`Decimal.set`) and zod (`z.config(locale)`) — and loading or
 * running it adds no global, no prototype key, prints nothing and emits no process warning.
 *
 * The library is imported dynamically, after the host's state has been recorded, so the test
 * also covers module loading.
 */
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import type * as Evaluate from '../../src/evaluate.js';
import type * as Render from '../../src/render/index.js';
import type * as Model from '../../src/model/index.js';
import { BAD_DIR, enyang, prototypeSnapshot } from './support.js';
import { readFileSync } from 'node:fs';

const decimalConfig = (): Record<string, unknown> => {
  const c = Decimal as unknown as Record<string, unknown>;
  return Object.fromEntries(['precision', 'rounding', 'toExpNeg', 'toExpPos', 'minE', 'maxE', 'modulo', 'crypto'].map((k) => [k, c[k]]));
};

const globalsBefore = new Set(Object.keys(globalThis));
const protoBefore = prototypeSnapshot();
const decimalBefore = decimalConfig();
const zodBefore = z.config();

let lib: typeof Evaluate;
let render: typeof Render;
let model: typeof Model;

/** Inputs whose issues exercise every message path we can reach easily: types, enums, keys, amounts, codes. */
const BAD_INPUTS = [
  'wrong-type-year',
  'wrong-type-root',
  'missing-department-name',
  'unknown-key',
  'amount-nan-string',
  'amount-float-artifact',
  'code-unknown-economic',
  'year-mismatch',
  'wrong-type-count-fraction',
].map((name) => JSON.parse(readFileSync(`${BAD_DIR}${name}.json`, 'utf8')) as { input: unknown });

/** Everything observable: results in both locales, issues of bad inputs, money arithmetic, rendered reports. */
function observe(): unknown {
  const bad = BAD_INPUTS.map(({ input }) => {
    const data = typeof input === 'object' && input !== null && 'base' in input ? patch(input as never) : input;
    return (['zh-CN', 'en'] as const).map((locale) => lib.safeEvaluateDepartment(data, { locale }));
  });
  const zh = lib.evaluateDepartment(enyang());
  const en = lib.evaluateDepartment(enyang(), { locale: 'en', system: 'mof-2013' });
  return {
    zh,
    en,
    bad,
    money: [
      model.addMoney(['123456789012.345678', '0.000001', '987654321098.654321'] as never),
      model.formatMoney('2.345' as never, { decimals: 2 }),
      model.formatMoney('2.345' as never, { decimals: 2, rounding: 'halfEven' }),
      model.allocateMoney('100' as never, ['1', '1', '1']),
      model.readMoney('1234.56', { unit: '元' }),
    ],
    markdown: render.renderMarkdown(zh),
    html: render.renderHtml(en),
  };
}

function patch(p: { set?: Record<string, unknown>; unset?: string[] }): unknown {
  const data = enyang();
  for (const [path, value] of Object.entries(p.set ?? {})) {
    const segs = path.split('.');
    let cur = data as Record<string, unknown>;
    for (const s of segs.slice(0, -1)) cur = cur[s] as Record<string, unknown>;
    cur[segs.at(-1) as string] = value;
  }
  for (const path of p.unset ?? []) {
    const segs = path.split('.');
    let cur = data as Record<string, unknown>;
    for (const s of segs.slice(0, -1)) cur = cur[s] as Record<string, unknown>;
    delete cur[segs.at(-1) as string];
  }
  return data;
}

const warnings: string[] = [];
const onWarning = (w: Error): void => {
  warnings.push(w.message);
};

beforeAll(async () => {
  process.on('warning', onWarning);
  lib = await import('../../src/evaluate.js');
  render = await import('../../src/render/index.js');
  model = await import('../../src/model/index.js');
});

afterAll(() => {
  process.off('warning', onWarning);
  Decimal.set({ precision: 20, rounding: Decimal.ROUND_HALF_UP });
  z.config(z.locales.en());
});

describe('loading the library', () => {
  test('changes no global, no prototype, no decimal.js or zod setting', () => {
    expect(Object.keys(globalThis).filter((k) => !globalsBefore.has(k))).toEqual([]);
    expect(prototypeSnapshot()).toEqual(protoBefore);
    expect(decimalConfig()).toEqual(decimalBefore);
    expect(z.config()).toEqual(zodBefore);
  });
});

describe('host settings do not change our results, and we do not change theirs', () => {
  test('Decimal.set({ precision: 5, rounding: ROUND_DOWN }) and z.config(fr) on the host', () => {
    const console_ = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const before = observe();
    const json = JSON.stringify(before);

    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
    z.config(z.locales.fr());
    // The host's settings are really in force for the host's own code:
    expect(new Decimal(1).div(3).toString()).toBe('0.33333');
    expect(z.string().safeParse(1).error?.issues[0]?.message).toMatch(/^Entrée invalide/);

    const after = observe();
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).toBe(json);

    // … and are still in force after ours ran.
    expect(Decimal.precision).toBe(5);
    expect(Decimal.rounding).toBe(Decimal.ROUND_DOWN);
    expect(new Decimal(2).div(3).toString()).toBe('0.66666');
    expect(z.string().safeParse(1).error?.issues[0]?.message).toMatch(/^Entrée invalide/);

    for (const spy of console_) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
    expect(warnings).toEqual([]);
  });

  test('no message of ours is French, whatever zod is set to', () => {
    z.config(z.locales.fr());
    const messages = BAD_INPUTS.flatMap(({ input }) => {
      const data = typeof input === 'object' && input !== null && 'base' in input ? patch(input as never) : input;
      const r = lib.safeEvaluateDepartment(data, { locale: 'en' });
      return r.ok ? [] : r.issues.map((i) => i.message);
    });
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) expect(m).not.toMatch(/Entrée|attendu|reçu|invalide/);
  });

  test('nothing new on globalThis or any prototype after all of that', () => {
    expect(Object.keys(globalThis).filter((k) => !globalsBefore.has(k))).toEqual([]);
    expect(prototypeSnapshot()).toEqual(protoBefore);
  });
});
