/**
 * Reliability of a domain fact, as tagged in the project's FACTS.md: official, mirror, secondary, unconfirmed.
 *
 * @example
 * ```ts
 * import { FUNCTIONAL_CATALOG, type Reliability } from 'jixiao/model';
 * const unconfirmed: Reliability = 'K';
 * FUNCTIONAL_CATALOG.filter((e) => e.provenance.reliability === unconfirmed).length;
 * ```
 */
export type Reliability = 'O' | 'M' | 'S' | 'K';

/**
 * Where a catalog entry or constant comes from.
 *
 * @example
 * ```ts
 * import { lookupCode, type Provenance } from 'jixiao/model';
 * const provenance: Provenance | undefined = lookupCode('economic', '301')?.provenance;
 * // { reliability: 'S', source: 'http://www.hd-u.com/cwc/info/1013/1198.htm' }
 * ```
 */
export interface Provenance {
  /** Reliability tag: O official, M mirror, S secondary, K unconfirmed domain knowledge. */
  readonly reliability: Reliability;
  /** A short citation: a document number or URL. */
  readonly source: string;
  /** Anything the user should know (e.g. "numbering uncertain"). */
  readonly note?: string;
}

/**
 * One entry of a classification catalog.
 *
 * @example
 * ```ts
 * import { lookupCode, type CatalogEntry } from 'jixiao/model';
 * const entry: CatalogEntry | undefined = lookupCode('functional', '201');
 * entry?.name;  // "一般公共服务支出"
 * entry?.level; // "类"
 * ```
 */
export interface CatalogEntry {
  /** The code: 3 digits for a 类, 5 for a 款, 7 for a 项. */
  readonly code: string;
  /** The official Chinese name, e.g. "公务接待费". */
  readonly name: string;
  /** 类, 款 or 项. */
  readonly level: '类' | '款' | '项';
  /** Where the entry comes from, and how reliable that source is. */
  readonly provenance: Provenance;
}
