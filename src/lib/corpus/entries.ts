/**
 * The typed entries of the corpus: one type per collection, inferred from the zod schemas, so a
 * field renamed in a schema is a compile error wherever it is read. Everything below the schemas
 * reads entries through these types; `corpusEntry` is the one adapter that takes data the schemas
 * have already parsed (Astro's store, or the content check's own parse) into them.
 */
import type { CollectionName, EntryData } from '../../schemas/index.ts';

/** One entry of collection `C`: its id (the file name) and its parsed front matter. */
export interface EntryOf<C extends CollectionName> {
  collection: C;
  id: string;
  data: EntryData<C>;
}

/** An entry of any collection, discriminated on `collection`. */
export type CorpusEntry = { [C in CollectionName]: EntryOf<C> }[CollectionName];

export type DecisionData = EntryData<'decisions'>;
export type CbmData = EntryData<'cbms'>;
export type DocumentData = EntryData<'documents'>;
export type EventData = EntryData<'events'>;
export type ActivityData = EntryData<'activities'>;
export type BodyData = EntryData<'bodies'>;
export type StateData = EntryData<'states'>;
export type SourceData = EntryData<'sources'>;
export type TermData = EntryData<'terms'>;
export type FrameworkData = EntryData<'frameworks'>;
export type NormData = EntryData<'norms'>;

/**
 * The adapter: data that one of the collection schemas has parsed becomes a typed entry. Only
 * the content check and Astro's loader parse entries, both with the schemas in src/schemas/, so
 * the shape is the schema's output; this is the one place that relies on that.
 */
export function corpusEntry(collection: CollectionName, id: string, data: unknown): CorpusEntry {
  return { collection, id, data } as CorpusEntry;
}
