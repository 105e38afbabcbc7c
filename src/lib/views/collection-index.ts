/**
 * A collection's index page: decisions by adopting body, events and activities by year (newest
 * year first), states by status (most evidence first), sources and documents by kind, glossary terms
 * from A to Z, norms by framework; measures as a table and by theme;
 * bodies as the organisation's tree. Each line says what the collection needs beside the title.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { unhandled } from '../../schemas/collections.ts';
import { countOf, formatDate, humanise } from '../format.ts';
import type { Graph, Node } from '../corpus/graph.ts';
import { describeNode, headingOf } from '../corpus/naming.ts';
import { sourceNotesUrl } from '../urls.ts';
import { cbmTable, type CbmTableRow } from './cbm-table.ts';
import { COLLECTION_INFO } from '../collection-info.ts';
import { statesByEvidence } from './state-profile.ts';
import { orderedNorms } from './crosswalk.ts';

export interface IndexItem {
  href: string;
  text: string;
  /** Printed after the link, after " · ". */
  note?: string;
  summary?: string;
}

export interface IndexGroup<T = IndexItem> {
  heading: string;
  id: string;
  items: T[];
}

export interface TreeItem {
  href: string;
  text: string;
  note?: string;
  children: TreeItem[];
}

interface IndexCommon {
  collection: CollectionName;
  title: string;
  description: string;
  /** "16 entries." */
  count: string;
  /** The page of all notes on the sources, linked from the sources' index. */
  seeAlso?: string;
}

export type CollectionIndex =
  | (IndexCommon & { layout: 'cbms'; table: CbmTableRow[]; themes: IndexGroup[] })
  | (IndexCommon & { layout: 'tree'; tree: TreeItem[] })
  | (IndexCommon & { layout: 'groups'; groups: IndexGroup[] });

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const STATUS_HEADING: Record<string, string> = {
  participating: 'Participating States',
  'asian-partner': 'Asian Partners for Co-operation',
  'mediterranean-partner': 'Mediterranean Partners for Co-operation',
};
const SOURCE_KIND_HEADING: Record<string, string> = {
  official: 'Official texts',
  secondary: 'Secondary sources',
  news: 'News',
};

/** The group a node is listed under on its collection's index. */
function groupOf(node: Node, graph: Graph): string {
  switch (node.collection) {
    case 'decisions':
      return graph.get('bodies', node.data.body.id)?.title ?? node.data.body.id;
    case 'events':
    case 'activities':
      return (node.date ?? '').slice(0, 4);
    case 'states':
      return STATUS_HEADING[node.data.status] ?? node.data.status;
    case 'sources':
      return SOURCE_KIND_HEADING[node.data.kind] ?? node.data.kind;
    case 'documents':
      return `${humanise(node.data.kind)}s`;
    case 'norms':
      return graph.get('frameworks', node.data.framework.id)?.title ?? node.data.framework.id;
    case 'terms':
      return node.title.slice(0, 1).toUpperCase();
    // Listed in one group, in reading order.
    case 'cbms':
    case 'bodies':
    case 'frameworks':
      return '';
    default:
      return unhandled(node);
  }
}

/** How many entries of other collections (sources left out) link to this one. */
export function linkedCount(node: Node, graph: Graph): number {
  const from = graph
    .incoming(node.key)
    .filter((l) => l.from.collection !== 'sources' && l.from.collection !== node.collection);
  return new Set(from.map((l) => l.from.key)).size;
}

function itemOf(node: Node, graph: Graph, evidence?: number): IndexItem {
  const summary =
    node.collection === 'terms'
      ? node.data.definition
      : node.collection !== 'sources' && 'summary' in node.data
        ? node.data.summary
        : undefined;
  let note: string | undefined;
  if (node.collection === 'decisions') note = node.date && formatDate(node.date);
  else if (node.collection === 'states')
    note = evidence ? countOf(evidence, 'item of evidence', 'items of evidence') : undefined;
  else if (node.collection === 'terms')
    note = node.data.aliases.length ? `also ${node.data.aliases.join(', ')}` : undefined;
  else if (node.collection === 'norms')
    note = node.data.cbms.length ? countOf(node.data.cbms.length, 'linked measure', 'linked measures') : undefined;
  else note = describeNode(node) !== node.title ? describeNode(node) : undefined;
  return { href: node.url, text: headingOf(node), ...(note ? { note } : {}), ...(summary ? { summary } : {}) };
}

