/** Previous and next entry in a collection's reading order (date, or number for measures). */
import { sortNodes } from './collections.ts';
import type { Graph, Node } from './graph.ts';

export function neighbours(node: Node, graph: Graph): { previous?: Node; next?: Node } {
  if (!['decisions', 'cbms', 'documents', 'events', 'activities'].includes(node.collection)) return {};
  const list = sortNodes(node.collection, [...graph.nodes.values()].filter((n) => n.collection === node.collection));
  const i = list.indexOf(node);
  return { ...(i > 0 ? { previous: list[i - 1] } : {}), ...(i < list.length - 1 ? { next: list[i + 1] } : {}) };
}
