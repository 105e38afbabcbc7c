/**
 * Side-by-side comparison of two or three decisions, measures or States: for each, its
 * metadata, the measures it introduced or reaffirmed (a State: the measures its evidence
 * names), its themes, its events and activities, and its sources. The choice lives in the URL
 * (`/compare/?items=decisions/pc-1106,decisions/pc-1202`); pairs of decisions are pre-rendered
 * for readers without JavaScript (`/compare/<a>--<b>/`), and `/compare/items.json` carries the
 * same columns for the page's script.
 */
import type { Graph, Node } from '../corpus/graph.ts';
import { describeNode, headingOf } from '../corpus/naming.ts';
import { measureFacts, measuresIn } from '../corpus/measures.ts';
import { stateEvidence } from '../corpus/state-evidence.ts';
import { humanise } from '../format.ts';
import { COLLECTION_INFO } from '../collection-info.ts';
import { comparePairUrl, compareUrl } from '../urls.ts';
import { metadataRows } from './metadata.ts';
import { referrers } from '../corpus/graph.ts';

/** The collections that can be compared. */
export const COMPARABLE = ['decisions', 'cbms', 'states'] as const;
export type Comparable = (typeof COMPARABLE)[number];
export const MIN_ITEMS = 2;
export const MAX_ITEMS = 3;

/** One value in a cell: text, perhaps a link, perhaps a note. */
export interface CompareValue {
  text: string;
  href?: string;
  note?: string;
}

/** The rows every comparison has, in order. */
export const COMPARE_ROWS = [
  { id: 'metadata', label: 'Metadata' },
  { id: 'introduced', label: 'Measures introduced' },
  { id: 'reaffirmed', label: 'Measures reaffirmed or referenced' },
  { id: 'themes', label: 'Themes' },
  { id: 'events', label: 'Events and activities' },
  { id: 'sources', label: 'Sources' },
] as const;
export type CompareRowId = (typeof COMPARE_ROWS)[number]['id'];

/** One compared item: its heading and a list of values per row (events and activities by date). */
export interface CompareColumn {
  key: string;
  /** The short label the column is headed by ("PC 1106", "CBM 15", "Austria") and the full heading under it. */
  label: string;
  heading: string;
  kicker: string;
  href: string;
  cells: Record<CompareRowId, CompareValue[]>;
}

const link = (n: Node, note?: string): CompareValue => ({
  text: n.collection === 'cbms' ? n.title : headingOf(n),
  href: n.url,
  ...(note ? { note } : {}),
});

