/**
 * What each collection takes part in, in one table: whether its entries carry a date, can be
 * cited (a "Cite this" block and citation downloads), appear on the timeline, and are indexed
 * for search. Every module that asks "does this collection …?" reads this table.
 */
import { COLLECTIONS, type CollectionName } from './collections.ts';

export interface Capabilities {
  /** Entries carry a date (`adopted`, `date` or `start`). */
  dated: boolean;
  /** Entries get a "Cite this" block and BibTeX/RIS/CSL-JSON downloads. */
  citable: boolean;
  /** Entries are listed on `/timeline/` and have a `/timeline/<collection>/` filter. */
  timeline: boolean;
  /**
   * How entry pages are indexed by Pagefind: `entry`, the record itself (title, aliases and prose,
   * weighted fully); `reference`, reference material (the glossary, frameworks, norms), found by its
   * names and text but ranked below the record's entries on the same words; `name`, found by its name
   * only (a source's page describes the publication, not the topic).
   */
  search: 'entry' | 'reference' | 'name';
}

export const CAPABILITIES: Record<CollectionName, Capabilities> = {
  decisions: { dated: true, citable: true, timeline: true, search: 'entry' },
  cbms: { dated: false, citable: true, timeline: false, search: 'entry' },
  documents: { dated: true, citable: true, timeline: true, search: 'entry' },
  events: { dated: true, citable: true, timeline: true, search: 'entry' },
  activities: { dated: true, citable: false, timeline: true, search: 'entry' },
  bodies: { dated: false, citable: false, timeline: false, search: 'entry' },
  states: { dated: false, citable: false, timeline: false, search: 'entry' },
  sources: { dated: false, citable: false, timeline: false, search: 'name' },
  terms: { dated: false, citable: false, timeline: false, search: 'reference' },
  frameworks: { dated: true, citable: false, timeline: false, search: 'reference' },
  norms: { dated: false, citable: false, timeline: false, search: 'reference' },
};

/** The collections that have a capability, in the order of `COLLECTIONS`. */
export function collectionsThat(capability: Exclude<keyof Capabilities, 'search'>): CollectionName[] {
  return COLLECTIONS.filter((c) => CAPABILITIES[c][capability]);
}
