/**
 * A collection's index page: decisions by adopting body, events and activities by year (newest
 * year first), states by status (most evidence first), sources and documents by kind, glossary terms
 * from A to Z, norms by framework; measures as a table and by theme;
 * bodies as the organisation's tree. Each line says what the collection needs beside the title.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { unhandled } from '../../schemas/collections.ts';
import { fill, uiFor, type Ui } from '../i18n/index.ts';
import { themeName } from './metadata.ts';
import type { Graph, Node } from '../corpus/graph.ts';
import { describeNode, headingOf } from '../corpus/naming.ts';
import { sourceNotesUrl } from '../urls.ts';
import { cbmTable, type CbmTableRow } from './cbm-table.ts';
import { statesByEvidence } from './state-profile.ts';
import { orderedNorms } from './crosswalk.ts';

export interface IndexItem {
  href: string;
  text: string;
  /** Set where the entry has no page in the reader's language: the link leads to the English page. */
  lang?: string;
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

/** What an index page needs beside the graph: the reader's language, and which entries have a page in it. */
export interface IndexContext {
  ui: Ui;
  /** `collection/id` of the entries translated into the reader's language (all, in English). */
  translated?: ReadonlySet<string>;
}
const ENGLISH: IndexContext = { ui: uiFor() };

/** The group a node is listed under on its collection's index. */
function groupOf(node: Node, graph: Graph, { t }: Ui): string {
  switch (node.collection) {
    case 'decisions':
      return graph.get('bodies', node.data.body.id)?.title ?? node.data.body.id;
    case 'events':
    case 'activities':
      return (node.date ?? '').slice(0, 4);
    case 'states':
      return t.index.statusGroups[node.data.status];
    case 'sources':
      return (t.index.sourceGroups as Record<string, string>)[node.data.kind] ?? node.data.kind;
    case 'documents':
      return t.index.documentGroups[node.data.kind];
    case 'norms':
      return graph.get('frameworks', node.data.framework.id)?.title ?? node.data.framework.id;
    case 'terms':
      return node.title.slice(0, 1).toLocaleUpperCase(t === ENGLISH.ui.t ? 'en' : undefined);
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

function itemOf(node: Node, graph: Graph, context: IndexContext, evidence?: number): IndexItem {
  const { ui } = context;
  const { t } = ui;
  const summary =
    node.collection === 'terms'
      ? node.data.definition
      : node.collection !== 'sources' && 'summary' in node.data
        ? node.data.summary
        : undefined;
  let note: string | undefined;
  if (node.collection === 'decisions') note = node.date && ui.date(node.date);
  else if (node.collection === 'states') note = evidence ? ui.count(t.index.evidence, evidence) : undefined;
  else if (node.collection === 'terms')
    note = node.data.aliases.length ? fill(t.index.also, { names: node.data.aliases.join(', ') }) : undefined;
  else if (node.collection === 'norms')
    note = node.data.cbms.length ? ui.count(t.index.linkedMeasures, node.data.cbms.length) : undefined;
  else note = describeNode(node, ui.date) !== node.title ? describeNode(node, ui.date) : undefined;
  const english = context.translated && !context.translated.has(node.key);
  return {
    href: node.url,
    text: headingOf(node),
    ...(english ? { lang: 'en-GB' } : {}),
    ...(note ? { note } : {}),
    ...(summary ? { summary } : {}),
  };
}

/** The groups of an index page, each in the collection's reading order. */
export function indexGroups(graph: Graph, collection: CollectionName, context: IndexContext = ENGLISH): IndexGroup[] {
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
    const key = groupOf(n, graph, context.ui);
    groups.set(key, [...(groups.get(key) ?? []), itemOf(n, graph, context, evidence?.get(n.key))]);
  }
  // States: participating States first, then the Partners, whatever order the evidence gives.
  const statusOrder = Object.values(context.ui.t.index.statusGroups) as string[];
  const ordered =
    collection === 'states'
      ? [...groups].sort(([a], [b]) => statusOrder.indexOf(a) - statusOrder.indexOf(b))
      : [...groups];
  const idOf = (heading: string) =>
    /^\d/.test(heading)
      ? `y${heading}`
      : collection === 'terms'
        ? `letter-${slug(heading) || heading.codePointAt(0)!.toString(16)}`
        : slug(heading) ||
          (heading
            ? `group-${[...heading]
                .map((c) => c.codePointAt(0)!.toString(16))
                .join('')
                .slice(0, 24)}`
            : 'all');
  const list = ordered.map(([heading, items]) => ({ heading, id: idOf(heading), items }));
  // Years newest first reads best for events and activities; everything else keeps its order.
  return collection === 'events' || collection === 'activities' ? list.reverse() : list;
}

/** Bodies as the organisation's tree (`parent` links); roots are bodies without a parent. */
export function bodyTree(graph: Graph, ui: Ui = uiFor()): TreeItem[] {
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
          ...(linked > 0 ? { note: ui.count(ui.t.index.linkedEntries, linked) } : {}),
          children: build(n.id, new Set([...seen, n.id])),
        };
      });
  return build(undefined, new Set());
}

/** Measures grouped by theme (a measure appears under each of its themes), themes in A–Z order. */
export function byTheme(graph: Graph, ui: Ui = uiFor()): IndexGroup[] {
  const groups = new Map<string, Node<'cbms'>[]>();
  for (const n of graph.nodesOf('cbms')) for (const t of n.data.themes) groups.set(t, [...(groups.get(t) ?? []), n]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([t, members]) => ({
      heading: themeName(t, ui),
      id: `theme-${t}`,
      items: members.map((n) => ({ href: n.url, text: n.title })),
    }));
}

/** Everything a collection's index page shows. */
export function collectionIndex(
  graph: Graph,
  collection: CollectionName,
  context: IndexContext = ENGLISH,
): CollectionIndex {
  const { ui } = context;
  const info = ui.t.collections[collection];
  const common: IndexCommon = {
    collection,
    title: info.title,
    description: info.description,
    count: ui.count(ui.t.index.count, graph.nodesOf(collection).length),
    ...(collection === 'sources' ? { seeAlso: sourceNotesUrl() } : {}),
  };
  if (collection === 'cbms') return { ...common, layout: 'cbms', table: cbmTable(graph), themes: byTheme(graph, ui) };
  if (collection === 'bodies') return { ...common, layout: 'tree', tree: bodyTree(graph, ui) };
  return { ...common, layout: 'groups', groups: indexGroups(graph, collection, context) };
}
