import * as z from 'zod';
import { isAmountSchema } from '../schema/primitives.js';
import { EvaluationInputSchema } from '../schema/input.js';

/** The most decimals a reporting precision inferred from the input may have. */
const MAX_INFERRED = 6;

const DECIMAL_TEXT = /^-?\d+\.\d+$/;

/**
 * The decimals written in one raw amount: a string's digits after its '.' (trailing zeros count:
 * "26.00" was published to 2 places), a number's as JavaScript prints it. @internal
 */
export function writtenDecimals(v: unknown): number {
  if (typeof v === 'string') return DECIMAL_TEXT.test(v) ? v.length - v.indexOf('.') - 1 : 0;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v).split('.')[1]?.length ?? 0;
  return 0;
}

/**
 * The decimals, in 万元, of the last significant digit of one raw amount written in 元: the
 * granularity its figure was rounded to ("5760800" 元 = 576.08 万元 → 2; "260000.00" 元 = 26 万元 → 0;
 * "1234.56" 元 → 6). Trailing zeros do not count here: they are how a figure rounded to 100 元 is
 * written in 元. Zero (and anything that is not an amount) says nothing and gives -Infinity. @internal
 */
export function significantDecimalsOfYuan(v: unknown): number {
  const text = typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
  const m = /^-?(\d+)(?:\.(\d+))?$/.exec(text);
  if (m === null) return -Infinity;
  const int = m[1] ?? '';
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > 0) return frac.length + 4;
  const trimmed = int.replace(/^0+/, '');
  if (trimmed.length === 0) return -Infinity;
  const zeros = trimmed.length - trimmed.replace(/0+$/, '').length;
  return 4 - zeros;
}

/** Returns the larger of `max` and the decimals of every amount in `raw`. */
type Walk = (raw: unknown, max: number) => number;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Node types that hold no amount and are not looked into. */
const SCALARS: ReadonlySet<string> = new Set(['string', 'number', 'int', 'boolean', 'enum', 'literal', 'unknown', 'transform']);

/**
 * The walk over the raw values that `schema` reads as amounts, or undefined when it reads none.
 * Built once from the schema, so an amount added to the ledger counts without a change here; a
 * node type this does not look into throws (at module load, so every test fails) rather than
 * hiding the amounts under it.
 */
function walkOf(schema: z.core.$ZodType, decimals: (v: unknown) => number): Walk | undefined {
  if (!(schema instanceof z.ZodType)) throw new Error(`[jixiao] precision: not a zod schema`);
  if (isAmountSchema(schema)) return (raw, max) => Math.max(max, decimals(raw));
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) return walkOf(schema.unwrap(), decimals);
  if (schema instanceof z.ZodPipe) return walkOf(schema.in, decimals);
  if (schema instanceof z.ZodArray) {
    const each = walkOf(schema.element, decimals);
    return (
      each &&
      ((raw, max) => {
        if (!Array.isArray(raw)) return max;
        let m = max;
        for (const x of raw) m = each(x, m);
        return m;
      })
    );
  }
  if (schema instanceof z.ZodUnion) {
    const options = schema.options.map((o) => walkOf(o, decimals)).filter((w): w is Walk => w !== undefined);
    return options.length === 0 ? undefined : (raw, max) => options.reduce((m, w) => w(raw, m), max);
  }
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape).flatMap(([key, s]): [string, Walk][] => {
      const walk = walkOf(s, decimals);
      return walk ? [[key, walk]] : [];
    });
    if (fields.length === 0) return undefined;
    return (raw, max) => {
      if (!isRecord(raw)) return max;
      let m = max;
      for (const [key, walk] of fields) m = walk(raw[key], m);
      return m;
    };
  }
  if (SCALARS.has(schema.type)) return undefined;
  throw new Error(`[jixiao] precision: cannot look for amounts inside a ${schema.type} schema`);
}

/** The walks over the ledger's amounts. The ledger has the same shape in every unit. */
const walkLedger: Walk = walkOf(EvaluationInputSchema.shape.ledger, writtenDecimals) ?? (() => 0);
const walkLedgerYuan: Walk = walkOf(EvaluationInputSchema.shape.ledger, significantDecimalsOfYuan) ?? (() => 0);

/** How many decimals of 万元 one decimal of `unit` is behind. */
const SHIFT = { 万元: 0, 元: 4 } as const;

/**
 * The reporting precision of an input, in decimals of its own `unit` (negative for a 元 input
 * rounded to tens or hundreds of 元): the granularity its figures were rounded to.
 *
 * - In 万元 it is `stated` when given, otherwise the most decimals written in any amount of the raw
 *   `ledger` (trailing zeros count: "26.00" was published to 2 places), at most 6.
 * - In 元 it is the finest digit any ledger amount actually uses, expressed in 万元 ("5760800" 元 is
 *   576.08 万元: rounded to 0.01 万元 = 100 元, precision -2), never finer than `stated` when given.
 *   A department that keeps its books in 元 and publishes in 万元 to 2 decimals therefore gets the
 *   rounding bound of 0.01 万元, whichever unit the figures are entered in (issue #16, point 2).
 *
 * Only amounts count: an id, a label or a note that looks like a decimal ("1.125") says nothing
 * about how the figures were rounded. @internal
 */
export function inferPrecision(ledger: unknown, unit: '万元' | '元' = '万元', stated?: number): number {
  if (unit === '万元') return stated ?? Math.min(walkLedger(ledger, 0), MAX_INFERRED);
  const used = Math.min(Math.max(walkLedgerYuan(ledger, -Infinity), 0), MAX_INFERRED) - SHIFT.元;
  return stated === undefined ? used : Math.min(stated, used);
}
