/**
 * Feed items for /rss.xml (every dated entry of the feed collections, newest first) and for each
 * collection's feed (its dated entries newest first, then its undated ones by title: every entry
 * of a collection is in its feed).
 */
import { dateSpan } from '../../schemas/dates.ts';
import { collectionsThat } from '../../schemas/capabilities.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { Graph, Node } from '../corpus/graph.ts';
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

/** One collection's feed: dated entries newest first, then the undated ones by title. */
export function feed(graph: Graph, collection: CollectionName): Feed {
  const nodes = graph.nodesOf(collection);
  const dated = nodes.filter((n) => n.date).sort(newestFirst);
  const undated = nodes.filter((n) => !n.date).sort((a, b) => a.title.localeCompare(b.title));
  return {
    title: `CyberCBM: ${COLLECTION_INFO[collection].title}`,
    description: COLLECTION_INFO[collection].description,
    items: [...dated, ...undated].map(item),
  };
}
