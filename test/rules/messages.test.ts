/** The rule engine's words live in one message table per locale (src/shared/messages/rules.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_MESSAGES } from '../../src/shared/messages/rules.js';

const RULES_DIR = fileURLToPath(new URL('../../src/rules/', import.meta.url));

describe('rule messages', () => {
  it('both locales give a reason for the same codes', () => {
    expect(Object.keys(RULE_MESSAGES.en.reasons).sort()).toEqual(Object.keys(RULE_MESSAGES['zh-CN'].reasons).sort());
    expect(Object.keys(RULE_MESSAGES.en.disclosureKinds).sort()).toEqual(Object.keys(RULE_MESSAGES['zh-CN'].disclosureKinds).sort());
  });

  it('src/rules writes no sentence of its own: no locale ternary picks between two string literals', () => {
    const files = readdirSync(RULES_DIR, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'findingFacts.ts',
    );
    const inline = /(?:\ben\b|=== 'en'|en\(locale\))\s*\?\s*[`'"]/;
    const offenders = files.flatMap((f) =>
      readFileSync(RULES_DIR + f, 'utf8')
        .split('\n')
        .filter((line) => inline.test(line) && !/\? 'en' : 'zh-CN'/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
