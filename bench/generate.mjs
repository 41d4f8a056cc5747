#!/usr/bin/env node
/**
 * Seeded generator of valid, realistic 部门整体支出绩效评价 inputs for the benchmarks.
 *
 * - Same seed ⇒ byte-identical output (mulberry32 seeded by a string hash; no Math.random, no clock).
 * - Department `i` of a batch depends only on (seed, i), so batches can be streamed.
 * - Amounts are handled in integer 分 (0.01 万元) and printed as "x.yy" 万元 strings, so every
 *   stated total the generator means to be right IS exactly the sum of its lines.
 * - Codes come only from the catalogs in src/model/catalog/*.ts (checked by `--check`).
 * - A minority of departments carry deliberate, realistic errors (a class stated without one of its
 *   lines, a rounding difference of 0.01, a typo in a total, 三公 actual ≠ ledger …), so the
 *   identity rules pass and fail in realistic proportions. `generateDepartmentWithMeta` says which.
 *
 * CLI:
 *   node bench/generate.mjs --lines 100 [--seed S]            one department as JSON on stdout
 *   node bench/generate.mjs --ndjson 100000 --out FILE [--seed S] [--lines N]
 *   node bench/generate.mjs --check [N]                        parse N generated inputs with dist/
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// ───────────────────────────── seeded randomness ─────────────────────────────

/** 32-bit string hash (xmur3) → seed. */
function hashSeed(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

/** A seeded PRNG (mulberry32) with helpers. */
export function makeRng(seed) {
  let a = hashSeed(String(seed));
  const next = () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    /** Standard normal (Box–Muller). */
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    /** Log-normal with the given median and spread (sigma of the log). */
    logNormal: (median, sigma) => median * Math.exp(sigma * rng.normal()),
    /** Weighted pick from [[item, weight], …]. */
    weighted: (pairs) => {
      let total = 0;
      for (const [, w] of pairs) total += w;
      let r = next() * total;
      for (const [x, w] of pairs) if ((r -= w) < 0) return x;
      return pairs[pairs.length - 1][0];
    },
  };
  return rng;
}

// ───────────────────────────── money in 分 ─────────────────────────────

/** Integer hundredths of 万元 → "x.yy". */
export const fen = (c) => {
  const neg = c < 0;
  const a = Math.abs(c);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};

/** Split `total` 分 into `weights.length` parts ≥ 1 分 proportional to weights (largest remainder). */
function allocate(total, weights) {
  const n = weights.length;
  if (n === 0) return [];
  const free = total - n; // every part gets 1 分 first
  const sum = weights.reduce((a, w) => a + w, 0);
  const raw = weights.map((w) => (free * w) / sum);
  const parts = raw.map((x) => Math.floor(x));
  let rest = free - parts.reduce((a, x) => a + x, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i]).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  for (let k = 0; rest > 0; k = (k + 1) % n, rest--) parts[order[k][1]] += 1;
  return parts.map((x) => x + 1);
}

// ───────────────────────────── catalogs (subset of src/model/catalog) ─────────────────────────────

/** Department profiles: main functional codes for basic and project spending. */
const PROFILES = [
  { kind: '行政审批局', unitKind: 'administrative', basic: ['2010301', '2010350'], project: ['2010302', '2010306', '2010399'], w: 3 },
  { kind: '政府办公室', unitKind: 'administrative', basic: ['2010301', '2010303'], project: ['2010302', '2019999'], w: 2 },
  { kind: '教育局', unitKind: 'administrative', basic: ['205'], project: ['205'], w: 2 },
  { kind: '卫生健康局', unitKind: 'administrative', basic: ['2101199', '210'], project: ['210'], w: 2 },
  { kind: '农业农村局', unitKind: 'administrative', basic: ['213'], project: ['2130599', '2130705', '213'], w: 2 },
  { kind: '住房和城乡建设局', unitKind: 'administrative', basic: ['212'], project: ['212'], w: 1 },
  { kind: '公安局', unitKind: 'civil_service_managed', basic: ['204'], project: ['204'], w: 1 },
  { kind: '人力资源和社会保障局', unitKind: 'administrative', basic: ['2010301'], project: ['2080599', '208'], w: 1 },
  { kind: '应急管理局', unitKind: 'administrative', basic: ['224'], project: ['224'], w: 1 },
  { kind: '文化广播电视和旅游局', unitKind: 'institution', basic: ['207'], project: ['207'], w: 1 },
];

