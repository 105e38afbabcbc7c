/**
 * What each collection takes part in, in one table: whether its entries carry a date, can be
 * cited (a "Cite this" block and citation downloads), appear on the timeline, and are indexed
 * for search. Every module that asks "does this collection …?" reads this table.
 */
import { COLLECTIONS, type CollectionName } from './index.ts';

export interface Capabilities {
  /** Entries carry a date (`adopted`, `date` or `start`). */
  dated: boolean;
  /** Entries get a "Cite this" block and BibTeX/RIS/CSL-JSON downloads. */
  citable: boolean;
  /** Entries are listed on `/timeline/` and have a `/timeline/<collection>/` filter. */
  timeline: boolean;
  /** Entry pages are indexed by Pagefind. */
  searchable: boolean;
}

export const CAPABILITIES: Record<CollectionName, Capabilities> = {
  decisions: { dated: true, citable: true, timeline: true, searchable: true },
  cbms: { dated: false, citable: true, timeline: false, searchable: true },
  documents: { dated: true, citable: true, timeline: true, searchable: true },
  events: { dated: true, citable: true, timeline: true, searchable: true },
  activities: { dated: true, citable: false, timeline: true, searchable: true },
  bodies: { dated: false, citable: false, timeline: false, searchable: true },
  states: { dated: false, citable: false, timeline: false, searchable: true },
  sources: { dated: false, citable: false, timeline: false, searchable: true },
  terms: { dated: false, citable: false, timeline: false, searchable: true },
  frameworks: { dated: true, citable: false, timeline: false, searchable: true },
  norms: { dated: false, citable: false, timeline: false, searchable: true },
};

/** The collections that have a capability, in the order of `COLLECTIONS`. */
export function collectionsThat(capability: keyof Capabilities): CollectionName[] {
  return COLLECTIONS.filter((c) => CAPABILITIES[c][capability]);
}
