// docs/input-format.md is generated from the JSON Schema of the evaluation input: this test
// regenerates it from the source (the same z.toJSONSchema call as scripts/build-schema.mjs) and
// fails when the committed page is stale. Fix: `npm run docs` (or build, then gen-docs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderInputFormat } from '../../scripts/docs/input-format.mjs';
import { EvaluationInputSchema } from '../../src/model/index.js';
import { ROOT } from './buildPackage.js';

describe('docs/input-format.md', () => {
  it('is up to date with EvaluationInputSchema', () => {
    const { $schema, ...rest } = z.toJSONSchema(EvaluationInputSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    const page = renderInputFormat({ $schema, title: 'jixiao evaluation input', ...rest });
    expect(page).toBe(readFileSync(join(ROOT, 'docs', 'input-format.md'), 'utf8'));
  });

  it('lists every top-level field and the amounts', () => {
    const page = readFileSync(join(ROOT, 'docs', 'input-format.md'), 'utf8');
    for (const key of Object.keys(EvaluationInputSchema.shape)) expect(page, key).toContain(`\`${key}`);
    // absent is not zero: the carry-in is optional (not marked required) and the page says so
    expect(page).toMatch(/\| `ledger\.income\.carriedIn` \| amount \| {2}\|/);
    expect(page).toContain('## Absent is not zero');
  });
});
