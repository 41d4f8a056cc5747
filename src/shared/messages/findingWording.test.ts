/**
 * The plain clauses of 存在问题 (#18), table by table: every clause is called in both locales with
 * marked values, so a clause that drops a figure in one language, leaks an English key into the Chinese
 * text or Chinese into the English, or prints "undefined", fails here — not in a department's report.
 */
import { describe, expect, test } from 'vitest';
import { CORE_RULE_PACK } from '../../rules/index.js';
import { findingClause, hasFindingClause } from './findingWording.js';

const values = { name: '«N»', a: '«A»', b: '«B»', d: '«D»' } as const;
const markers = (s: string): string[] => [...s.matchAll(/«[NABD]»/gu)].map((m) => m[0]).sort();
const withoutMarkers = (s: string): string => s.replace(/«[NABD]»/gu, '');
const ruleIds = [...new Set(CORE_RULE_PACK.rules.map((r) => r.id))];

describe('findingClause', () => {
  test.each(ruleIds)('%s: the same figures in zh-CN and en, each language in its own words', (id) => {
    expect(hasFindingClause(id)).toBe(true);
    const zh = findingClause('zh-CN', id, '标题', values);
    const en = findingClause('en', id, 'Title', values);
    // Both name the same figures: a clause never says less in one language than in the other.
    expect(markers(zh)).toEqual(markers(en));
    // No residue: no keys, ids or placeholders left unfilled.
    for (const s of [zh, en]) expect(s).not.toMatch(/undefined|NaN|\$\{|\[object/u);
    expect(withoutMarkers(zh)).not.toMatch(/[A-Za-z]/u);
    expect(withoutMarkers(zh)).toMatch(/[\u4e00-\u9fff]/u);
    expect(withoutMarkers(en)).not.toMatch(/[\u4e00-\u9fff]/u);
    // The clause is not the rule's title (the fallback): it says what happened.
    expect(zh).not.toContain('标题');
    expect(en).not.toContain('Title');
  });

  test('a rule without a clause of its own is named by its title, in either language', () => {
    expect(hasFindingClause('custom.rule')).toBe(false);
    expect(findingClause('zh-CN', 'custom.rule', '自定义检查', values)).toContain('自定义检查');
    expect(findingClause('en', 'custom.rule', 'Custom check', values)).toContain('Custom check');
  });
});