/** Economic codes by spending category: [code, relative weight, functional override?]. */
const CATEGORIES = {
  wages: {
    share: 0.4,
    nature: 'basic',
    codes: [
      ['30101', 10],
      ['30102', 4],
      ['30103', 1],
      ['30106', 0.3],
      ['30107', 4],
      ['30112', 0.4],
      ['30114', 0.3],
      ['30199', 2],
    ],
  },
  insurance: {
    share: 0.11,
    nature: 'basic',
    codes: [
      ['30108', 5, '2080505'],
      ['30109', 2, '2080506'],
      ['30110', 3, '2101101'],
      ['30111', 0.8, '2101103'],
      ['30113', 4, '2210201'],
    ],
  },
  goods: {
    share: 0.19,
    nature: 'basic',
    codes: [
      ['30201', 5],
      ['30202', 0.5],
      ['30205', 0.4],
      ['30206', 1],
      ['30207', 1],
      ['30208', 0.3],
      ['30209', 1.2],
      ['30211', 3],
      ['30213', 1],
      ['30214', 0.8],
      ['30215', 0.4],
      ['30216', 0.5],
      ['30217', 0.5],
      ['30228', 0.8],
      ['30229', 0.5],
      ['30231', 0.8],
      ['30239', 1],
      ['30240', 0.1],
      ['30299', 1.5],
    ],
  },
  projectGoods: {
    share: 0.12,
    nature: 'project',
    codes: [
      ['30201', 1],
      ['30203', 1],
      ['30211', 1],
      ['30215', 0.5],
      ['30216', 1],
      ['30218', 1.5],
      ['30226', 3],
      ['30227', 3],
      ['30299', 1],
    ],
  },
  individuals: {
    share: 0.03,
    nature: 'basic',
    codes: [
      ['30301', 0.5, '2080501'],
      ['30302', 3, '2080501'],
      ['30305', 1],
      ['30307', 0.5],
      ['30309', 0.2],
      ['30399', 0.5],
    ],
  },
  capital: {
    share: 0.15,
    nature: 'project',
    codes: [
      ['31001', 0.5],
      ['31002', 3],
      ['31003', 2],
      ['31005', 0.5],
      ['31006', 2],
      ['31007', 3],
      ['31099', 0.5],
    ],
  },
};
const CATEGORY_NAMES = Object.keys(CATEGORIES);

/** Codes of the 三公 items (src/model/schema/threePublicFunds.ts). */
const THREE_PUBLIC = { outboundTravel: '30212', vehiclePurchase: '31013', vehicleOperation: '30231', reception: '30217' };

/** Assessment indicator ids of the built-in enyang-2023 system (as used by the reference fixture). */
const INDICATORS = [
  'decision.goals.relevance',
  'decision.goals.clarity',
  'decision.goals.rationality',
  'decision.budgeting.basis',
  'decision.budgeting.target-management',
  'management.performance.target-setting',
  'management.performance.monitoring',
  'management.performance.publicity-training',
  'management.performance.evaluation-quality',
  'management.performance.result-application',
  'performance.duties.key-work',
  'performance.duties.service',
  'performance.duties.data',
  'performance.sustainability.reform',
  'performance.sustainability.innovation',
  'performance.sustainability.talent',
  'performance.satisfaction.service-recipients',
  'performance.satisfaction.public',
];

const PROVINCES = [
  ['四川省', '巴中市', ['恩阳区', '巴州区', '通江县', '南江县', '平昌县']],
  ['四川省', '南充市', ['顺庆区', '高坪区', '嘉陵区', '阆中市', '南部县']],
  ['河南省', '信阳市', ['浉河区', '平桥区', '罗山县', '光山县', '新县']],
  ['湖南省', '常德市', ['武陵区', '鼎城区', '安乡县', '汉寿县', '澧县']],
  ['甘肃省', '天水市', ['秦州区', '麦积区', '清水县', '秦安县', '甘谷县']],
];

// ───────────────────────────── the ledger ─────────────────────────────

