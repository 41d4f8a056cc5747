import { dec, toCanonical } from '../../model/money/decimal.js';
import type { Band } from './standards.js';

interface RawBand {
  min?: string;
  max?: string;
  minIncl?: boolean;
  maxIncl?: boolean;
  points: string;
  percent: boolean;
}

const P = '(\\d+(?:\\.\\d+)?)(%?)';
const MARK = '(\\(含\\)|\\(不含\\)|含|不含)?';
const INTERVAL = new RegExp(`([\\[(])${P},${P}([\\])])`);
const DOUBLE = new RegExp(`${P}(≤|<)[^\\d≤<]{0,10}?(≤|<)${P}`);
const RANGE = new RegExp(`${P}${MARK}(?:-|至|到)${P}${MARK}`);
const POSTFIX = new RegExp(`${P}${MARK}(?:及)?(以上|以下|以内)`);
const UNARY = new RegExp(`(≥|>|≤|<|=|大于|高于|超过|小于|低于|等于|为)${P}`);
const POINTS = /(?:,)?(?:的|时)?(?:得|计|为|给|赋)?(满分|不得分|不计分|\d+(?:\.\d+)?分)$/;

const incl = (mark: string | undefined): boolean | undefined => (mark === undefined ? undefined : !mark.includes('不'));

function condition(c: string): Omit<RawBand, 'points'> | undefined {
  let m = INTERVAL.exec(c);
  if (m) return { min: m[2] as string, max: m[4] as string, minIncl: m[1] === '[', maxIncl: m[6] === ']', percent: m[3] === '%' || m[5] === '%' };
  m = DOUBLE.exec(c);
  if (m) return { min: m[1] as string, max: m[5] as string, minIncl: m[3] === '≤', maxIncl: m[4] === '≤', percent: m[2] === '%' || m[6] === '%' };
  m = RANGE.exec(c);
  if (m)
    return { min: m[1] as string, max: m[4] as string, ...opt('minIncl', incl(m[3])), ...opt('maxIncl', incl(m[6])), percent: m[2] === '%' || m[5] === '%' };
  m = POSTFIX.exec(c);
  if (m) {
    const i = incl(m[3]);
    return m[4] === '以上'
      ? { min: m[1] as string, ...opt('minIncl', i), percent: m[2] === '%' }
      : { max: m[1] as string, ...opt('maxIncl', i), percent: m[2] === '%' };
  }
  m = UNARY.exec(c);
  if (m) {
    const [op, n, pct] = [m[1] as string, m[2] as string, m[3] === '%'];
    if (op === '=' || op === '等于' || op === '为') return { min: n, max: n, minIncl: true, maxIncl: true, percent: pct };
    if (op === '≥') return { min: n, minIncl: true, percent: pct };
    if (op === '>' || op === '大于' || op === '高于' || op === '超过') return { min: n, minIncl: false, percent: pct };
    if (op === '≤') return { max: n, maxIncl: true, percent: pct };
    return { max: n, maxIncl: false, percent: pct };
  }
  return undefined;
}

function opt<K extends string>(key: K, v: boolean | undefined): { [P in K]?: boolean } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: boolean };
}

/** Settle unmarked inclusivity at shared bounds and reject overlaps. */
function resolve(raw: RawBand[]): Band[] | 'ambiguous' {
  const bound = (x: string | undefined, y: string | undefined, missing: number): number =>
    x === undefined ? (y === undefined ? 0 : missing) : y === undefined ? -missing : dec(x).comparedTo(y);
  raw.sort((a, b) => bound(a.min, b.min, -1) || bound(a.max, b.max, 1));
  for (let i = 0; i + 1 < raw.length; i++) {
    const [a, b] = [raw[i] as RawBand, raw[i + 1] as RawBand];
    if (a.max === undefined || b.min === undefined) return 'ambiguous';
    const cmp = dec(a.max).comparedTo(b.min);
    if (cmp > 0) return 'ambiguous';
    if (cmp < 0) continue;
    if (a.min !== undefined && a.min === a.max) {
      b.minIncl ??= false;
      if (b.minIncl) return 'ambiguous';
      continue;
    }
    if (a.maxIncl === undefined && b.minIncl === undefined) [a.maxIncl, b.minIncl] = [false, true];
    else if (a.maxIncl === undefined) a.maxIncl = !b.minIncl;
    else if (b.minIncl === undefined) b.minIncl = !a.maxIncl;
    if (a.maxIncl === b.minIncl) return 'ambiguous';
  }
  return raw.map((b) => ({
    ...(b.min !== undefined ? { min: b.min } : {}),
    ...(b.max !== undefined ? { max: b.max } : {}),
    minInclusive: b.min === undefined ? false : (b.minIncl ?? true),
    maxInclusive: b.max === undefined ? false : (b.maxIncl ?? true),
    points: b.points,
  }));
}

/**
 * Read a banded standard ("≥90%得5分;80%-90%得4分;…;<60%得0分") into sorted, non-overlapping
 * bands. Undefined when the text is not a band list; 'ambiguous' when bands overlap or a shared
 * bound is claimed by both sides. @internal
 */
export function bandsOf(t: string, fullPoints: string): { bands: Band[]; percent: boolean } | 'ambiguous' | undefined {
  const raw: RawBand[] = [];
  for (const seg of t.split(/[;,\n]/)) {
    const pm = POINTS.exec(seg);
    if (!pm) continue;
    const word = pm[1] as string;
    const points = word === '满分' ? fullPoints : word.endsWith('分') && /^\d/.test(word) ? word.slice(0, -1) : '0';
    const cond = condition(seg.slice(0, pm.index));
    if (!cond) return undefined;
    raw.push({ ...cond, points: toCanonical(dec(points)) });
  }
  if (raw.length < 2) return undefined;
  const percent = raw.some((b) => b.percent);
  const scale = (n: string | undefined): string | undefined => (n === undefined ? undefined : toCanonical(percent ? dec(n).div(100) : dec(n)));
  const scaledRaw = raw.map((b) => ({
    ...b,
    ...(b.min !== undefined ? { min: scale(b.min) as string } : {}),
    ...(b.max !== undefined ? { max: scale(b.max) as string } : {}),
  }));
  const bands = resolve(scaledRaw);
  return bands === 'ambiguous' ? bands : { bands, percent };
}