/** The groups of an index page, each in the collection's reading order. */
export function indexGroups(graph: Graph, collection: CollectionName): IndexGroup[] {
  const groups = new Map<string, IndexItem[]>();
  // States are listed by the amount of evidence the record holds on them, norms in their frameworks' order.
  const evidence =
    collection === 'states' ? new Map(statesByEvidence(graph).map((e) => [e.state.key, e.total])) : undefined;
  const nodes: readonly Node[] = evidence
    ? statesByEvidence(graph).map((e) => e.state)
    : collection === 'norms'
      ? orderedNorms(graph)
      : graph.nodesOf(collection);
  for (const n of nodes) {
    const key = groupOf(n, graph);
    groups.set(key, [...(groups.get(key) ?? []), itemOf(n, graph, evidence?.get(n.key))]);
  }
  // States: participating States first, then the Partners, whatever order the evidence gives.
  const statusOrder = Object.values(STATUS_HEADING);
  const ordered =
    collection === 'states'
      ? [...groups].sort(([a], [b]) => statusOrder.indexOf(a) - statusOrder.indexOf(b))
      : [...groups];
  const idOf = (heading: string) =>
    /^\d/.test(heading) ? `y${heading}` : collection === 'terms' ? `letter-${slug(heading)}` : slug(heading) || 'all';
  const list = ordered.map(([heading, items]) => ({ heading, id: idOf(heading), items }));
  // Years newest first reads best for events and activities; everything else keeps its order.
  return collection === 'events' || collection === 'activities' ? list.reverse() : list;
}

/** Bodies as the organisation's tree (`parent` links); roots are bodies without a parent. */
export function bodyTree(graph: Graph): TreeItem[] {
  const byParent = new Map<string | undefined, Node<'bodies'>[]>();
  for (const b of graph.nodesOf('bodies')) {
    const parent = b.data.parent?.id;
    byParent.set(parent, [...(byParent.get(parent) ?? []), b]);
  }
  const build = (parent: string | undefined, seen: Set<string>): TreeItem[] =>
    (byParent.get(parent) ?? [])
      .filter((n) => !seen.has(n.id))
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((n) => {
        const linked = linkedCount(n, graph);
        return {
          href: n.url,
          text: n.title,
          ...(linked > 0 ? { note: countOf(linked, 'linked entry', 'linked entries') } : {}),
          children: build(n.id, new Set([...seen, n.id])),
        };
      });
  return build(undefined, new Set());
}

/** Measures grouped by theme (a measure appears under each of its themes), themes in A–Z order. */
export function byTheme(graph: Graph): IndexGroup[] {
  const groups = new Map<string, Node<'cbms'>[]>();
  for (const n of graph.nodesOf('cbms')) for (const t of n.data.themes) groups.set(t, [...(groups.get(t) ?? []), n]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([t, members]) => ({
      heading: humanise(t),
      id: `theme-${t}`,
      items: members.map((n) => ({ href: n.url, text: n.title })),
    }));
}

/** Everything a collection's index page shows. */
export function collectionIndex(graph: Graph, collection: CollectionName): CollectionIndex {
  const info = COLLECTION_INFO[collection];
  const common: IndexCommon = {
    collection,
    title: info.title,
    description: info.description,
    count: `${countOf(graph.nodesOf(collection).length)}.`,
    ...(collection === 'sources' ? { seeAlso: sourceNotesUrl() } : {}),
  };
  if (collection === 'cbms') return { ...common, layout: 'cbms', table: cbmTable(graph), themes: byTheme(graph) };
  if (collection === 'bodies') return { ...common, layout: 'tree', tree: bodyTree(graph) };
  return { ...common, layout: 'groups', groups: indexGroups(graph, collection) };
}