/** Draw `n` lines: category, economic code, functional code, nature, weight. */
function drawLines(rng, profile, n) {
  // Small departments still pay wages and buy goods: guarantee the first lines cover the main categories.
  const guaranteed = ['wages', 'goods', 'insurance', 'capital', 'projectGoods', 'wages', 'goods', 'insurance'];
  const byCat = Object.fromEntries(CATEGORY_NAMES.map((c) => [c, []]));
  for (let i = 0; i < n; i++) {
    const cat = i < guaranteed.length ? guaranteed[i] : rng.weighted(CATEGORY_NAMES.map((c) => [c, CATEGORIES[c].share]));
    const spec = CATEGORIES[cat];
    const [economic, , functionalOverride] = rng.weighted(spec.codes.map((c) => [c, c[1]]));
    const functional = functionalOverride ?? rng.pick(spec.nature === 'basic' ? profile.basic : profile.project);
    byCat[cat].push({ economic, functional, nature: spec.nature, weight: rng.logNormal(1, 1.1) });
  }
  return byCat;
}

/** Add 三公 lines (reception and vehicle running are common; purchase and travel abroad rare). */
function addThreePublicLines(rng, byCat, n) {
  const extra = [];
  if (n >= 10 && rng.chance(0.15)) extra.push(['capital', '31013', 'project']);
  if (n >= 10 && rng.chance(0.05)) extra.push(['goods', '30212', 'basic']);
  for (const [cat, economic, nature] of extra) {
    const list = byCat[cat];
    if (list.length > 0) list[list.length - 1] = { ...list[list.length - 1], economic, nature };
  }
}

/** Money totals in 分 by class/code. */
function tally(lines) {
  const t = { total: 0, basic: 0, project: 0, econ: new Map(), func: new Map(), code: new Map(), publicExp: 0 };
  const add = (m, k, c) => m.set(k, (m.get(k) ?? 0) + c);
  for (const l of lines) {
    t.total += l.cents;
    t[l.nature] += l.cents;
    add(t.econ, l.economic.slice(0, 3), l.cents);
    add(t.func, l.functional.slice(0, 3), l.cents);
    add(t.code, l.economic, l.cents);
    if (l.nature === 'basic' && (l.economic.startsWith('302') || l.economic.startsWith('310'))) t.publicExp += l.cents;
  }
  return t;
}

