/**
 * Evaluating does not ship the YAML parser: `evaluateDepartment` and `runRules` validate rule packs
 * they are given as objects (validateRulePack), and only `loadRulePack`, which reads text, imports
 * the YAML reader. Checked on the bundle esbuild builds from the sources, as a browser app would.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The files that end up in an ESM browser bundle of `contents` (zod left external, as it is a peer). */
async function bundledInputs(contents: string): Promise<string[]> {
  const r = await build({
    stdin: { contents, resolveDir: ROOT, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    external: ['zod'],
    metafile: true,
    logLevel: 'silent',
  });
  // Every output's inputs that left bytes in it (metafile.inputs also lists modules tree-shaken away).
  return Object.values(r.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([path]) => path),
  );
}

const isYaml = (path: string): boolean => /node_modules\/yaml\//.test(path) || path.endsWith('src/model/text.ts');

describe('the browser bundle of the evaluate path has no YAML parser', () => {
  it('evaluateDepartment and runRules from the package root', async () => {
    const inputs = await bundledInputs("export { evaluateDepartment, safeEvaluateDepartment, runRules, CORE_RULE_PACK } from './src/index.ts';");
    expect(inputs.some((p) => p.endsWith('src/rules/runRules.ts'))).toBe(true);
    expect(inputs.filter(isYaml)).toEqual([]);
  });

  it('src/evaluate.ts on its own', async () => {
    expect((await bundledInputs("export * from './src/evaluate.ts';")).filter(isYaml)).toEqual([]);
  });

  it('loadRulePack, which reads YAML text, still brings it', async () => {
    expect((await bundledInputs("export { loadRulePack } from './src/rules/index.ts';")).some(isYaml)).toBe(true);
  });
});
