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
  readonly code: string;
  readonly name: string;
  /** 类, 款 or 项. */
  readonly level: '类' | '款' | '项';
  readonly provenance: Provenance;
}
