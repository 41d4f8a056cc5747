import type { Issue, Locale, PathSegment } from '../../shared/issues.js';
import { type CatalogKind, CODE_SHAPES, isWellFormedCode, lookupCode } from '../../model/catalog/lookup.js';

const CATALOG_LABEL: Readonly<Record<CatalogKind, string>> = { functional: '支出功能分类/functional', economic: '经济分类/economic' };

/** Codes accepted although not in the catalogs. @internal */
export type AllowUnknown = 'all' | ReadonlySet<string>;

/** A code cell: blank, a valid code (with any name written after it), or an issue. @internal */
export type CodeCell =
  { readonly kind: 'blank' } | { readonly kind: 'code'; readonly code: string; readonly name: string } | { readonly kind: 'bad'; readonly issue: Issue };

/**
 * Read a classification code cell: "2010301", "2010301 行政运行" or "[2010301]行政运行". The
 * code must have the catalog's shape and be in the catalog unless allowed, as in the model. @internal
 */
export function readCodeCell(
  kind: CatalogKind,
  text: string,
  path: readonly PathSegment[],
  allow: AllowUnknown,
  locale: Locale,
  make: (code: 'invalid_code' | 'unknown_code', path: readonly PathSegment[], params: Record<string, string>, locale: Locale) => Issue,
): CodeCell {
  const t = text.trim();
  if (t === '') return { kind: 'blank' };
  const m = /^\[?(\d+)\]?\s*(.*)$/.exec(t);
  const code = m ? (m[1] as string) : t;
  const name = m ? (m[2] as string).trim() : '';
  const catalog = CATALOG_LABEL[kind];
  if (!m || !isWellFormedCode(kind, code)) {
    return { kind: 'bad', issue: make('invalid_code', path, { catalog, expected: CODE_SHAPES[kind], received: JSON.stringify(t.slice(0, 20)) }, locale) };
  }
  const allowed = (c: string): boolean => allow === 'all' || allow.has(c);
  const cls = code.slice(0, 3);
  if (!lookupCode(kind, cls) && !allowed(cls)) return { kind: 'bad', issue: make('unknown_code', path, { catalog, received: cls }, locale) };
  if (lookupCode(kind, cls) && !lookupCode(kind, code) && !allowed(code))
    return { kind: 'bad', issue: make('unknown_code', path, { catalog, received: code }, locale) };
  return { kind: 'code', code, name };
}
