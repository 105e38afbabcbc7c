/**
 * The timeline: every dated entry (decisions, documents, events, activities) grouped by year,
 * oldest first; within a year by date, an undated-in-year ("2016") entry before the dated ones.
 */
import type { Graph, Node } from './graph.ts';
import type { CollectionName } from './types.ts';
import { collectionsThat } from '../schemas/capabilities.ts';

export const TIMELINE_COLLECTIONS: CollectionName[] = collectionsThat('timeline');

export interface TimelineItem {
  node: Node;
  date: string;
  end?: string;
  ongoing: boolean;
}

export interface TimelineYear {
  year: number;
  items: TimelineItem[];
}

export function buildTimeline(graph: Graph): TimelineYear[] {
  const items: TimelineItem[] = [...graph.nodes.values()]
    .filter((n) => TIMELINE_COLLECTIONS.includes(n.collection) && n.date)
    .map((node) => {
      const end = node.data['end'];
      return {
        node,
        date: node.date!,
        ...(typeof end === 'string' ? { end } : {}),
        ongoing: node.data['ongoing'] === true,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.node.title.localeCompare(b.node.title));
  const years = new Map<number, TimelineItem[]>();
  for (const item of items) {
    const year = Number(item.date.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return [...years].map(([year, list]) => ({ year, items: list }));
}
