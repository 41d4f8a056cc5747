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
function walkOf(schema: z.core.$ZodType): Walk | undefined {
  if (!(schema instanceof z.ZodType)) throw new Error(`[jixiao] precision: not a zod schema`);
  if (isAmountSchema(schema)) return (raw, max) => Math.max(max, writtenDecimals(raw));
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) return walkOf(schema.unwrap());
  if (schema instanceof z.ZodPipe) return walkOf(schema.in);
  if (schema instanceof z.ZodArray) {
    const each = walkOf(schema.element);
    return each && ((raw, max) => (Array.isArray(raw) ? raw.reduce<number>((m, x) => each(x, m), max) : max));
  }
  if (schema instanceof z.ZodUnion) {
    const options = schema.options.map(walkOf).filter((w): w is Walk => w !== undefined);
    return options.length === 0 ? undefined : (raw, max) => options.reduce((m, w) => w(raw, m), max);
  }
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape).flatMap(([key, s]): [string, Walk][] => {
      const walk = walkOf(s);
      return walk ? [[key, walk]] : [];
    });
    if (fields.length === 0) return undefined;
    return (raw, max) => (isRecord(raw) ? fields.reduce((m, [key, walk]) => walk(raw[key], m), max) : max);
  }
  if (SCALARS.has(schema.type)) return undefined;
  throw new Error(`[jixiao] precision: cannot look for amounts inside a ${schema.type} schema`);
}

/** The walk over the ledger's amounts. The ledger has the same shape in every unit. */
const walkLedger: Walk = walkOf(EvaluationInputSchema.shape.ledger) ?? (() => 0);

/**
 * The reporting precision of an input that does not state one: the most decimals written in any
 * amount of its raw `ledger`, at most 6. Only amounts count: an id, a label or a note that looks
 * like a decimal ("1.125") says nothing about how the figures were rounded. @internal
 */
export function inferPrecision(ledger: unknown): number {
  return Math.min(walkLedger(ledger, 0), MAX_INFERRED);
}
