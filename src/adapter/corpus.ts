/**
 * The one place pages read content from Astro: every entry of every collection, typed by its
 * schema, and the graph computed from them by `src/lib/corpus/graph.ts`. Loaded once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { buildGraph, type Graph } from '../lib/corpus/graph.ts';
import { corpusEntry, type CorpusEntry } from '../lib/corpus/entries.ts';

/** An Astro entry of any collection (what `render()` takes). */
export type AnyEntry = CollectionEntry<CollectionName>;

export interface Corpus {
  /** Astro's entries, for rendering bodies. */
  entries: AnyEntry[];
  graph: Graph;
}

let cached: Promise<Corpus> | undefined;

/** One collection from Astro's store, and the same entries typed for the corpus (the store holds the schema's output). */
async function load(collection: CollectionName): Promise<{ astro: AnyEntry[]; typed: CorpusEntry[] }> {
  const astro: AnyEntry[] = await getCollection(collection);
  return { astro, typed: astro.map((e) => corpusEntry(collection, e.id, e.data)) };
}

export function loadCorpus(): Promise<Corpus> {
  cached ??= (async () => {
    const lists = await Promise.all(COLLECTIONS.map((c) => load(c)));
    return { entries: lists.flatMap((l) => l.astro), graph: buildGraph(lists.flatMap((l) => l.typed)) };
  })();
  return cached;
}
