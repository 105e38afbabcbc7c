/**
 * "References" and "Referenced by" on an entry page: the entry's links grouped by the collection
 * at the other end, each entry once. Sources are left out: they have their own section.
 */
import type { Graph, Link, Node } from '../corpus/graph.ts';
import { describeNode } from '../corpus/naming.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { uiFor, type Ui } from '../i18n/index.ts';

export interface LinkItem {
  href: string;
  text: string;
  /** The label and date, where they say more than the title; else empty. */
  note: string;
  /** `en-GB` where the entry's title is in English on a page in another language. */
  lang?: string;
}

export interface LinkSection {
  id: 'references' | 'referenced-by';
  heading: string;
  groups: { heading: string; items: LinkItem[] }[];
}

function section(links: Link[], direction: 'out' | 'in', ui: Ui): LinkSection {
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
    heading: direction === 'out' ? ui.t.entry.references : ui.t.entry.referencedBy,
    groups: [...groups].map(([collection, nodes]) => ({
      heading: ui.t.collections[collection].title,
      items: [...nodes.values()].map((n) => ({
        href: n.url,
        text: n.title,
        note: describeNode(n, ui.date) !== n.title ? describeNode(n, ui.date) : '',
        ...(n.lang ? { lang: n.lang } : {}),
      })),
    })),
  };
}

/** What the entry refers to, and what refers to it (its backlinks). */
export function linkSections(
  node: Node,
  graph: Graph,
  ui: Ui = uiFor(),
): { references: LinkSection; referencedBy: LinkSection } {
  return {
    references: section(graph.outgoing(node.key), 'out', ui),
    referencedBy: section(graph.incoming(node.key), 'in', ui),
  };
}
