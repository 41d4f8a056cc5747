import { dec, toCanonical } from '../../model/money/decimal.js';
import { bandsOf } from './bands.js';
import { normalizeText, readNumeral } from './text.js';

/** One band of a banded standard: [min, max] with inclusivity, in the standard's unit. @internal */
export interface Band {
  readonly min?: string;
  readonly max?: string;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
  readonly points: string;
}

/** A standard recognised in 评分标准 text, before it is bound to a fact. Percentages are fractions. @internal */
export type Recognised =
  | {
      readonly kind: 'linear';
      readonly target: string;
      readonly direction: 'above' | 'below' | 'both';
      readonly step: string;
      readonly deduction: string;
      readonly percent: boolean;
    }
  | { readonly kind: 'bands'; readonly bands: readonly Band[]; readonly percent: boolean }
  | { readonly kind: 'perViolation'; readonly deduction: string }
  | { readonly kind: 'ratio'; readonly target: string }
  | { readonly kind: 'categorical'; readonly whenTrue: string; readonly whenFalse: string }
  | { readonly kind: 'checklist'; readonly items: readonly { readonly text: string; readonly points: string }[] };

/** Why a standard was not recognised. @internal */
export type Unrecognised = { readonly kind: 'none'; readonly why: 'empty' | 'too_long' | 'unrecognised' | 'ambiguous' };

const NUM = '(\\d+(?:\\.\\d+)?)';
const MAX_LEN = 2000;

/** "15%" → "0.15" when `percent`, else the number itself. @internal */
export function scaled(n: string, percent: boolean): string {
  return percent ? toCanonical(dec(n).div(100)) : toCanonical(dec(n));
}

const ABOVE = '(?:超过|超出|高于|增加|增长|上升|提高)';
const BELOW = '(?:低于|降低|减少|下降|少于|未达到|不足)';
const DEVIATE = '(?:偏离|偏差|相差)';
const STEP_RE = new RegExp(
  `每(${ABOVE}|${BELOW}|${DEVIATE})[^,;扣]{0,12}?(\\d+(?:\\.\\d+)?|[一两二三四五六七八九十])?个?(百分点|%)[^,;]{0,6}?扣(?:减)?${NUM}分`,
);
const DIRECTION = { above: new RegExp(`^${ABOVE}$`), below: new RegExp(`^${BELOW}$`) };

/** Target of a linear standard: "以100%为标准", "≤100%计1分", "≥95%得满分", "达到100%得满分", "≤0 计 3 分". */
function linearTarget(t: string): { target: string; percent: boolean; sign?: 'le' | 'ge' } | undefined {
  const base = new RegExp(`以${NUM}(%?)为(?:标准|基准|目标|满分|限)`).exec(t);
  if (base) return { target: base[1] as string, percent: base[2] === '%' };
  const cmp = new RegExp(`([≤≥<>=])${NUM}(%?)(?:\\([^)]{0,4}\\))?(?:的|时)?,?(?:计|得|为|给)(?:满分|${NUM}分)`).exec(t);
  if (cmp)
    return { target: cmp[2] as string, percent: cmp[3] === '%', sign: cmp[1] === '≤' || cmp[1] === '<' ? 'le' : cmp[1] === '=' ? undefined : 'ge' } as {
      target: string;
      percent: boolean;
      sign?: 'le' | 'ge';
    };
  const reach = new RegExp(`(?:达到|为|等于)${NUM}(%?)(?:及以上|以上)?(?:的|时)?,?(?:计|得)(?:满分|${NUM}分)`).exec(t);
  if (reach) return { target: reach[1] as string, percent: reach[2] === '%' };
  return undefined;
}

function recogniseLinear(t: string): Recognised | undefined {
  const step = STEP_RE.exec(t);
  if (!step) return undefined;
  const target = linearTarget(t);
  if (!target) return undefined;
  const word = step[1] as string;
  const direction = DIRECTION.above.test(word) ? 'above' : DIRECTION.below.test(word) ? 'below' : 'both';
  const stepSize = readNumeral(step[2]) ?? '1';
  const percent = target.percent || step[3] === '百分点' || step[3] === '%';
  return {
    kind: 'linear',
    target: scaled(target.target, percent),
    direction,
    step: scaled(stepSize, percent),
    deduction: toCanonical(dec(step[4] as string)),
    percent,
  };
}

