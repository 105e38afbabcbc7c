/**
 * Feed items for /rss.xml (every dated entry of the feed collections, newest first), for each
 * collection's feed (its dated entries newest first, then its undated ones by title: every entry
 * of a collection is in its feed), and for each measure and State (the entries that name it).
 */
import { dateSpan } from '../../schemas/dates.ts';
import { collectionsThat } from '../../schemas/capabilities.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { Graph, Node, NodeOf } from '../corpus/graph.ts';
import { headingOf } from '../corpus/naming.ts';
import { practiceOf } from '../corpus/measures.ts';
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

function item(n: Node, how?: { category: string; note?: string }): FeedItem {
  return {
    title: headingOf(n),
    link: n.url,
    ...(n.date ? { pubDate: new Date(`${dateSpan(n.date).first}T00:00:00Z`) } : {}),
    description: how?.note ? `${how.note} ${summaryOf(n)}`.trim() : summaryOf(n),
    categories: how ? [n.collection, how.category] : [n.collection],
  };
}

const newestFirst = (a: Node, b: Node) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title);

/** The site-wide feed: the dated entries of the collections on the timeline, newest first. */
export function siteFeed(graph: Graph): Feed {
  const dated = collectionsThat('timeline').flatMap((c) => graph.nodesOf(c).filter((n) => n.date));
  return {
    title: 'CyberCBM: OSCE cyber/ICT-security decisions, documents, events and activities',
    description: 'New and dated entries of the CyberCBM knowledge base, newest first.',
    items: dated.sort(newestFirst).map((n) => item(n)),
  };
}

/** One collection's feed: dated entries newest first, then the undated ones by title. */
export function feed(graph: Graph, collection: CollectionName): Feed {
  const nodes = graph.nodesOf(collection);
  const dated = nodes.filter((n) => n.date).sort(newestFirst);
  const undated = nodes.filter((n) => !n.date).sort((a, b) => a.title.localeCompare(b.title));
  return {
    title: `CyberCBM: ${COLLECTION_INFO[collection].title}`,
    description: COLLECTION_INFO[collection].description,
    items: [...dated, ...undated].map((n) => item(n)),
  };
}

const TIMELINE: readonly CollectionName[] = collectionsThat('timeline');

/**
 * A measure's feed, for a diplomat who follows it: every dated entry tied to it, newest first —
 * the decisions that introduce, reaffirm or reference it, and the events, activities and
 * documents that a source ties to it (category "stated") or that the site reads as its practice
 * (category "read as practice", with the reading's reason before the summary).
 */
export function measureFeed(graph: Graph, cbm: NodeOf<'cbms'>): Feed {
  const entries = new Map<string, { node: Node; category: string; note?: string }>();
  const introducing = graph.get('decisions', cbm.data.introducedBy.id);
  if (introducing) entries.set(introducing.key, { node: introducing, category: 'introduced' });
  for (const link of graph.incoming(cbm.key))
    if (link.from.collection === 'decisions' && !entries.has(link.from.key))
      entries.set(link.from.key, { node: link.from, category: 'decision' });
  const practice = practiceOf(graph, cbm);
  for (const node of [...practice.stated.events, ...practice.stated.activities, ...practice.stated.documents])
    entries.set(node.key, { node, category: 'stated' });
  for (const { node, reason } of practice.read)
    if (!entries.has(node.key))
      entries.set(node.key, { node, category: 'read as practice', note: `The site's reading: ${reason}.` });
  const listed = [...entries.values()].sort((a, b) => newestFirst(a.node, b.node));
  return {
    title: `CyberCBM: CBM ${cbm.data.number}, ${cbm.data.title}`,
    description: `Decisions, events, activities and documents tied to CBM ${cbm.data.number} (stated by a source, or read as its practice by the site), newest first.`,
    items: listed.map(({ node, category, note }) => item(node, { category, ...(note ? { note } : {}) })),
  };
}

/**
 * A State's feed: every entry of the record that names the State (its countries, location, funders or
 * any other reference to it) and the events of the years it held the Chairmanship, newest first.
 */
export function stateFeed(graph: Graph, state: NodeOf<'states'>): Feed {
  const entries = new Map<string, { node: Node; category: string }>();
  for (const link of graph.incoming(state.key))
    if (TIMELINE.includes(link.from.collection))
      entries.set(link.from.key, { node: link.from, category: 'names the State' });
  const years = new Set(state.data.chairmanships);
  for (const event of graph.nodesOf('events'))
    if (event.date && years.has(Number(event.date.slice(0, 4))) && !entries.has(event.key))
      entries.set(event.key, { node: event, category: 'Chairmanship year' });
  const listed = [...entries.values()].sort((a, b) => newestFirst(a.node, b.node));
  return {
    title: `CyberCBM: ${state.title}`,
    description: `Entries of the CyberCBM record that name ${state.title}, and the events of its Chairmanship years, newest first.`,
    items: listed.map(({ node, category }) => item(node, { category })),
  };
}
