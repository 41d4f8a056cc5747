import { ECONOMIC_CATALOG } from './economic.js';
import { FUNCTIONAL_CATALOG } from './functional.js';
import type { CatalogEntry } from './types.js';
import { nearest } from '../../shared/suggest.js';

/**
 * Which classification a code belongs to.
 *
 * @example
 * ```ts
 * import { codeName, type CatalogKind } from 'jixiao/model';
 * const kind: CatalogKind = 'economic';
 * codeName(kind, '30217'); // "公务接待费"
 * ```
 */
export type CatalogKind = 'functional' | 'economic';

const BY_CODE: Readonly<Record<CatalogKind, ReadonlyMap<string, CatalogEntry>>> = {
  functional: new Map(FUNCTIONAL_CATALOG.map((x) => [x.code, x])),
  economic: new Map(ECONOMIC_CATALOG.map((x) => [x.code, x])),
};

const FORMAT: Readonly<Record<CatalogKind, RegExp>> = {
  functional: /^[2-3][0-9]{2}([0-9]{2}([0-9]{2})?)?$/,
  economic: /^[3-5][0-9]{2}([0-9]{2})?$/,
};

/**
 * Human description of valid code shapes, per catalog.
 *
 * @example
 * ```ts
 * import { CODE_SHAPES } from 'jixiao/model';
 * CODE_SHAPES.economic; // "3 位（类）或 5 位（款）数字 / 3 or 5 digits"
 * ```
 */
export const CODE_SHAPES: Readonly<Record<CatalogKind, string>> = {
  functional: '3 位（类）、5 位（款）或 7 位（项）数字 / 3, 5 or 7 digits',
  economic: '3 位（类）或 5 位（款）数字 / 3 or 5 digits',
};

/**
 * Look up a classification code. Returns the entry, or undefined when not in the catalog.
 *
 * @example
 * ```ts
 * import { lookupCode } from 'jixiao/model';
 * lookupCode('economic', '30211')?.name; // "差旅费"
 * ```
 */
export function lookupCode(kind: CatalogKind, code: string): CatalogEntry | undefined {
  return BY_CODE[kind].get(code);
}

/**
 * The catalog code nearest to an unknown one of the same length (one or two digits off), for a
 * "did you mean" in the message; undefined when none is that close. @internal
 */
export function nearestCode(kind: CatalogKind, code: string): string | undefined {
  const sameLength = [...BY_CODE[kind].keys()].filter((c) => c.length === code.length);
  return nearest(code, sameLength);
}

/** True when the code has the right digit shape for its catalog. @internal */
export function isWellFormedCode(kind: CatalogKind, code: string): boolean {
  return FORMAT[kind].test(code);
}

/**
 * The 类 (first three digits) of a code.
 *
 * @example
 * ```ts
 * import { classOf, codeName } from 'jixiao/model';
 * classOf('2010350');                         // "201"
 * codeName('functional', classOf('2010350')); // "一般公共服务支出"
 * ```
 */
export function classOf(code: string): string {
  return code.slice(0, 3);
}

/**
 * The name of a code: from the catalog, or the code itself when unknown.
 *
 * @example
 * ```ts
 * import { codeName } from 'jixiao/model';
 * codeName('functional', '221'); // "住房保障支出"
 * ```
 */
export function codeName(kind: CatalogKind, code: string): string {
  return BY_CODE[kind].get(code)?.name ?? code;
}