/** The keys of the comparable entries named in an `items` value, in order, without duplicates or unknown keys, at most three. */
export function parseItems(graph: Graph, items: string | null | undefined): string[] {
  const keys = (items ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((k) => {
      const [collection, id] = k.split('/');
      return (
        COMPARABLE.includes(collection as Comparable) &&
        id !== undefined &&
        graph.get(collection as Comparable, id) !== undefined
      );
    });
  return [...new Set(keys)].slice(0, MAX_ITEMS);
}

function eventsOf(graph: Graph, node: Node): Node[] {
  if (node.collection === 'states') {
    const e = stateEvidence(graph, node);
    return [...new Set<Node>([...e.hosted, ...e.eventsFor, ...e.activitiesIn, ...e.funded])];
  }
  return [...referrers(graph, node, 'events'), ...referrers(graph, node, 'activities')];
}

/** The measures a column introduced and reaffirmed (or referenced). */
function measuresOf(graph: Graph, node: Node): { introduced: CompareValue[]; reaffirmed: CompareValue[] } {
  if (node.collection === 'decisions') {
    const named = measuresIn(graph, node);
    return {
      introduced: named.filter((m) => m.role === 'introduced').map((m) => link(m.cbm)),
      reaffirmed: named.filter((m) => m.role !== 'introduced').map((m) => link(m.cbm, m.role)),
    };
  }
  if (node.collection === 'cbms') {
    const facts = measureFacts(graph, node);
    return {
      introduced: facts.introduced
        ? [{ ...link(facts.introduced.decision), href: facts.introduced.href, note: 'introduced by' }]
        : [],
      reaffirmed: facts.decisions.filter((d) => d.role !== 'introduced').map((d) => link(d.decision, d.role)),
    };
  }
  // A State introduces no measure; its evidence names some.
  if (node.collection === 'states') {
    const numbers = new Set([...stateEvidence(graph, node).grid.values()].flatMap((row) => [...row.keys()]));
    const cbms = graph.nodesOf('cbms').filter((c) => numbers.has(c.data.number));
    return { introduced: [], reaffirmed: cbms.map((c) => link(c, 'named by its events and activities')) };
  }
  return { introduced: [], reaffirmed: [] };
}

/** One item's column. */
export function compareColumn(graph: Graph, node: Node<Comparable>): CompareColumn {
  const meta = metadataRows(node, graph)
    .filter((r) => r.label !== 'Themes' && r.label !== 'Measures')
    .map((r) => ({
      text: `${r.label}: ${r.values.map((v) => (v.note ? `${v.text} (${v.note})` : v.text)).join('; ')}`,
    }));
  const { introduced, reaffirmed } = measuresOf(graph, node);
  const themes = 'themes' in node.data ? node.data.themes.map((t) => ({ text: humanise(t) })) : [];
  const sources = graph
    .outgoing(node.key)
    .filter((l) => l.to.collection === 'sources')
    .map((l) => ({ text: l.to.title, href: l.to.url }));
  return {
    key: node.key,
    label: node.label,
    heading: node.collection === 'decisions' ? node.title : node.collection === 'cbms' ? node.data.title : node.title,
    kicker: COLLECTION_INFO[node.collection].singular,
    href: node.url,
    cells: {
      metadata: meta,
      introduced,
      reaffirmed,
      themes,
      events: eventsOf(graph, node)
        .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
        .map((n) => ({
          text: n.title,
          href: n.url,
          ...(n.date ? { note: describeNode({ ...n, label: COLLECTION_INFO[n.collection].singular }) } : {}),
        })),
      sources: [...new Map(sources.map((s) => [s.href, s])).values()],
    },
  };
}

export interface ComparePage {
  columns: CompareColumn[];
  rows: { id: CompareRowId; label: string; cells: CompareValue[][] }[];
  /** The shareable address of this comparison. */
  href: string;
}

/** The comparison of the entries `keys` (`collection/id`); unknown keys are left out. */
export function comparePage(graph: Graph, keys: readonly string[]): ComparePage {
  const columns = parseItems(graph, keys.join(',')).map((k) => {
    const [collection, id] = k.split('/') as [Comparable, string];
    return compareColumn(graph, graph.get(collection, id)!);
  });
  return {
    columns,
    rows: COMPARE_ROWS.map((r) => ({ ...r, cells: columns.map((c) => c.cells[r.id]) })),
    href: compareUrl(columns.map((c) => c.key)),
  };
}

/**
 * Up to this many decisions, every pair of them is pre-rendered (12 decisions make 66 pages). Past
 * it the pairs would grow with the square of the record (600 decisions: 179,700 pages), so only
 * the pairs the record itself joins are: a decision and each decision it names in `relations`.
 */
export const ALL_PAIRS_UP_TO = 12;

/**
 * The comparisons offered as plain links and pre-rendered: every pair of decisions while there
 * are at most `ALL_PAIRS_UP_TO` of them, else each pair joined by a relation; in date order.
 */
export function decisionPairs(graph: Graph): {
  a: string;
  b: string;
  href: string;
  text: string;
}[] {
  const list = graph.nodesOf('decisions');
  const order = new Map(list.map((n, i) => [n.key, i]));
  const pair = (a: Node, b: Node) => ({
    a: a.key,
    b: b.key,
    href: comparePairUrl(a.key, b.key),
    text: `${a.label} and ${b.label}`,
  });
  if (list.length <= ALL_PAIRS_UP_TO) return list.flatMap((a, i) => list.slice(i + 1).map((b) => pair(a, b)));
  const joined = new Map<string, [Node, Node]>();
  for (const from of list)
    for (const { to, field } of graph.outgoing(from.key)) {
      if (!field.startsWith('relations') || !order.has(to.key) || to.key === from.key) continue;
      const [a, b] = order.get(from.key)! < order.get(to.key)! ? [from, to] : [to, from];
      joined.set(`${a.key} ${b.key}`, [a, b]);
    }
  return [...joined.values()]
    .sort(([a1, b1], [a2, b2]) => order.get(a1.key)! - order.get(a2.key)! || order.get(b1.key)! - order.get(b2.key)!)
    .map(([a, b]) => pair(a, b));
}

/** Everything the page's script can put side by side: every comparable entry's column, by key. */
export function compareItems(graph: Graph): {
  rows: typeof COMPARE_ROWS;
  items: Record<string, CompareColumn>;
  options: { key: string; label: string; group: string }[];
} {
  const nodes = COMPARABLE.flatMap((c) => graph.nodesOf(c) as readonly Node<Comparable>[]);
  return {
    rows: COMPARE_ROWS,
    items: Object.fromEntries(nodes.map((n) => [n.key, compareColumn(graph, n)])),
    options: compareOptions(graph),
  };
}

/** The choices of the picker: every comparable entry, grouped by collection. */
export function compareOptions(graph: Graph): { key: string; label: string; group: string }[] {
  return COMPARABLE.flatMap((c) =>
    graph.nodesOf(c).map((n) => ({
      key: n.key,
      label: n.collection === 'decisions' ? headingOf(n) : n.title,
      group: COLLECTION_INFO[c].title,
    })),
  );
}
