/**
 * The corpus as a graph: every entry as a typed node with its title, label, URL and date, what it
 * refers to and what refers to it (backlinks). Built once per build from typed entries; every
 * page model reads it, none writes it.
 */
import { referencesIn, type FieldPath } from '../../schemas/refs.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { CAPABILITIES } from '../../schemas/capabilities.ts';
import { entryUrl } from '../urls.ts';
import type { CorpusEntry, EntryOf } from './entries.ts';
import { dateOf, labelOf, titleOf } from './naming.ts';

/** One entry of collection `C` in the graph. */
export type NodeOf<C extends CollectionName> = EntryOf<C> & {
  /** `collection/id`, unique in the corpus. */
  key: string;
  title: string;
  /** A short label for tables and lists: "PC 1106", "CBM 15". */
  label: string;
  url: string;
  /** The entry's main date, if it has one (for ordering and chronology). */
  date?: string | undefined;
  /**
   * In the graph of another language: `en-GB` where the entry has no translation into it, so its
   * title (and a link to its English page) is marked as English wherever it is printed.
   */
  lang?: string;
};

/** A node of any collection (or of the collections `C`), discriminated on `collection`. */
export type Node<C extends CollectionName = CollectionName> = { [K in C]: NodeOf<K> }[C];

export interface Link {
  from: Node;
  to: Node;
  /** The field the reference sits in, without list indexes: `relations.decision`. */
  field: string;
}

export interface Graph {
  nodes: ReadonlyMap<string, Node>;
  get<C extends CollectionName>(collection: C, id: string): Node<C> | undefined;
  /** A collection's nodes in its reading order (see `readingOrder`), computed once and cached. */
  nodesOf<C extends CollectionName>(collection: C): readonly Node<C>[];
  /** Everything this entry refers to, in field order, without duplicates. */
  outgoing(key: string): Link[];
  /** Everything that refers to this entry. */
  incoming(key: string): Link[];
}

const keyOf = (collection: CollectionName, id: string) => `${collection}/${id}`;

/**
 * A collection's reading order, used by index pages and previous/next: measures by number, the
 * dated collections by date then title, everything else by title.
 */
export function readingOrder<C extends CollectionName>(collection: C, nodes: readonly Node<C>[]): Node<C>[] {
  const list = [...nodes] as Node[];
  const byTitle = (a: Node, b: Node) => a.title.localeCompare(b.title, 'en');
  if (collection === 'cbms') list.sort((a, b) => numberOf(a) - numberOf(b));
  else if (CAPABILITIES[collection].dated)
    list.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || byTitle(a, b));
  else list.sort(byTitle);
  return list as Node<C>[];
}

const numberOf = (node: Node): number => (node.collection === 'cbms' ? node.data.number : 0);

/** How a graph names its nodes: the measures' short label, in the language of the pages it serves. */
export interface GraphNaming {
  cbmLabel?: (n: number) => string;
  /** The entries whose texts are in the record's English, in a graph of another language. */
  english?: (key: string) => boolean;
}

/** Builds the graph of the given entries; references to entries not in the list are left out. */
export function buildGraph(entries: readonly CorpusEntry[], naming: GraphNaming = {}): Graph {
  const nodes = new Map<string, Node>();
  for (const e of entries) {
    const key = keyOf(e.collection, e.id);
    nodes.set(key, {
      ...e,
      key,
      title: titleOf(e, naming.cbmLabel),
      label: labelOf(e, naming.cbmLabel),
      url: entryUrl(e.collection, e.id),
      date: dateOf(e),
      ...(naming.english?.(key) ? { lang: 'en-GB' } : {}),
    } as Node);
  }
  const out = new Map<string, Link[]>();
  const inc = new Map<string, Link[]>();
  for (const from of nodes.values()) {
    const seen = new Set<string>();
    for (const { path, ref } of referencesIn(from.data)) {
      const to = nodes.get(keyOf(ref.collection, ref.id));
      if (!to || to === from) continue;
      const field = fieldOf(path);
      const dedupe = `${field}|${to.key}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const link = { from, to, field };
      out.set(from.key, [...(out.get(from.key) ?? []), link]);
      inc.set(to.key, [...(inc.get(to.key) ?? []), link]);
    }
  }
  const ordered = new Map<CollectionName, readonly Node[]>();
  return {
    nodes,
    get: <C extends CollectionName>(collection: C, id: string) =>
      nodes.get(keyOf(collection, id)) as Node<C> | undefined,
    nodesOf: <C extends CollectionName>(collection: C) => {
      let list = ordered.get(collection);
      if (!list) {
        list = readingOrder(
          collection,
          [...nodes.values()].filter((n) => n.collection === collection),
        );
        ordered.set(collection, list);
      }
      return list as readonly Node<C>[];
    },
    outgoing: (key) => out.get(key) ?? [],
    incoming: (key) => inc.get(key) ?? [],
  };
}

function fieldOf(path: FieldPath): string {
  return path.filter((p) => typeof p === 'string').join('.');
}

/**
 * Previous and next node in the collection's reading order, for the collections read in
 * sequence: the dated ones (by date) and the measures (by number).
 */
export function neighbours(node: Node, graph: Graph): { previous?: Node; next?: Node } {
  if (!CAPABILITIES[node.collection].dated && node.collection !== 'cbms') return {};
  const list: readonly Node[] = graph.nodesOf(node.collection);
  const i = positionIn(list).get(node) ?? -1;
  return {
    ...(i > 0 ? { previous: list[i - 1]! } : {}),
    ...(i >= 0 && i < list.length - 1 ? { next: list[i + 1]! } : {}),
  };
}

const positions = new WeakMap<readonly Node[], Map<Node, number>>();

/** Each ordered list indexed once, not searched once per page (quadratic in the size of the corpus). */
function positionIn(list: readonly Node[]): Map<Node, number> {
  let index = positions.get(list);
  if (!index) positions.set(list, (index = new Map(list.map((n, i) => [n, i]))));
  return index;
}

/** The distinct nodes of `collection` that refer to `node`, in the order their links were found. */
export function referrers<C extends CollectionName>(graph: Graph, node: Node, collection: C): Node<C>[] {
  const seen = new Map<string, Node<C>>();
  for (const l of graph.incoming(node.key))
    if (l.from.collection === collection) seen.set(l.from.key, l.from as Node<C>);
  return [...seen.values()];
}
