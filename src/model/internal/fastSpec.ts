import type { CatalogKind } from '../catalog/lookup.js';

/**
 * What the one-pass parser (fastParse.ts) must know about a schema node whose behaviour zod cannot
 * describe: a transform or a refinement is an opaque function, so each one in the input schema is
 * registered here with what it means. The fast parser refuses to compile a schema that has an
 * unregistered transform or custom check, so a new one cannot be skipped silently. @internal
 */
export type FastSpec =
  /** `amount()`: a decimal string or number, read in the input's own unit (`readMoney`). */
  | { readonly kind: 'money'; readonly allowNegative: boolean }
  /** `DecimalStringSchema`: a string or number, read as a signed 万元-style decimal whatever the unit. */
  | { readonly kind: 'decimal' }
  /** `codeSchema()`: a classification code, checked against the catalog and `allowUnknownCodes`. */
  | { readonly kind: 'code'; readonly catalog: CatalogKind }
  /** `DateSchema`: a YYYY-MM-DD calendar date. */
  | { readonly kind: 'date' }
  /** An object with one `.refine(predicate)`: the predicate is called on the parsed object. */
  | { readonly kind: 'refine'; readonly predicate: (value: never) => boolean };

/** Specs by zod definition object: `.describe()` and `.meta()` clone a schema but keep its `def`. */
const SPECS = new WeakMap<object, FastSpec>();

/** Minimal structural view of a zod schema (avoids importing zod's types here). */
interface ZodNode {
  readonly _zod: { readonly def: object };
}

/** Record what `schema` means for the fast parser, and return it unchanged. @internal */
export function withFastSpec<T extends ZodNode>(schema: T, spec: FastSpec): T {
  SPECS.set(schema._zod.def, spec);
  return schema;
}

/** The spec registered for a schema node, if any. @internal */
export function fastSpecOf(schema: ZodNode): FastSpec | undefined {
  return SPECS.get(schema._zod.def);
}
