/**
 * "References" and "Referenced by" on an entry page: the entry's links grouped by the collection
 * at the other end, each entry once. Sources are left out: they have their own section.
 */
import type { Graph, Link, Node } from '../corpus/graph.ts';
import { describeNode } from '../corpus/naming.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { COLLECTION_INFO } from '../collection-info.ts';

export interface LinkItem {
  href: string;
  text: string;
  /** The label and date, where they say more than the title; else empty. */
  note: string;
}

export interface LinkSection {
  id: 'references' | 'referenced-by';
  heading: string;
  groups: { heading: string; items: LinkItem[] }[];
}

function section(links: Link[], direction: 'out' | 'in'): LinkSection {
  const groups = new Map<CollectionName, Map<string, Node>>();
  for (const link of links) {
    const other = direction === 'out' ? link.to : link.from;
    if (other.collection === 'sources') continue;
    const group = groups.get(other.collection) ?? new Map<string, Node>();
    group.set(other.key, group.get(other.key) ?? other);
    groups.set(other.collection, group);
  }
  return {
    id: direction === 'out' ? 'references' : 'referenced-by',
    heading: direction === 'out' ? 'References' : 'Referenced by',
    groups: [...groups].map(([collection, nodes]) => ({
      heading: COLLECTION_INFO[collection].title,
      items: [...nodes.values()].map((n) => ({
        href: n.url,
        text: n.title,
        note: describeNode(n) !== n.title ? describeNode(n) : '',
      })),
    })),
  };
}

/** What the entry refers to, and what refers to it (its backlinks). */
export function linkSections(node: Node, graph: Graph): { references: LinkSection; referencedBy: LinkSection } {
  return {
    references: section(graph.outgoing(node.key), 'out'),
    referencedBy: section(graph.incoming(node.key), 'in'),
  };
}
