import { describe, expect, it } from 'vitest';
import type { Issue, Locale } from '../../src/shared/issues.js';
import { BUILT_IN_SYSTEMS, IndicatorSystemSchema, validateIndicatorSystem } from '../../src/scoring/index.js';
import { leaf, node, system } from './support-systems.js';

type Obj = Record<string, unknown>;

function issuesOf(data: unknown, locale: Locale = 'zh-CN'): readonly Issue[] {
  const r = validateIndicatorSystem(data, { locale });
  if (r.ok) throw new Error('expected the system to be rejected');
  return r.issues;
}

const bands = (b: Obj[], closed = 'lower'): Obj => leaf('a.b', 3, { method: 'bands', fact: 'ratio.carryOverChange', closed, bands: b });
const withBands = (b: Obj[], closed?: string): Obj => system([node('a', 10, [leaf('a.x', 7), bands(b, closed)])]);

/** Each bad shape: the code, the path, and a fragment of the zh-CN and en messages. */
const BAD: readonly { name: string; data: Obj; code: string; path: (string | number)[]; zh: string; en: string }[] = [
  {
    name: 'children not adding up to the parent',
    data: system([node('a', 10, [leaf('a.x', 5), leaf('a.y', 4)])]),
    code: 'points_mismatch',
    path: ['indicators', 0, 'points'],
    zh: '下级指标分值合计 9 与本级分值 10 不符',
    en: "children's points add up to 9, not the parent's 10",
  },
  {
    name: 'roots not adding up to the declared total',
    data: system([leaf('a', 6), leaf('b', 3)]),
    code: 'points_mismatch',
    path: ['total'],
    zh: '下级指标分值合计 9 与本级分值 10 不符',
    en: 'add up to 9',
  },
  {
    name: 'a duplicate id',
    data: system([node('a', 10, [leaf('a.x', 5), leaf('a.x', 5)])]),
    code: 'duplicate_id',
    path: ['indicators', 0, 'children', 1, 'id'],
    zh: '标识重复：a.x',
    en: 'duplicate id a.x',
  },
  {
    name: 'an unknown fact',
    data: system([node('a', 10, [leaf('a.x', 5), leaf('a.y', 5, { method: 'ratio', fact: 'ratio.nope' })])]),
    code: 'unknown_fact',
    path: ['indicators', 0, 'children', 1, 'fact'],
    zh: '未知的事实名称 ratio.nope',
    en: 'unknown fact ratio.nope',
  },
  {
    name: 'a fact of the wrong type',
    data: system([node('a', 10, [leaf('a.x', 5), leaf('a.y', 5, { method: 'checklist', items: [{ fact: 'ratio.staffControl', points: 5 }] })])]),
    code: 'invalid_value',
    path: ['indicators', 0, 'children', 1, 'items', 0, 'fact'],
    zh: 'ratio.staffControl (ratio)',
    en: 'a boolean fact',
  },
  {
    name: 'an unknown method',
    data: system([node('a', 10, [leaf('a.x', 5), leaf('a.y', 5, { method: 'magic' })])]),
    code: 'unknown_method',
    path: ['indicators', 0, 'children', 1, 'method'],
    zh: '未知的评分方法 "magic"',
    en: 'unknown scoring method "magic"',
  },
  {
    name: 'bands with a gap',
    data: withBands([
      { max: '0', points: 3 },
      { min: '5', points: 0 },
    ]),
    code: 'invalid_bands',
    path: ['indicators', 0, 'children', 1, 'bands', 1],
    zh: '第1档与第2档之间有空缺（0 至 5）',
    en: 'gap between band 1 and band 2 (0 to 5)',
  },
  {
    name: 'overlapping bands',
    data: withBands([
      { max: '10', points: 3 },
      { min: '5', points: 0 },
    ]),
    code: 'invalid_bands',
    path: ['indicators', 0, 'children', 1, 'bands', 1],
    zh: '第1档与第2档重叠（5 至 10）',
    en: 'band 1 overlaps band 2',
  },
  {
    name: 'unsorted bands',
    data: withBands([
      { min: '10', max: '20', points: 3 },
      { min: '0', max: '10', points: 1 },
    ]),
    code: 'invalid_bands',
    path: ['indicators', 0, 'children', 1, 'bands', 1],
    zh: '分档未按升序排列',
    en: 'not sorted ascending',
  },
  {
    name: 'a band whose min is not below its max',
    data: withBands([
      { max: '0', points: 3 },
      { min: '0', max: '0', points: 2 },
      { min: '0', points: 0 },
    ]),
    code: 'invalid_bands',
    path: ['indicators', 0, 'children', 1, 'bands', 1],
    zh: '下限 0 不小于上限 0',
    en: 'min 0 is not below max 0',
  },
  {
    name: 'a middle band open below',
    data: withBands([
      { max: '0', points: 3 },
      { max: '10', points: 2 },
      { min: '10', points: 0 },
    ]),
    code: 'invalid_bands',
    path: ['indicators', 0, 'children', 1, 'bands', 1],
    zh: '只有第1档可以没有下限',
    en: 'only the first band may have no lower bound',
  },
  {
    name: 'a band worth more than its leaf',
    data: withBands([
      { max: '0', points: 4 },
      { min: '0', points: 0 },
    ]),
    code: 'too_big',
    path: ['indicators', 0, 'children', 1, 'bands', 0, 'points'],
    zh: '至多为 3',
    en: 'at most 3',
  },
  {
    name: 'checklist items not adding up to the leaf',
    data: system([node('a', 10, [leaf('a.x', 5), leaf('a.y', 5, { method: 'checklist', items: [{ fact: 'controls.budget', points: 2 }] })])]),
    code: 'points_mismatch',
    path: ['indicators', 0, 'children', 1, 'items'],
    zh: '合计 2 与本级分值 5 不符',
    en: 'add up to 2',
  },
  {
    name: 'a cycle in the flat form',
    data: system([
      { id: 'root', name: 'R', points: 10 },
      { id: 'a', name: 'A', points: 10, parent: 'b' },
      { id: 'b', name: 'B', points: 10, parent: 'a' },
      leaf('x', 10, { parent: 'root' }),
    ]),
    code: 'cycle',
    path: ['indicators', 1, 'parent'],
    zh: '循环引用：a → b → a',
    en: 'cycle: a → b → a',
  },
  {
    name: 'a flat node under a node nested inside it',
    data: system([{ id: 'a', name: 'A', points: 10, parent: 'a.b', children: [{ id: 'a.b', name: 'B', points: 10 }] }]),
    code: 'cycle',
    path: ['indicators', 0, 'parent'],
    zh: 'a → a.b → a',
    en: 'a → a.b → a',
  },
  {
    name: 'an unknown parent',
    data: system([{ id: 'a', name: 'A', points: 10 }, leaf('a.x', 10, { parent: 'nope' })]),
    code: 'unknown_indicator',
    path: ['indicators', 1, 'parent'],
    zh: '未知的指标 nope',
    en: 'unknown indicator nope',
  },
  {
    name: 'a leaf as a parent',
    data: system([leaf('a', 10), leaf('a.x', 10, { parent: 'a' })]),
    code: 'invalid_input',
    path: ['indicators', 1, 'parent'],
    zh: '是末级指标',
    en: 'is a leaf',
  },
  {
    name: 'a group without children',
    data: system([{ id: 'a', name: 'A', points: 10 }]),
    code: 'too_small',
    path: ['indicators', 0, 'children'],
    zh: '至少为 1',
    en: 'at least 1',
  },
  {
    name: 'points with 3 decimals',
    data: system([node('a', 10, [leaf('a.x', '5.125'), leaf('a.y', '4.875')])]),
    code: 'invalid_format',
    path: ['indicators', 0, 'children', 0, 'points'],
    zh: 'at most 2 decimals',
    en: 'at most 2 decimals',
  },
  {
    name: 'grades without a band from 0',
    data: system([leaf('a', 10)], { grades: [{ label: '好', min: '6', assumed: true }] }),
    code: 'invalid_bands',
    path: ['grades'],
    zh: '下限为 0',
    en: 'start at 0',
  },
  {
    name: 'grades repeating a minimum',
    data: system([leaf('a', 10)], {
      grades: [
        { label: '好', min: '0', assumed: true },
        { label: '差', min: '0', assumed: true },
      ],
    }),
    code: 'invalid_bands',
    path: ['grades', 1, 'min'],
    zh: '重复',
    en: 'repeats',
  },
  {
    name: 'a missing standard',
    data: system([leaf('a', 10, { standard: undefined })]),
    code: 'required',
    path: ['indicators', 0, 'standard'],
    zh: '缺少必填项',
    en: 'required',
  },
];

