import type { Locale } from '../shared/issues.js';
import { ruleMessages } from '../shared/messages/rules.js';
import { BUILT_IN_THRESHOLDS } from './builtInThresholds.js';
import { THRESHOLD_KEYS, type ThresholdKey, type ThresholdSet } from './thresholds.js';

/**
 * Where the department sits: what threshold resolution matches against (a parsed `Department` fits).
 *
 * @example
 * ```ts
 * import type { ThresholdScope } from 'jixiao/rules';
 * const enyang: ThresholdScope = { region: { province: '四川省', city: '巴中市', county: '恩阳区' }, level: 'county' };
 * ```
 */
export interface ThresholdScope {
  /** Province, city and county names, e.g. 四川省 / 巴中市 / 恩阳区. */
  readonly region?: { readonly province?: string | undefined; readonly city?: string | undefined; readonly county?: string | undefined };
  /** Government level: central, provincial, municipal, county or township. */
  readonly level?: string;
}

/**
 * Options of {@link resolveThreshold}.
 *
 * @example
 * ```ts
 * import type { ResolveThresholdOptions } from 'jixiao/rules';
 * const o: ResolveThresholdOptions = { fiscalYear: 2022, builtIn: true };
 * ```
 */
export interface ResolveThresholdOptions {
  /** The department's region and level. */
  readonly department?: ThresholdScope;
  /** The fiscal year evaluated. */
  readonly fiscalYear?: number;
  /** Extra sets; at equal specificity they win over the built-in ones. */
  readonly thresholds?: readonly ThresholdSet[];
  /** Also search {@link BUILT_IN_THRESHOLDS} (default true). */
  readonly builtIn?: boolean;
}

/**
 * The outcome of resolving one threshold: a value and the set it came from, or why there is none.
 *
 * @example
 * ```ts
 * import type { ThresholdResolution } from 'jixiao/rules';
 * const show = (r: ThresholdResolution) => (r.ok ? `${r.value} (${r.set.id})` : r.reason);
 * ```
 */
export type ThresholdResolution =
  | { readonly ok: true; readonly key: ThresholdKey; readonly value: string; readonly set: ThresholdSet }
  | { readonly ok: false; readonly key: ThresholdKey; readonly reason: string; readonly reasonEn: string };

const norm = (s: string | undefined): string | undefined => s?.trim().replace(/(省|市|自治区|特别行政区|区|县)$/u, '');

function specificity(set: ThresholdSet, scope: ThresholdScope | undefined): number {
  const j = set.jurisdiction;
  let n = 0;
  for (const f of ['province', 'city', 'county'] as const) {
    if (j[f] === undefined) continue;
    if (norm(j[f]) !== norm(scope?.region?.[f])) return -1;
    n += 1;
  }
  if (j.level !== undefined) {
    if (j.level !== scope?.level) return -1;
    n += 1;
  }
  return n;
}

const NO_SETS: readonly ThresholdSet[] = [];
const ZH = ruleMessages('zh-CN').threshold;
const EN = ruleMessages('en').threshold;

/** Whether a set is in force at some point of the year from `yearStart` to `yearEnd` (YYYY-MM-DD). */
const covers = (set: ThresholdSet, yearStart: string, yearEnd: string): boolean =>
  set.effectiveFrom <= yearEnd && (set.effectiveTo === undefined || set.effectiveTo >= yearStart);

function scopeText(scope: ThresholdScope | undefined, locale: Locale): string {
  const t = ruleMessages(locale).threshold;
  const r = scope?.region;
  const place = [r?.province, r?.city, r?.county].filter((x) => x).join(t.placeSeparator);
  const named = scope?.level !== undefined && Object.prototype.hasOwnProperty.call(t.levels, scope.level) ? t.levels[scope.level] : undefined;
  return t.scope(place, scope?.level ? (named ?? scope.level) : '');
}

/**
 * Find the value of one threshold for a department and fiscal year. Among the sets that hold
 * the key, cover the fiscal year and match the department's jurisdiction (every field a set
 * names must equal the department's; 省/市/区/县 suffixes are ignored), the most specific wins,
 * then the latest `effectiveFrom`, then caller-supplied sets before built-in ones. When none
 * applies the result says why — rules then report `not_applicable` instead of guessing.
 *
 * @example
 * ```ts
 * import { resolveThreshold } from 'jixiao/rules';
 * const dept = { region: { province: '四川省', city: '巴中市', county: '恩阳区' }, level: 'county' };
 * resolveThreshold('procurement.decentralizedLimit.goodsServices', { department: dept, fiscalYear: 2019 });
 * // { ok: true, value: '10', set: { id: 'sichuan-2018-county', … } }
 * resolveThreshold('procurement.decentralizedLimit.goodsServices', { department: dept, fiscalYear: 2022 });
 * // { ok: false, reason: '未配置适用于四川省巴中市恩阳区（县级）2022年度的…' }
 * ```
 */
export function resolveThreshold(key: ThresholdKey, options: ResolveThresholdOptions = {}): ThresholdResolution {
  const label = THRESHOLD_KEYS[key].label;
  const { fiscalYear, department } = options;
  if (fiscalYear === undefined) {
    return { ok: false, key, reason: ZH.noFiscalYear(label['zh-CN']), reasonEn: EN.noFiscalYear(label.en) };
  }
  // The caller's sets, then the built-in ones; the year's bounds are formatted once, not per set.
  const extra = options.thresholds ?? NO_SETS;
  const builtIn = options.builtIn === false ? NO_SETS : BUILT_IN_THRESHOLDS;
  const yearStart = `${fiscalYear}-01-01`;
  const yearEnd = `${fiscalYear}-12-31`;
  let best: ThresholdSet | undefined;
  let bestScore = -1;
  for (let i = 0; i < extra.length + builtIn.length; i++) {
    const set = (i < extra.length ? extra[i] : builtIn[i - extra.length]) as ThresholdSet;
    if (set.values[key] === undefined || !covers(set, yearStart, yearEnd)) continue;
    const score = specificity(set, department);
    if (score < 0) continue;
    if (!best || score > bestScore || (score === bestScore && set.effectiveFrom > best.effectiveFrom)) {
      best = set;
      bestScore = score;
    }
  }
  if (best) return { ok: true, key, value: best.values[key] as string, set: best };
  return {
    ok: false,
    key,
    reason: ZH.notConfigured(scopeText(department, 'zh-CN'), fiscalYear, label['zh-CN']),
    reasonEn: EN.notConfigured(scopeText(department, 'en'), fiscalYear, label.en),
  };
}
