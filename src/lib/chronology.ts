/** Previous and next entry in a collection's reading order (date, or number for measures). */
import { sortNodes } from './collections.ts';
import type { Graph, Node } from './graph.ts';

const orders = new WeakMap<Graph, Map<string, { list: Node[]; index: Map<Node, number> }>>();

/** Each collection sorted once per graph, not once per page (that was quadratic at 10,000 entries). */
function positions(graph: Graph, collection: Node['collection']): { list: Node[]; index: Map<Node, number> } {
  let perGraph = orders.get(graph);
  if (!perGraph) orders.set(graph, (perGraph = new Map()));
  let order = perGraph.get(collection);
  if (!order) {
    const list = sortNodes(collection, [...graph.nodes.values()].filter((n) => n.collection === collection));
    order = { list, index: new Map(list.map((n, i) => [n, i])) };
    perGraph.set(collection, order);
  }
  return order;
}

export function neighbours(node: Node, graph: Graph): { previous?: Node; next?: Node } {
  if (!['decisions', 'cbms', 'documents', 'events', 'activities'].includes(node.collection)) return {};
  const { list, index } = positions(graph, node.collection);
  const i = index.get(node) ?? -1;
  return { ...(i > 0 ? { previous: list[i - 1] } : {}), ...(i < list.length - 1 ? { next: list[i + 1] } : {}) };
}
