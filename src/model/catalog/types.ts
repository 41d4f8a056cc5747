/** Reliability of a domain fact, as tagged in the project's FACTS.md: official, mirror, secondary, unconfirmed. */
export type Reliability = 'O' | 'M' | 'S' | 'K';

/** Where a catalog entry or constant comes from. */
export interface Provenance {
  /** Reliability tag: O official, M mirror, S secondary, K unconfirmed domain knowledge. */
  readonly reliability: Reliability;
  /** A short citation: a document number or URL. */
  readonly source: string;
  /** Anything the user should know (e.g. "numbering uncertain"). */
  readonly note?: string;
}

/** One entry of a classification catalog. */
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
