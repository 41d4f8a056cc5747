import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORE_RULE_PACK } from '../../src/rules/index.js';
import { updateRulesDoc } from './support/rulesDoc.js';

const DOC = fileURLToPath(new URL('../../docs/rules.md', import.meta.url));

describe('docs/rules.md', () => {
  it('lists every built-in rule, generated from the pack (JIXIAO_UPDATE_DOCS=1 rewrites it)', () => {
    let current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
    const next = updateRulesDoc(current, CORE_RULE_PACK);
    if (process.env['JIXIAO_UPDATE_DOCS'] === '1' && next !== current) {
      writeFileSync(DOC, next);
      current = next;
    }
    expect(current, 'docs/rules.md is stale: run `JIXIAO_UPDATE_DOCS=1 npx vitest run test/rules/rulesDoc.test.ts`').toBe(next);
    for (const r of CORE_RULE_PACK.rules) {
      expect(current).toContain(`### \`${r.id}\``);
      for (const ref of r.refs) expect(current).toContain(ref.doc);
    }
  });
});
