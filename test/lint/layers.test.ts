// The layer rules of DESIGN.md ("Layers and their rooms") are enforced by eslint.config.js. These tests
// lint small snippets as if they were files in a layer, through ESLint's Node API, and check that a
// forbidden import is reported by the boundaries rule and an allowed one is not.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RULE = 'boundaries/dependencies';
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The boundary-rule messages for `code` linted as the file `filePath` (relative to the repository root). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (result === undefined) throw new Error(`no lint result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result.messages.filter((m) => m.ruleId === RULE && m.severity === 2).map((m) => m.message);
}

describe('layer rules', () => {
  it('fails when model imports upward (rules)', async () => {
    const errors = await boundaryErrors('src/model/x.ts', "import { runRules } from '../rules/index.js';\nexport const f = runRules;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/model.*rules/);
  });

  it('passes when facts imports model', async () => {
    expect(
      await boundaryErrors('src/facts/x.ts', "import { parseEvaluationInput } from '../model/index.js';\nexport const f = parseEvaluationInput;\n"),
    ).toEqual([]);
  });

  it("fails when a layer reaches into another layer's internal/ folder", async () => {
    const errors = await boundaryErrors('src/rules/x.ts', "import * as c from '../scoring/internal/leaf.js';\nexport const f = c;\n");
    expect(errors.join('\n')).toMatch(/internal/);
  });

  it('passes when a layer imports its own internal/ folder', async () => {
    expect(await boundaryErrors('src/scoring/x.ts', "import * as c from './internal/leaf.js';\nexport const f = c;\n")).toEqual([]);
  });

  it('lets render import result types but not result values', async () => {
    expect(await boundaryErrors('src/render/x.ts', "import type { EvaluationResult } from '../result.js';\nexport type R = EvaluationResult;\n")).toEqual([]);
    expect(await boundaryErrors('src/render/x.ts', "import { evaluateDepartment } from '../index.js';\nexport const f = evaluateDepartment;\n")).toHaveLength(
      1,
    );
  });

  it('lets the command line use the public API only', async () => {
    expect(await boundaryErrors('src/cli/x.ts', "import { parseEvaluationInput } from '../model/index.js';\nexport const f = parseEvaluationInput;\n")).toEqual(
      [],
    );
    expect(await boundaryErrors('src/cli/x.ts', "import * as m from '../model/money/money.js';\nexport const f = m;\n")).toHaveLength(1);
  });
});
