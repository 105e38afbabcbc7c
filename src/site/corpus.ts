/**
 * The one place pages read content from Astro: every entry of every collection, and the graph
 * computed from them by `src/lib/graph.ts`. Loaded once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { buildGraph, type Graph, type PlainEntry } from '../lib/graph.ts';

export type AnyEntry = CollectionEntry<CollectionName>;

export interface Corpus {
  entries: AnyEntry[];
  byCollection: Record<CollectionName, AnyEntry[]>;
  graph: Graph;
}

let cached: Promise<Corpus> | undefined;

export function loadCorpus(): Promise<Corpus> {
  cached ??= (async () => {
    const lists = await Promise.all(COLLECTIONS.map((c) => getCollection(c) as Promise<AnyEntry[]>));
    const byCollection = Object.fromEntries(COLLECTIONS.map((c, i) => [c, lists[i]!])) as Record<CollectionName, AnyEntry[]>;
    const entries = lists.flat();
    const plain: PlainEntry[] = entries.map((e) => ({ collection: e.collection as CollectionName, id: e.id, data: e.data as Record<string, unknown> }));
    return { entries, byCollection, graph: buildGraph(plain) };
  })();
  return cached;
}
