/** Feed items: dated entries, newest first, for /rss.xml and each collection's feed. */
import type { Graph, Node } from './graph.ts';
import { dateSpan } from '../schemas/dates.ts';

export const FEED_COLLECTIONS = ['decisions', 'documents', 'events', 'activities'] as const;

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Dated entries of the given collections as feed items (sources count by their publication date). */
export function feedItems(graph: Graph, collections: readonly string[] = FEED_COLLECTIONS): FeedItem[] {
  return [...graph.nodes.values()]
    .filter((n): n is Node & { date: string } => collections.includes(n.collection) && !!n.date)
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
    .map((n) => ({
      title: n.collection === 'decisions' ? `${n.label}: ${n.title}` : n.title,
      link: n.url,
      pubDate: new Date(`${dateSpan(n.date).first}T00:00:00Z`),
      description: String(n.data['summary'] ?? ''),
      categories: [n.collection],
    }));
}
