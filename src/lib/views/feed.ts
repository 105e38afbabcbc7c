/**
 * Feed items for /rss.xml (every dated entry of the feed collections, newest first), for each
 * collection's feed (its dated entries newest first, then its undated ones by title: every entry
 * of a collection is in its feed), and for each measure and State (`entryFeed`: the entries that
 * name it, in the same order), all through `feedOf`.
 */
import { dateSpan } from '../../schemas/dates.ts';
import { collectionsThat } from '../../schemas/capabilities.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { Graph, Node, NodeOf } from '../corpus/graph.ts';
import { headingOf } from '../corpus/naming.ts';
import { COLLECTION_INFO } from '../collection-info.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate?: Date;
  description: string;
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  items: FeedItem[];
}

const summaryOf = (n: Node): string => ('summary' in n.data ? (n.data.summary ?? '') : '');

function item(n: Node): FeedItem {
  return {
    title: headingOf(n),
    link: n.url,
    ...(n.date ? { pubDate: new Date(`${dateSpan(n.date).first}T00:00:00Z`) } : {}),
    description: summaryOf(n),
    categories: [n.collection],
  };
}

const newestFirst = (a: Node, b: Node) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title);

/** The site-wide feed: the dated entries of the collections on the timeline, newest first. */
export function siteFeed(graph: Graph): Feed {
  const dated = collectionsThat('timeline').flatMap((c) => graph.nodesOf(c).filter((n) => n.date));
  return {
    title: 'CyberCBM: OSCE cyber/ICT-security decisions, documents, events and activities',
    description: 'New and dated entries of the CyberCBM knowledge base, newest first.',
    items: dated.sort(newestFirst).map(item),
  };
}

/** A feed of `nodes`: the dated ones newest first, then the undated ones by title. */
function feedOf(title: string, description: string, nodes: readonly Node[]): Feed {
  const dated = nodes.filter((n) => n.date).sort(newestFirst);
  const undated = nodes.filter((n) => !n.date).sort((a, b) => a.title.localeCompare(b.title));
  return { title, description, items: [...dated, ...undated].map(item) };
}

/** One collection's feed: dated entries newest first, then the undated ones by title. */
export function feed(graph: Graph, collection: CollectionName): Feed {
  return feedOf(
    `CyberCBM: ${COLLECTION_INFO[collection].title}`,
    COLLECTION_INFO[collection].description,
    graph.nodesOf(collection),
  );
}

/** The collections whose entries have a feed of their own (`entryFeed`). */
export const ENTRY_FEEDS: readonly CollectionName[] = ['cbms', 'states'];

/**
 * The entries that name a measure: every entry that refers to it in any field (its decisions'
 * `cbms`, the `cbms` and `readings` of documents, events and activities, norms, terms, other
 * measures) and the decision that introduced it (`introducedBy`).
 */
export function measureEntries(graph: Graph, cbm: NodeOf<'cbms'>): Node[] {
  const named = new Map<string, Node>(graph.incoming(cbm.key).map((l) => [l.from.key, l.from]));
  const introducedBy = graph.get('decisions', cbm.data.introducedBy.id);
  if (introducedBy) named.set(introducedBy.key, introducedBy);
  named.delete(cbm.key);
  return [...named.values()];
}

/**
 * The entries that name a State: every entry that refers to it (events by location or
 * `countries`, activities by `countries` or `funders`, bodies it chaired or sits in), and the
 * events of the years it held the OSCE Chairmanship.
 */
export function stateEntries(graph: Graph, state: NodeOf<'states'>): Node[] {
  const named = new Map<string, Node>(graph.incoming(state.key).map((l) => [l.from.key, l.from]));
  const years = new Set(state.data.chairmanships.map(String));
  for (const e of graph.nodesOf('events')) if (e.date && years.has(e.date.slice(0, 4))) named.set(e.key, e);
  named.delete(state.key);
  return [...named.values()];
}

/** The feed of a measure or a State (ENTRY_FEEDS), or undefined for other entries. */
export function entryFeed(graph: Graph, node: Node): Feed | undefined {
  if (node.collection === 'cbms')
    return feedOf(
      `CyberCBM: ${headingOf(node)}`,
      `Decisions, documents, events, activities and norms that name CBM ${node.data.number}, stated or read, newest first.`,
      measureEntries(graph, node),
    );
  if (node.collection === 'states')
    return feedOf(
      `CyberCBM: ${node.data.name}`,
      `Events, activities and bodies that name ${node.data.name}, and the events of its OSCE Chairmanship years, newest first.`,
      stateEntries(graph, node),
    );
  return undefined;
}
