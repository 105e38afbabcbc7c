/**
 * A measure's page lists what the measure asks for, element by element, each with the readable
 * source that shows it and its grade, and says plainly what no readable copy shows.
 */
import type { Graph, NodeOf } from '../corpus/graph.ts';
import type { Grade } from '../corpus/evidence.ts';

export interface MeasureElement {
  text: string;
  source: { href?: string; text: string };
  locator?: string;
  grade: Grade;
}

export interface MeasureElements {
  items: MeasureElement[];
  /** What no readable copy of the measure shows (the page says "Not shown: …"). */
  notShown?: string;
}

export function measureElements(node: NodeOf<'cbms'>, graph: Graph): MeasureElements {
  const { elements, notShown } = node.data;
  return {
    items: elements.map((e) => {
      const source = graph.get('sources', e.source.id);
      return {
        text: e.text,
        source: source ? { href: source.url, text: source.title } : { text: e.source.id },
        ...(e.locator ? { locator: e.locator } : {}),
        grade: e.grade,
      };
    }),
    ...(notShown ? { notShown } : {}),
  };
}