describe('validateIndicatorSystem rejects bad systems with located issues', () => {
  it.each(BAD)('$name', ({ data, code, path, zh, en }) => {
    const zhIssue = issuesOf(data, 'zh-CN').find((i) => i.code === code);
    expect(zhIssue?.path).toEqual(path);
    expect(zhIssue?.message).toContain(zh);
    const enIssue = issuesOf(data, 'en').find((i) => i.code === code);
    expect(enIssue?.path).toEqual(path);
    expect(enIssue?.message).toContain(en);
  });

  it('rejects non-objects and hostile depth before parsing', () => {
    expect(issuesOf(null)[0]?.code).toBe('invalid_type');
    let deep: Obj = leaf('x', 1);
    for (let i = 0; i < 40; i += 1) deep = { children: [deep] };
    expect(issuesOf(system([deep])).some((i) => i.code === 'too_deep')).toBe(true);
  });
});

describe('validateIndicatorSystem accepts good systems', () => {
  it('nests the flat form exactly like the nested form', () => {
    const nested = system([node('a', 10, [leaf('a.x', 6), leaf('a.y', 4)])]);
    const flat = system([leaf('a.y', 4, { parent: 'a' }), { id: 'a', name: '组a', points: 10 }, leaf('a.x', 6, { parent: 'a' })]);
    const n = validateIndicatorSystem(nested);
    const f = validateIndicatorSystem(flat);
    expect(n.ok && f.ok).toBe(true);
    if (!n.ok || !f.ok) return;
    const ids = (r: typeof n.value): string[] => r.indicators.flatMap((g) => ('children' in g && g.children ? g.children.map((c) => c.id) : []));
    expect(ids(f.value).sort()).toEqual(ids(n.value).sort());
    expect(JSON.stringify(f.value)).not.toContain('"parent"');
  });

  it.each(BUILT_IN_SYSTEMS.map((s) => [s.id, s] as const))('%s is valid, canonical and survives JSON', (_id, s) => {
    const r = validateIndicatorSystem(JSON.parse(JSON.stringify(s)));
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    expect(r.value).toEqual(s);
    expect(IndicatorSystemSchema.safeParse(s).success).toBe(true);
  });
});
