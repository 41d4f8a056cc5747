/**
 * How the input schema is run: through zod's compiled form (`z.compile`), unless the host asked zod
 * for no generated code. Each case imports the parser afresh (vi.resetModules), so the compiled
 * schemas of one case are not those of the other, and counts the functions generated meanwhile by
 * watching the global `Function` constructor. zod's compiler names its first parameter `INVALID`
 * (the sentinel of a failed fast path); its object JIT names them `payload, ctx`.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';

const fixture = (): unknown => JSON.parse(readFileSync(new URL('../examples/enyang-administrative-approval-2022.json', import.meta.url), 'utf8'));

/** The parameter lists of the functions generated while `run` runs. */
async function generatedDuring(run: () => Promise<void>): Promise<string[][]> {
  const original = globalThis.Function;
  const made: string[][] = [];
  globalThis.Function = new Proxy(original, {
    construct(target, args: string[]) {
      made.push(args.slice(0, -1));
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    await run();
  } finally {
    globalThis.Function = original;
  }
  return made;
}

const byCompile = (made: string[][]): number => made.filter((params) => params[0] === 'INVALID').length;

describe('the input parser', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('runs the schema zod compiled, once per unit, on first use', async () => {
    vi.resetModules();
    const made = await generatedDuring(async () => {
      const { safeParseEvaluationInput } = await import('./parse.js');
      expect(safeParseEvaluationInput(fixture()).ok).toBe(true);
      expect(safeParseEvaluationInput(fixture()).ok).toBe(true);
    });
    expect(byCompile(made)).toBeGreaterThan(0);
    const again = await generatedDuring(async () => {
      const { safeParseEvaluationInput } = await import('./parse.js');
      expect(safeParseEvaluationInput(fixture()).ok).toBe(true);
    });
    expect(byCompile(again)).toBe(0);
  });

  it('generates no code when the host has set z.config({ jitless: true }), and parses alike', async () => {
    vi.resetModules();
    const { safeParseEvaluationInput } = await import('./parse.js');
    const compiled = safeParseEvaluationInput(fixture());
    vi.resetModules();
    z.config({ jitless: true });
    let plain: unknown;
    const made = await generatedDuring(async () => {
      const parse = await import('./parse.js');
      plain = parse.safeParseEvaluationInput(fixture());
    });
    expect(byCompile(made)).toBe(0);
    expect(plain).toEqual(compiled);
  });
});
