/** The home page: counts of every collection, the measures, the decisions in date order, the latest events. */
import { COLLECTIONS } from '../../schemas/index.ts';
import { uiFor, type Ui } from '../i18n/index.ts';
import type { Graph } from '../corpus/graph.ts';
import { headingOf } from '../corpus/naming.ts';
import { indexUrl } from '../urls.ts';
import { cbmTable, type CbmTableRow } from './cbm-table.ts';

export interface HomePage {
  counts: { href: string; count: number; label: string }[];
  measures: CbmTableRow[];
  decisions: { date: string; href: string; text: string; lang?: string }[];
  latestEvents: { href: string; text: string; when: string; lang?: string }[];
}

/** How many of the latest events the home page lists. */
const LATEST_EVENTS = 5;

export function homePage(graph: Graph, ui: Ui = uiFor()): HomePage {
  return {
    counts: COLLECTIONS.map((c) => ({
      href: indexUrl(c),
      count: graph.nodesOf(c).length,
      label: ui.count(ui.t.collections[c].counted, graph.nodesOf(c).length),
    })),
    measures: cbmTable(graph),
    decisions: graph.nodesOf('decisions').map((n) => ({
      date: ui.date(n.data.adopted),
      href: n.url,
      text: headingOf(n),
      ...(n.lang ? { lang: n.lang } : {}),
    })),
    latestEvents: [...graph.nodesOf('events')]
      .reverse()
      .slice(0, LATEST_EVENTS)
      .map((n) => ({
        href: n.url,
        text: n.title,
        when: ui.dateRange(n.data.start, n.data.end),
        ...(n.lang ? { lang: n.lang } : {}),
      })),
  };
}
