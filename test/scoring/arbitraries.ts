/**
 * Random indicator systems, facts and assessments for the scoring properties
 * (test/scoring/properties.test.ts): systems of depth ≤ 3 exercising every method, policy and reweighting
 * shape, facts of every type with unavailable and missing ones, assessments including unknown,
 * duplicate and malformed ones.
 */
import fc from 'fast-check';
import type { Facts, FactValue } from '../../src/facts/index.js';
import { findFactDefinition } from '../../src/facts/index.js';
import { D, toCanonical } from '../../src/model/money/decimal.js';
import type { ScoreAssessment } from '../../src/scoring/index.js';
import { mkFacts } from './support-systems.js';

type Obj = Record<string, unknown>;
/** A locale. */
export type Locale = 'zh-CN' | 'en';

const decimal = (min: number, max: number, scale: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((n) => toCanonical(new D(n).div(scale)));
export const locale: fc.Arbitrary<Locale> = fc.constantFrom('zh-CN', 'en');

function factsReadBy(nodes: readonly unknown[], out = new Set<string>()): Set<string> {
  for (const n of nodes as Obj[]) {
    if (Array.isArray(n.children)) factsReadBy(n.children, out);
    if (typeof n.fact === 'string') out.add(n.fact);
    if (Array.isArray(n.facts)) (n.facts as string[]).forEach((f) => out.add(f));
    if (Array.isArray(n.items)) (n.items as Obj[]).forEach((i) => out.add(i.fact as string));
    if (Array.isArray(n.details)) (n.details as Obj[]).forEach((d) => out.add(d.fact as string));
  }
  return out;
}

function leafIds(nodes: readonly unknown[], out: { id: string; manual: boolean }[] = []): { id: string; manual: boolean }[] {
  for (const n of nodes as Obj[]) {
    if (Array.isArray(n.children)) leafIds(n.children, out);
    out.push({ id: n.id as string, manual: n.method === 'manual' });
  }
  return out;
}

function factArb(name: string): fc.Arbitrary<FactValue | undefined> {
  const type = findFactDefinition(name)?.type ?? 'number';
  const ok: fc.Arbitrary<FactValue> =
    type === 'boolean'
      ? fc.boolean().map((value) => ({ status: 'ok', type, value }))
      : type === 'text'
        ? fc.constantFrom('none', 'notAbove', 'above', 'other').map((value) => ({ status: 'ok', type, value }))
        : type === 'ratio'
          ? fc
              .oneof(decimal(-30_000, 50_000, 10_000), decimal(-3, 5, 1), fc.constant('0.8235294117647058823529411764705882352941'))
              .map((value) => ({ status: 'ok', type, value }))
          : type === 'count'
            ? fc.integer({ min: 0, max: 12 }).map((n) => ({ status: 'ok', type, value: String(n) }))
            : decimal(0, 100_000, 100).map((value) => ({ status: 'ok', type: type as 'money' | 'number', value }));
  const unavailable: FactValue = { status: 'unavailable', type, reason: `缺少${name}`, reasonEn: `${name} missing` };
  return fc.oneof({ arbitrary: ok, weight: 6 }, { arbitrary: fc.constant(unavailable), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
}

export function arbitraryFacts(indicators: readonly unknown[]): fc.Arbitrary<Facts> {
  const names = [...factsReadBy(indicators)].sort();
  return fc.tuple(...names.map(factArb)).map((vs) => {
    const values: Record<string, FactValue> = {};
    vs.forEach((v, i) => {
      if (v !== undefined) values[names[i] as string] = v;
    });
    return { ...mkFacts({}), values };
  });
}

/** Assessments of the manual leaves, plus the odd unknown, non-manual, duplicate or malformed one. */
export function arbitraryAssessments(indicators: readonly unknown[]): fc.Arbitrary<ScoreAssessment[]> {
  const ids = leafIds(indicators);
  const manual = ids.filter((l) => l.manual).map((l) => l.id);
  const any = ids.map((l) => l.id);
  const number = fc.oneof(
    { arbitrary: decimal(-200, 1500, 100), weight: 8 },
    { arbitrary: fc.constantFrom('0', '-0', '1.0', 'x', '1.1234567', '00'), weight: 1 },
    // Numbers from untyped callers: read as readMoney reads them, shown as strings.
    { arbitrary: fc.constantFrom(0, -0, 1, 2.5) as unknown as fc.Arbitrary<string>, weight: 1 },
  );
  const one = (indicator: string): fc.Arbitrary<ScoreAssessment | null> =>
    fc.oneof(
      fc.constant(null),
      fc.record({ indicator: fc.constant(indicator), score: number, reason: fc.constantFrom('评分', 'good') }),
      fc.record({ indicator: fc.constant(indicator), deduction: number, reason: fc.constantFrom('扣分', '宣传培训扣1分') }),
      fc.constant({ indicator, reason: '没有分数' }),
    );
  const extra = fc.array(
    fc.oneof(
      fc.record({ indicator: fc.constantFrom('nope', 'x.y', ...any), deduction: number, reason: fc.constant('另一条') }),
      fc.record({ indicator: fc.constantFrom(...any), score: number, reason: fc.constant('重复') }),
    ),
    { maxLength: 3 },
  );
  return fc.tuple(fc.tuple(...manual.map(one)), extra).map(([xs, more]) => [...xs.filter((x): x is ScoreAssessment => x !== null), ...more]);
}

/** Points as 2-decimal strings that add up, bottom-up. */
const points = fc.oneof(fc.integer({ min: 1, max: 8 }).map(String), decimal(1, 800, 100));
const policy = fc.constantFrom(undefined, 'full', 'zero', 'reweight');
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
const defined = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const RATIO_FACTS = ['ratio.staffControl', 'ratio.taskCompletion', 'ratio.keyTaskCompletion', 'ratio.carryOverChange'];
const details = opt(
  fc.constantFrom(
    [{ fact: 'staff.inPost', label: '在职', labelEn: 'in-post', unit: '人', unitEn: 'people' }, { fact: 'staff.authorized.total' }],
    [
      { fact: 'carryOut.total', label: '年末结转结余' },
      { fact: 'tasks.planned', unit: '项' },
    ],
  ),
);

let seq = 0;
/** A random leaf of any method, with `points`. */
function leafArb(): fc.Arbitrary<Obj> {
  const base = fc.record({
    pts: points,
    nameEn: opt(fc.constant('Leaf')),
    metricLabel: opt(fc.constant('指标值')),
    metricLabelEn: opt(fc.constant('metric')),
    standardEn: opt(fc.constant('standard')),
    note: opt(fc.constant('说明')),
    onUnavailable: policy,
    details,
  });
  const method = fc.constantFrom('linear', 'bands', 'ratio', 'checklist', 'perViolation', 'categorical', 'manual');
  return fc
    .tuple(
      base,
      method,
      fc.constantFrom(...RATIO_FACTS),
      decimal(-50, 150, 1),
      decimal(1, 300, 100),
      fc.boolean(),
      fc.boolean(),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([b, m, fact, target, per, flag, flag2, n]) => {
      const id = `l${seq++}`;
      const p = new D(b.pts);
      const common = defined({
        id,
        name: `指标${id}`,
        nameEn: b.nameEn,
        points: b.pts,
        standard: '评分标准',
        standardEn: b.standardEn,
        provenance: defined({ reliability: 'K', source: 'test', note: b.note }),
        onUnavailable: b.onUnavailable,
        metricLabel: b.metricLabel,
        metricLabelEn: b.metricLabelEn,
        details: b.details,
      });
      switch (m) {
        case 'linear':
          return { ...common, method: m, fact: flag2 ? fact : 'tasks.completed', target, direction: flag ? 'above' : 'below', perPoint: per };
        case 'ratio':
          return { ...common, method: m, fact: flag2 ? fact : 'tasks.completed', ...(flag ? {} : { target: new D(target).abs().plus(1).toString() }) };
        case 'bands': {
          const lo = new D(target);
          const mid = lo.plus(per);
          const half = toCanonical(p.div(2).toDecimalPlaces(2, D.ROUND_DOWN));
          const bands = [
            { max: toCanonical(lo), points: '0', ...(flag2 ? { label: '低', labelEn: 'low' } : {}) },
            { min: toCanonical(lo), max: toCanonical(mid), points: half },
            { min: toCanonical(mid), points: b.pts },
          ];
          return { ...common, method: m, fact, closed: flag ? 'lower' : 'upper', bands: flag2 && n === 3 ? bands.slice(1) : bands };
        }
        case 'checklist': {
          // Every item worth at least 0.01: the frozen engine scored a reweighted checklist whose
          // items with data are all worth 0 as NaN, fixed since (test/scoring/methods.test.ts).
          const cents = p.times(100).toNumber();
          const facts = ['controls.financial', 'controls.budget', 'assets.assetCards'].slice(0, Math.min(n, cents));
          const parts = facts.map((_, i) =>
            i < facts.length - 1 ? Math.floor(cents / facts.length) : cents - Math.floor(cents / facts.length) * (facts.length - 1),
          );
          return {
            ...common,
            method: m,
            items: facts.map((f, i) => ({
              fact: f,
              points: toCanonical(new D(parts[i] as number).div(100)),
              ...(i === 1 ? { expect: !flag } : {}),
              ...(flag2 && i === 0 ? { label: '制度', labelEn: 'rules' } : {}),
            })),
          };
        }
        case 'perViolation':
          return { ...common, method: m, facts: ['supervision.violations', 'findings.failed.tag.identity'].slice(0, flag ? 1 : 2), perItem: per };
        case 'categorical':
          return flag
            ? {
                ...common,
                method: m,
                fact: 'debt.compliant',
                cases: [{ value: true, points: b.pts, label: '合规' }, ...(flag2 ? [{ value: false, points: '0' }] : [])],
              }
            : {
                ...common,
                method: m,
                fact: 'carryOut.vsPrior',
                cases: [
                  { value: 'notAbove', points: b.pts, labelEn: 'not above' },
                  { value: 'above', points: '0' },
                ],
                ...(flag2 ? { otherwise: '0' } : {}),
              };
        default:
          return { ...common, method: 'manual' };
      }
    });
}

const sum = (nodes: readonly Obj[]): string => toCanonical(nodes.reduce((a, n) => a.plus(n.points as string), new D(0)));

/** A random tree of depth ≤ 3 whose points add up. */
const tree: fc.Arbitrary<Obj[]> = fc
  .letrec<{ node: Obj; nodes: Obj[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leafArb(),
      tie('nodes').map((children) => ({ id: `g${seq++}`, name: `组${seq}`, nameEn: seq % 2 ? `Group ${seq}` : undefined, points: sum(children), children })),
    ),
    nodes: fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
  }))
  .nodes.map((ns) => ns.map((n) => defined(n)));

/**
 * Grades that fit the total (the validator rejects a grade above it): 好 from 60%, 中 from 30%, each
 * kept only when it is above the next one down.
 */
function gradesFor(total: string): Obj[] {
  const at = (share: string): string => toCanonical(new D(total).times(share).toDecimalPlaces(2, D.ROUND_DOWN));
  const [good, mid] = [at('0.6'), at('0.3')];
  return [
    ...(new D(good).gt(mid) ? [{ label: '好', labelEn: 'good', min: good, assumed: false }] : []),
    ...(new D(mid).gt(0) ? [{ label: '中', min: mid, assumed: true }] : []),
    { label: '差', min: '0', assumed: true },
  ];
}

export const systemArb: fc.Arbitrary<Obj> = fc
  .record({ indicators: tree, unavailablePolicy: policy, unassessedPolicy: policy, nameEn: opt(fc.constant('Test system')) })
  .map(({ indicators, unavailablePolicy, unassessedPolicy, nameEn }) =>
    defined({
      id: 'test',
      version: '1',
      name: '测试体系',
      nameEn,
      jurisdiction: '测试',
      year: 2023,
      total: sum(indicators),
      provenance: { reliability: 'K', source: 'test' },
      grades: gradesFor(sum(indicators)),
      unavailablePolicy: unavailablePolicy ?? 'zero',
      unassessedPolicy,
      indicators,
    }),
  );