const PER_VIOLATION_RE = new RegExp(`(?:每|一)(?:发现|出现|存在|有|缺少?|少)?(?:一|1)?(?:项|处|次|个|例|起|笔)[^,;扣]{0,16}?扣(?:减)?${NUM}分`);

function recognisePerViolation(t: string): Recognised | undefined {
  const m = PER_VIOLATION_RE.exec(t);
  if (!m || /百分点|%/.test(m[0])) return undefined;
  return { kind: 'perViolation', deduction: toCanonical(dec(m[1] as string)) };
}

const RATIO_RE =
  /按(?:实际)?(?:完成|执行|达成)?(?:比例|比率|率|程度)(?:计算)?(?:得分|计分|赋分|给分)|得分\s*=\s*[^;,]{0,20}(?:率|比例)\s*[×x*]\s*(?:分值|权重|该指标分值)/;

function recogniseRatio(t: string): Recognised | undefined {
  if (!RATIO_RE.test(t)) return undefined;
  const cap = new RegExp(`以${NUM}%为(?:满分|上限|标准)`).exec(t);
  return { kind: 'ratio', target: cap ? scaled(cap[1] as string, true) : '1' };
}

const YES = /^(?:已|有|是|按(?:规定|时|要求)|及时|建立|健全|完成|符合|达到)/;
const NO = /^(?:未|没有|无|否|不|逾期|缺)/;

function recogniseCategorical(t: string, full: string): Recognised | undefined {
  const parts = t
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length !== 2) return undefined;
  const pts = (p: string): string | undefined => {
    if (/(?:不得分|不计分|得0分|计0分|0分)$/.test(p)) return '0';
    if (/(?:得|计)满分$/.test(p)) return full;
    return new RegExp(`(?:得|计)${NUM}分$`).exec(p)?.[1];
  };
  const [a, b] = parts as [string, string];
  const [pa, pb] = [pts(a), pts(b)];
  if (pa === undefined || pb === undefined) return undefined;
  if (YES.test(a) && NO.test(b)) return { kind: 'categorical', whenTrue: pa, whenFalse: pb };
  if (NO.test(a) && YES.test(b)) return { kind: 'categorical', whenTrue: pb, whenFalse: pa };
  return undefined;
}

const ITEM_RE = new RegExp(`(?:^|[;,\\n])\\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]|\\(?\\d{1,2}[).、])([^;\\n]{1,200}?)[,(]?${NUM}分\\)?`, 'g');

function recogniseChecklist(t: string): Recognised | undefined {
  const items: { text: string; points: string }[] = [];
  for (const m of t.matchAll(ITEM_RE)) items.push({ text: (m[1] as string).trim(), points: m[2] as string });
  return items.length >= 2 ? { kind: 'checklist', items } : undefined;
}

/**
 * Recognise the shape of a 评分标准 text. Tried in order: linear per-point deduction, bands,
 * proportional, per-violation, yes/no, itemised checklist. Text longer than 2,000 characters
 * is not examined. @internal
 */
export function recogniseStandard(raw: string, fullPoints: string): Recognised | Unrecognised {
  if (raw.trim() === '') return { kind: 'none', why: 'empty' };
  if (raw.length > MAX_LEN) return { kind: 'none', why: 'too_long' };
  const t = normalizeText(raw).replace(/\s+/g, '');
  const linear = recogniseLinear(t);
  if (linear) return linear;
  const bands = bandsOf(t, fullPoints);
  if (bands === 'ambiguous') return { kind: 'none', why: 'ambiguous' };
  if (bands) return { kind: 'bands', ...bands };
  return (
    recogniseRatio(t) ??
    recognisePerViolation(t) ??
    recogniseCategorical(t, fullPoints) ??
    recogniseChecklist(normalizeText(raw)) ?? { kind: 'none', why: 'unrecognised' }
  );
}
