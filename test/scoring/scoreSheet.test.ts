import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../../src/shared/issues.js';
import { BUILT_IN_SYSTEMS, getBuiltInSystem, gradeFor, safeScoreSheet, scoreSheet } from '../../src/scoring/index.js';
import { factsOf } from './support.js';
import { leaf, mkFacts, node, system } from './support-systems.js';

describe('grades', () => {
  const grades = getBuiltInSystem('enyang-2023')?.grades ?? [];
  it('lower bound inclusive, with the assumed flag of the band', () => {
    expect(gradeFor(grades, '90')).toEqual({ label: '优秀', min: '90', assumed: false });
    expect(gradeFor(grades, '89.99')).toEqual({ label: '良好', min: '80', assumed: true });
    expect(gradeFor(grades, '60')).toEqual({ label: '中等', min: '60', assumed: true });
    expect(gradeFor(grades, '59.99')).toEqual({ label: '差', min: '0', assumed: true });
    expect(gradeFor(grades, '98', 'en').label).toBe('Excellent');
    expect(gradeFor([], '98')).toEqual({ label: '', min: '0', assumed: true });
  });
});

describe('built-in systems', () => {
  it('are found by id, frozen, and JSON-serialisable', () => {
    expect(BUILT_IN_SYSTEMS.map((s) => s.id)).toEqual(['enyang-2023', 'mof-2013']);
    expect(getBuiltInSystem('nope')).toBeUndefined();
    const s = getBuiltInSystem('enyang-2023');
    expect(Object.isFrozen(s)).toBe(true);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s?.provenance.note).toContain('从未公开');
  });

  it('every leaf carries provenance; every enyang-2023 item is [K] and names the source it follows', () => {
    const leaves = (nodes: readonly unknown[]): { id: string; provenance: { reliability: string; source: string; note?: string } }[] =>
      (nodes as { id: string; children?: unknown[]; provenance: { reliability: string; source: string } }[]).flatMap((n) =>
        n.children ? leaves(n.children) : [n],
      );
    for (const l of leaves(getBuiltInSystem('enyang-2023')?.indicators ?? [])) {
      expect([l.id, l.provenance.reliability]).toEqual([l.id, 'K']);
      expect(l.provenance.note, l.id).toMatch(/达州|湖南|自评报告|转载/);
    }
  });
});

describe('scoreSheet', () => {
  const { input, facts } = factsOf();
  const enyang = getBuiltInSystem('enyang-2023');

  it('is deterministic and serialisable', () => {
    const a = scoreSheet(enyang, facts, { assessments: input.assessments });
    const b = scoreSheet(JSON.parse(JSON.stringify(enyang)), facts, { assessments: input.assessments });
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('throws a JixiaoError for an invalid system; safeScoreSheet returns the issues', () => {
    const bad = system([node('a', 10, [leaf('a.x', 5), leaf('a.y', 4)])]);
    expect(() => scoreSheet(bad, mkFacts({}))).toThrow(JixiaoError);
    const r = safeScoreSheet(bad, mkFacts({}), { locale: 'en' });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['points_mismatch']);
  });

  it('accepts the flat form', () => {
    const flat = system([{ id: 'a', name: 'A', points: 10 }, leaf('a.x', 10, { parent: 'a' })]);
    const s = scoreSheet(flat, mkFacts({}), { assessments: [{ indicator: 'a.x', score: '7', reason: '良' }] });
    expect([s.total, s.root[0]?.children?.[0]?.earned]).toEqual(['7', '7']);
  });

  it('reports assessments it cannot use as notices, and uses the first of duplicates', () => {
    const sys = system([node('a', 10, [leaf('a.x', 5), leaf('a.y', 5, { method: 'ratio', fact: 'ratio.taskCompletion' })])]);
    const s = scoreSheet(sys, mkFacts({ 'ratio.taskCompletion': 'r:1' }), {
      assessments: [
        { indicator: 'a.x', deduction: '1', reason: '第一次' },
        { indicator: 'a.x', deduction: '2', reason: '第二次' },
        { indicator: 'a.y', score: '0', reason: '不适用' },
        { indicator: 'nope', score: '1', reason: '?' },
        { indicator: 'a.x', score: 'abc', reason: '坏' },
      ],
    });
    expect(s.total).toBe('9');
    expect(s.notices?.map((n) => [n.code, n.path.join('.')])).toEqual([
      ['duplicate_id', 'assessments.1.indicator'],
      ['invalid_input', 'assessments.2.indicator'],
      ['unknown_indicator', 'assessments.3.indicator'],
      ['invalid_format', 'assessments.4'],
    ]);
  });
});

describe('scoreSheet keeps no state between calls', () => {
  it('a caller scribbling on one sheet does not change the next', () => {
    const { input, facts } = factsOf();
    const enyang = getBuiltInSystem('enyang-2023');
    const expected = JSON.stringify(scoreSheet(enyang, facts, { assessments: input.assessments }));
    const scribble = (v: unknown): void => {
      if (Array.isArray(v)) {
        v.forEach(scribble);
        v.push('x');
      } else if (typeof v === 'object' && v !== null) {
        for (const [k, x] of Object.entries(v)) {
          scribble(x);
          if (typeof x === 'string') (v as Record<string, unknown>)[k] = `${x}!`;
        }
      }
    };
    scribble(scoreSheet(enyang, facts, { assessments: input.assessments }));
    expect(JSON.stringify(scoreSheet(enyang, facts, { assessments: input.assessments }))).toBe(expected);
  });
});