/** Typo in a stated amount: transpose two digits or slip by 1.00 / 10.00. */
function typo(rng, cents) {
  const s = String(cents);
  if (s.length >= 4 && rng.chance(0.5)) {
    const i = rng.int(0, s.length - 2);
    if (s[i] !== s[i + 1]) return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return cents + (cents > 1000 ? rng.pick([100, -100, 1000]) : 100);
}

/**
 * Error profile: probability that one department carries each deliberate error.
 * About 1 department in 4 carries at least one; most checks therefore pass.
 */
export const DEFAULT_ERRORS = {
  economicRounding: 0.08, // a class stated 0.01 off its lines (within the rounding bound: info, not a failure)
  economicMissingLine: 0.05, // a class stated without one of its lines (fail)
  functionalMissingLine: 0.04, // same, functional class (fail)
  incomeTotalTypo: 0.03, // income total ≠ sources + carried in (fail)
  grandTotalTypo: 0.03, // stated grand total ≠ spending + carry-out (fail)
  threePublicMismatch: 0.03, // 三公 actual ≠ the ledger's lines for that code (fail)
  natureSplitOff: 0.02, // stated basic/project ≠ lines (fail)
};

// ───────────────────────────── the department ─────────────────────────────

/**
 * Generate one department's evaluation input and what was injected.
 * @param {{ seed?: string|number, lines?: number, errors?: Partial<typeof DEFAULT_ERRORS> | false }} [opts]
 */
export function generateDepartmentWithMeta(opts = {}) {
  const seed = String(opts.seed ?? 'jixiao');
  const rng = makeRng(seed);
  const n = Math.max(1, Math.floor(opts.lines ?? 30));
  const errors = opts.errors === false ? {} : { ...DEFAULT_ERRORS, ...(opts.errors ?? {}) };
  const injected = [];
  const profile = rng.weighted(PROFILES.map((p) => [p, p.w]));
  const [province, city, counties] = rng.pick(PROVINCES);
  const county = rng.pick(counties);
  const fiscalYear = rng.int(2019, 2023);

  // 1. lines, amounts in 分. Average line ≈ 12 万元; small departments are not all tiny.
  const totalCents = Math.max(n * 10, Math.round(rng.logNormal(12, 0.5) * n * 100));
  const byCat = drawLines(rng, profile, n);
  addThreePublicLines(rng, byCat, n);
  const lines = [];
  const usedShare = CATEGORY_NAMES.reduce((a, c) => a + (byCat[c].length ? CATEGORIES[c].share : 0), 0);
  const catCents = allocate(
    totalCents,
    CATEGORY_NAMES.map((c) => (byCat[c].length ? CATEGORIES[c].share / usedShare : 0) + 1e-12),
  );
  CATEGORY_NAMES.forEach((c, ci) => {
    const list = byCat[c];
    if (list.length === 0) return;
    const cents = allocate(
      Math.max(catCents[ci], list.length),
      list.map((l) => l.weight),
    );
    list.forEach((l, k) => lines.push({ functional: l.functional, economic: l.economic, nature: l.nature, cents: cents[k] }));
  });
  // 2. stable order (as a 决算 system would export: by functional, then economic), ids unique
  lines.sort((p, q) => (p.functional < q.functional ? -1 : p.functional > q.functional ? 1 : p.economic < q.economic ? -1 : p.economic > q.economic ? 1 : 0));
  const t = tally(lines);

  // 3. income and carry-over, consistent: income total = sources + carried in = spending + carry-out
  const carriedIn = Math.round(t.total * rng.next() * 0.25);
  const carryBasic = rng.chance(0.5) ? Math.round(t.total * rng.next() * 0.03) : 0;
  const carryProject = Math.round(t.total * rng.next() * 0.15);
  const carryOut = carryBasic + carryProject;
  const incomeNeeded = t.total + carryOut - carriedIn;
  const srcShares = rng.chance(0.6) ? [1] : rng.chance(0.5) ? [0.9, 0.1] : [0.8, 0.15, 0.05];
  const srcKinds = ['fiscal_appropriation', 'higher_level_subsidy', 'other'];
  const srcCents = allocate(incomeNeeded, srcShares);
  const sources = srcCents.map((c, i) => ({ kind: srcKinds[i], name: ['当年财政拨款收入', '上级补助收入', '其他收入'][i], amount: fen(c) }));
  const stated = {
    incomeTotal: t.total + carryOut,
    grandTotal: t.total + carryOut,
    basic: t.basic,
    project: t.project,
    econ: new Map(t.econ),
    func: new Map(t.func),
  };

  // 4. 三公 from the ledger
  const tp = {};
  for (const [item, code] of Object.entries(THREE_PUBLIC)) {
    const actual = t.code.get(code) ?? 0;
    const budget = actual === 0 && rng.chance(0.7) ? 0 : Math.round(actual * (1 + rng.next() * 0.3)) + (actual === 0 ? rng.int(0, 200) : 0);
    tp[item] = {
      budget,
      actual,
      priorYearActual: Math.round(actual * (0.95 + rng.next() * 0.55)),
      priorYearBudget: Math.round(budget * (0.9 + rng.next() * 0.3)),
    };
  }

  // 5. deliberate errors
  const classLines = (dim, cls) => lines.filter((l) => (dim === 'econ' ? l.economic : l.functional).slice(0, 3) === cls);
  if (rng.chance(errors.economicRounding ?? 0)) {
    const cls = rng.pick([...stated.econ.keys()].filter((k) => classLines('econ', k).length >= 2));
    if (cls) {
      stated.econ.set(cls, stated.econ.get(cls) + rng.pick([1, -1]));
      injected.push({ kind: 'economicRounding', key: cls });
    }
  }
  for (const [kind, dim] of [
    ['economicMissingLine', 'econ'],
    ['functionalMissingLine', 'func'],
  ]) {
    if (!rng.chance(errors[kind] ?? 0)) continue;
    const cls = rng.pick([...stated[dim].keys()].filter((k) => classLines(dim, k).length >= 2));
    if (!cls) continue;
    const missing = rng.pick(classLines(dim, cls));
    if (missing.cents < 10) continue; // would look like rounding
    stated[dim].set(cls, stated[dim].get(cls) - missing.cents);
    injected.push({ kind, key: cls });
  }
  if (rng.chance(errors.incomeTotalTypo ?? 0)) {
    stated.incomeTotal = typo(rng, stated.incomeTotal);
    injected.push({ kind: 'incomeTotalTypo' });
  }
  if (rng.chance(errors.grandTotalTypo ?? 0)) {
    stated.grandTotal = typo(rng, stated.grandTotal);
    injected.push({ kind: 'grandTotalTypo' });
  }
  if (rng.chance(errors.threePublicMismatch ?? 0)) {
    const item = rng.pick(Object.keys(THREE_PUBLIC).filter((k) => tp[k].actual > 0)) ?? 'reception';
    tp[item].actual += rng.int(50, 500);
    injected.push({ kind: 'threePublicMismatch', key: item });
  }
  if (rng.chance(errors.natureSplitOff ?? 0) && t.project > 1000) {
    const shift = Math.round(t.project * 0.1);
    stated.basic += shift;
    stated.project -= shift;
    injected.push({ kind: 'natureSplitOff' });
  }

  // 6. everything else a real report carries
  const adjusted = Math.round(t.total * (1 + rng.next() * 0.12));
  const initial = Math.round(adjusted * (0.88 + rng.next() * 0.12));
  const staff = (lo, hi) => rng.int(lo, hi);
  const scale = Math.max(1, Math.round(Math.sqrt(n / 30)));
  const authorized = { civilServant: staff(3, 20) * scale, institution: staff(0, 30) * scale, logistics: staff(0, 3) };
  const actual = {
    civilServant: Math.max(0, authorized.civilServant - staff(0, 2)),
    institution: Math.max(0, authorized.institution - staff(0, 3)) + (rng.chance(0.05) ? 2 : 0),
    logistics: authorized.logistics,
    purchasedService: staff(0, 40),
    other: 0,
  };
  const controls = [
    'financial',
    'budget',
    'expenditure',
    'asset',
    'procurement',
    'contract',
    'accounting',
    'internal_audit',
    'three_public_funds',
    'performance',
  ];
  const kinds = controls.filter((_, i) => i < 3 || rng.chance(0.7));
  const procurementOccurred = rng.chance(0.6);
  const procurementBudget = Math.round((t.code.get('31002') ?? 0) + (t.code.get('31003') ?? 0) + (t.code.get('31007') ?? 0)) + rng.int(0, 500);
  const tasks = Array.from({ length: rng.int(2, 6) }, (_, i) => {
    const planned = rng.int(5, 8000);
    const completed = rng.chance(0.85) ? planned : Math.round(planned * (0.7 + rng.next() * 0.3));
    return {
      id: `task-${i + 1}`,
      name: rng.pick(['政务服务事项办理', '热线诉求办结', '督查问题整改', '重点项目推进', '民生实事办理', '审计问题整改']) + `（${i + 1}）`,
      planned,
      completed,
      onTime: Math.round(completed * (0.9 + rng.next() * 0.1)),
      qualified: completed,
      key: i === 0,
      unit: rng.pick(['件', '个', '项']),
    };
  });
  const respondents = rng.int(50, 2000);
  const deductions = INDICATORS.map((id) => (rng.chance(0.1) ? rng.pick(['0.5', '1']) : '0'));
  const mgmt = {
    internalControls: { kinds, names: kinds.map((k) => `${k}管理制度`), effective: rng.chance(0.9) },
    performanceTargets: { set: rng.chance(0.95), monitored: rng.chance(0.85) },
    debt: rng.chance(0.05) ? { occurred: true, amount: fen(rng.int(1000, 100000)), approved: rng.chance(0.8) } : { occurred: false },
    procurement: procurementOccurred
      ? { occurred: true, budget: fen(procurementBudget), actual: fen(Math.round(procurementBudget * (0.7 + rng.next() * 0.3))) }
      : { occurred: false },
    assets: { registeredInSystem: true, assetCards: rng.chance(0.9), dynamicManagement: rng.chance(0.85), reconciled: rng.chance(0.9) },
    disclosure: {
      items: [
        { kind: 'budget', year: fiscalYear + 1, channel: `${county}人民政府网站` },
        { kind: 'final_accounts', year: fiscalYear - (rng.chance(0.9) ? 0 : 1), channel: `${county}人民政府网站` },
      ],
    },
    supervision: { accepted: ['finance', 'audit'].concat(rng.chance(0.5) ? ['inspection'] : []), violations: rng.chance(0.9) ? 0 : rng.int(1, 4) },
  };
  if (mgmt.supervision.violations > 0) mgmt.supervision.rectified = mgmt.supervision.violations;
  const name = `${city}${county}${profile.kind}`;
  const input = {
    schemaVersion: 1,
    unit: '万元',
    report: {
      title: `${name}${fiscalYear}年度部门整体支出绩效自评报告`,
      evaluationYear: fiscalYear + 1,
      fiscalYear,
      noticeRef: `${county.slice(0, 1)}财监绩〔${fiscalYear + 1}〕${rng.int(1, 20)}号`,
      mode: 'self',
    },
    department: {
      name,
      shortName: `区${profile.kind}`,
      code: String(rng.int(100000, 999999)),
      region: { province, city, county },
      level: 'county',
      kind: profile.unitKind,
      rank: '正科级',
      internalUnits: ['办公室', '财务股', '业务一股', '业务二股'].slice(0, rng.int(2, 4)),
      functions: `负责${profile.kind.replace(/局|室$/, '')}相关工作，贯彻执行有关方针政策和法律法规。`,
      staffing: {
        asOf: `${fiscalYear}-12-31`,
        authorized,
        authorizedTotal: authorized.civilServant + authorized.institution + authorized.logistics,
        actual,
        actualTotal: actual.civilServant + actual.institution + actual.logistics + actual.purchasedService,
      },
    },
    ledger: {
      income: { total: fen(stated.incomeTotal), sources, carriedIn: fen(carriedIn) },
      expenditure: {
        grandTotal: fen(stated.grandTotal),
        total: fen(t.total),
        basic: fen(stated.basic),
        project: fen(stated.project),
        byEconomic: [...stated.econ].sort().map(([code, c]) => ({ code, amount: fen(c) })),
        byFunctional: [...stated.func].sort().map(([code, c]) => ({ code, amount: fen(c) })),
        lines: lines.map((l, i) => ({
          id: `l-${String(i + 1).padStart(6, '0')}`,
          functional: l.functional,
          economic: l.economic,
          amount: fen(l.cents),
          nature: l.nature,
        })),
      },
      carryOut: { total: fen(carryOut), basic: { carryForward: fen(carryBasic) }, project: { carryForward: fen(carryProject) } },
      budget: {
        initial: fen(initial),
        adjusted: fen(adjusted),
        adjustments: fen(adjusted - initial),
        publicExpenses: fen(Math.round(t.publicExp * (1 + rng.next() * 0.1))),
        projectTotal: fen(Math.round(t.project * (1 + rng.next() * 0.1))),
        keyProjects: fen(Math.round(t.project * (0.3 + rng.next() * 0.4))),
        paymentProgressTarget: '0.9',
        paymentProgressActual: (0.8 + rng.int(0, 20) / 100).toFixed(2),
      },
    },
    threePublicFunds: Object.fromEntries(
      Object.keys(THREE_PUBLIC).map((k) => [
        k,
        { budget: fen(tp[k].budget), actual: fen(tp[k].actual), priorYearBudget: fen(tp[k].priorYearBudget), priorYearActual: fen(tp[k].priorYearActual) },
      ]),
    ),
    management: mgmt,
    performance: {
      summary: `${fiscalYear}年，${name}在区委、区政府的领导下，圆满完成各项工作任务。`,
      sections: [{ title: '主要履职成效', paragraphs: tasks.map((x) => `${x.name}：计划${x.planned}${x.unit}，完成${x.completed}${x.unit}。`) }],
      tasks,
      outputs: [
        { id: 'online-share', name: '全程网办事项占比', value: (90 + rng.int(0, 1000) / 100).toFixed(2), unit: '%' },
        { id: 'time-reduction', name: '时限缩减比例', value: (60 + rng.int(0, 3000) / 100).toFixed(2), unit: '%' },
      ],
      satisfaction: [{ id: 'survey', name: '服务对象满意度调查', respondents, satisfied: Math.round(respondents * (0.85 + rng.next() * 0.15)) }],
    },
    assessments: INDICATORS.map((indicator, i) => ({
      indicator,
      deduction: deductions[i],
      reason: deductions[i] === '0' ? '报告未列该项扣分，推断为满分' : `${indicator}扣${deductions[i]}分`,
      source: deductions[i] === '0' ? 'inferred' : 'stated',
    })),
    problems: ['全过程绩效管理意识有待加强。'],
    suggestions: ['树立全过程绩效管理意识，充分发挥财政资金使用效益。'],
  };
  return { input, injected, lines: n };
}

/** Generate one department's evaluation input (see {@link generateDepartmentWithMeta}). */
export function generateDepartment(opts = {}) {
  return generateDepartmentWithMeta(opts).input;
}

/** Ledger size of department `i` in a batch: log-normal, median 30 lines, 8 … 400. */
export function batchLineCount(seed, i) {
  const rng = makeRng(`${seed}:size:${i}`);
  return Math.min(400, Math.max(8, Math.round(rng.logNormal(30, 0.6))));
}

/**
 * Write `count` departments as NDJSON to `file`. Department i is generated from (seed, i) alone.
 * @returns {{ bytes: number, lines: number }}
 */
export function writeNdjson(file, count, { seed = 'batch', lines } = {}) {
  const fd = openSync(file, 'w');
  let bytes = 0;
  let totalLines = 0;
  try {
    let chunk = [];
    for (let i = 0; i < count; i++) {
      const n = lines ?? batchLineCount(seed, i);
      totalLines += n;
      chunk.push(JSON.stringify(generateDepartment({ seed: `${seed}:${i}`, lines: n })));
      if (chunk.length === 500 || i === count - 1) {
        const s = chunk.join('\n') + '\n';
        bytes += writeSync(fd, s);
        chunk = [];
      }
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, lines: totalLines };
}

// ───────────────────────────── CLI ─────────────────────────────

async function check(count) {
  const model = await import('../dist/model/index.js');
  const api = await import('../dist/index.js');
  const failedRules = {};
  let deptsWithFailure = 0;
  let findings = 0;
  let failedFindings = 0;
  let rounding = 0;
  const sizes = [1, 5, 10, 30, 100, 1000, 10000];
  let ok = 0;
  const failures = [];
  const kinds = {};
  for (let i = 0; i < count; i++) {
    const n = i < sizes.length ? sizes[i] : batchLineCount('check', i);
    const { input, injected } = generateDepartmentWithMeta({ seed: `check:${i}`, lines: n });
    for (const x of injected) kinds[x.kind] = (kinds[x.kind] ?? 0) + 1;
    const r = model.safeParseEvaluationInput(input);
    if (r.ok) {
      ok++;
      if (typeof api.evaluateDepartment === 'function' && n <= 1000) {
        const res = api.evaluateDepartment(input);
        const failed = res.rules.findings.filter((f) => f.status === 'fail');
        findings += res.rules.findings.length;
        failedFindings += failed.length;
        rounding += res.rules.summary.rounding;
        if (failed.length) deptsWithFailure++;
        for (const f of failed) failedRules[f.ruleId] = (failedRules[f.ruleId] ?? 0) + 1;
      }
    } else failures.push({ i, n, issues: r.issues.slice(0, 3).map((x) => `${x.path.join('.')}: ${x.message}`) });
  }
  console.log(`parsed ${ok}/${count} generated inputs`);
  console.log('injected errors:', kinds);
  if (findings) {
    console.log(
      `findings: ${findings}, failed ${failedFindings} (${((100 * failedFindings) / findings).toFixed(1)}%), passed within rounding ${rounding}; departments with ≥ 1 failed rule: ${deptsWithFailure}`,
    );
    console.log('failed rules:', Object.fromEntries(Object.entries(failedRules).sort((a, b) => b[1] - a[1])));
  }
  for (const f of failures.slice(0, 5)) console.log('FAILED', f);
  return failures.length === 0;
}

function arg(argv, name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const seed = arg(argv, '--seed', 'jixiao');
  if (argv.includes('--check')) {
    const ok = await check(Number(arg(argv, '--check', '200')));
    process.exitCode = ok ? 0 : 1;
  } else if (argv.includes('--ndjson')) {
    const out = arg(argv, '--out');
    if (!out) throw new Error('--ndjson N needs --out FILE');
    const lines = argv.includes('--lines') ? Number(arg(argv, '--lines')) : undefined;
    const r = writeNdjson(out, Number(arg(argv, '--ndjson')), { seed, lines });
    console.error(`wrote ${out}: ${r.bytes} bytes, ${r.lines} ledger lines`);
  } else {
    process.stdout.write(JSON.stringify(generateDepartment({ seed, lines: Number(arg(argv, '--lines', '30')) }), null, 2) + '\n');
  }
}
