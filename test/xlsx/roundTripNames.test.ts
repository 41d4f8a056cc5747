// Issue #17.11: what writeIndicatorSheet writes, readIndicatorSheet reads back unchanged, names
// included: numbering ("1.相关性", "一、相关性"), a points-like suffix ("相关性（1分）") and surrounding
// spaces used to be taken off on the way back; duplicate names and a node named 合计 used to fail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SYSTEMS, validateIndicatorSystem } from '../../src/scoring/index.js';
import { readIndicatorSheet, writeIndicatorSheet } from '../../src/xlsx/index.js';

type Node = { name: string; children?: Node[] };

/** Ways a real name is decorated; each keeps its base, so sibling names stay distinct once read. */
const DECORATIONS: readonly ((base: string, i: number) => string)[] = [
  (b) => b,
  (b, i) => `${i + 1}.${b}`,
  (b) => `一、${b}`,
  (b) => `（二）${b}`,
  (b, i) => `${b}（${i + 1}分）`,
  (b) => ` ${b} `,
  (b, i) => `${i + 1}.1 ${b}(5分)`,
  (b) => `${b}（）`,
];

function rename(nodes: Node[], pick: () => number, depth: number): void {
  nodes.forEach((n, i) => {
    n.name = (DECORATIONS[pick() % DECORATIONS.length] as (b: string, i: number) => string)(`相关性${depth}-${i}`, i);
    if (n.children) rename(n.children, pick, depth + 1);
  });
}

describe('indicator names survive the spreadsheet round trip (#17.11)', () => {
  it('the four names of the issue', () => {
    const base = structuredClone(BUILT_IN_SYSTEMS.find((s) => s.id === 'mof-2013')) as unknown as { indicators: Node[] };
    const [a, b] = base.indicators as [Node, Node];
    a.name = '1.相关性';
    (a.children as Node[])[0]!.name = '一、相关性';
    b.name = '相关性（1分）';
    (b.children as Node[])[0]!.name = ' 相关性 ';
    const v = validateIndicatorSystem(base);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    const r = readIndicatorSheet(writeIndicatorSheet(v.value));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.system).toStrictEqual(v.value);
  });

  it('duplicate top-level names, duplicate sibling leaf names, and nodes named 合计', () => {
    for (const format of ['xlsx', 'xls'] as const) {
      const base = structuredClone(BUILT_IN_SYSTEMS.find((s) => s.id === 'mof-2013')) as unknown as { indicators: Node[] };
      const [a, b, c] = base.indicators as [Node, Node, Node];
      a.name = '相关性';
      b.name = '相关性';
      const leaves = (a.children as Node[])[0]?.children ?? (a.children as Node[]);
      for (const leaf of leaves) leaf.name = '同名指标';
      c.name = '合计';
      const deepest = (n: Node): Node => (n.children?.length ? deepest(n.children[0] as Node) : n);
      deepest(c).name = '合计';
      const v = validateIndicatorSystem(base);
      if (!v.ok) throw new Error(JSON.stringify(v.issues));
      const r = readIndicatorSheet(writeIndicatorSheet(v.value, { format }));
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.value.system).toStrictEqual(v.value);
    }
  });

  it('property: any decoration of any node, in .xlsx and .xls', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), fc.boolean(), (picks, xls) => {
        const base = structuredClone(BUILT_IN_SYSTEMS.find((s) => s.id === 'mof-2013')) as unknown as { indicators: Node[] };
        let k = 0;
        rename(base.indicators, () => picks[k++ % picks.length] as number, 1);
        // Some generated systems repeat a name among siblings, or call a node 合计.
        const p = (picks[0] as number) % 4;
        if (p === 1 && base.indicators[1]) base.indicators[1].name = (base.indicators[0] as Node).name;
        if (p === 2) for (const n of base.indicators[0]?.children ?? []) n.name = '同名';
        if (p === 3 && base.indicators[2]) base.indicators[2].name = '合计';
        const v = validateIndicatorSystem(base);
        if (!v.ok) throw new Error(JSON.stringify(v.issues));
        const r = readIndicatorSheet(writeIndicatorSheet(v.value, { format: xls ? 'xls' : 'xlsx' }));
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        expect(r.value.system).toStrictEqual(v.value);
      }),
      { numRuns: 16, seed: 17 },
    );
  });
});
