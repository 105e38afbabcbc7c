/** The home page: counts of every collection, the measures, the decisions in date order, the latest events. */
import { COLLECTIONS } from '../../schemas/index.ts';
import { formatDate, formatDateRange } from '../format.ts';
import type { Graph } from '../corpus/graph.ts';
import { headingOf } from '../corpus/naming.ts';
import { indexUrl } from '../urls.ts';
import { cbmTable, type CbmTableRow } from './cbm-table.ts';
import { COLLECTION_INFO } from '../collection-info.ts';

export interface HomePage {
  counts: { href: string; count: number; label: string }[];
  measures: CbmTableRow[];
  decisions: { date: string; href: string; text: string }[];
  latestEvents: { href: string; text: string; when: string }[];
}

/** How many of the latest events the home page lists. */
const LATEST_EVENTS = 5;

export function homePage(graph: Graph): HomePage {
  return {
    counts: COLLECTIONS.map((c) => ({
      href: indexUrl(c),
      count: graph.nodesOf(c).length,
      label: COLLECTION_INFO[c].counted ?? COLLECTION_INFO[c].title.toLowerCase(),
    })),
    measures: cbmTable(graph),
    decisions: graph
      .nodesOf('decisions')
      .map((n) => ({ date: formatDate(n.data.adopted), href: n.url, text: headingOf(n) })),
    latestEvents: [...graph.nodesOf('events')]
      .reverse()
      .slice(0, LATEST_EVENTS)
      .map((n) => ({ href: n.url, text: n.title, when: formatDateRange(n.data.start, n.data.end) })),
  };
}
