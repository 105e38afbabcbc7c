/**
 * The corpus as a graph: every entry with its title and URL, what it refers to and what refers
 * to it (backlinks). Computed once from plain data; pages only read it.
 */
import { referencesIn } from '../schemas/refs.ts';
import { formatDate, shortSymbol } from './format.ts';
import type { CollectionName, FieldPath } from './types.ts';
import { entryUrl } from './urls.ts';

export interface PlainEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
}

export interface Node {
  collection: CollectionName;
  id: string;
  key: string;
  title: string;
  /** A short label for tables and lists: "PC 1106", "CBM 15". */
  label: string;
  url: string;
  /** The entry's main date, if it has one (for ordering and chronology). */
  date?: string;
  data: Record<string, unknown>;
}

export interface Link {
  from: Node;
  to: Node;
  /** The field the reference sits in, without list indexes: `relations.decision`. */
  field: string;
}

export interface Graph {
  nodes: Map<string, Node>;
  get(collection: CollectionName, id: string): Node | undefined;
  /** Everything this entry refers to, in field order, without duplicates. */
  outgoing(key: string): Link[];
  /** Everything that refers to this entry. */
  incoming(key: string): Link[];
}

export const keyOf = (collection: CollectionName, id: string) => `${collection}/${id}`;

/** The title of an entry as readers see it. */
export function titleOf(collection: CollectionName, data: Record<string, unknown>): string {
  if (collection === 'cbms') return `CBM ${data['number']}: ${data['title']}`;
  if (collection === 'bodies' || collection === 'states') return String(data['name']);
  return String(data['title']);
}

export function labelOf(collection: CollectionName, data: Record<string, unknown>): string {
  if (collection === 'decisions') return shortSymbol(String(data['symbol']));
  if (collection === 'cbms') return `CBM ${data['number']}`;
  if (collection === 'bodies') return String(data['shortName'] ?? data['name']);
  return titleOf(collection, data);
}

export function dateOf(collection: CollectionName, data: Record<string, unknown>): string | undefined {
  const field = { decisions: 'adopted', documents: 'date', events: 'start', activities: 'start', sources: 'published' }[collection as string];
  const value = field ? data[field] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function buildGraph(entries: PlainEntry[]): Graph {
  const nodes = new Map<string, Node>();
  for (const e of entries) {
    const key = keyOf(e.collection, e.id);
    nodes.set(key, {
      collection: e.collection,
      id: e.id,
      key,
      title: titleOf(e.collection, e.data),
      label: labelOf(e.collection, e.data),
      url: entryUrl(e.collection, e.id),
      date: dateOf(e.collection, e.data),
      data: e.data,
    });
  }
  const out = new Map<string, Link[]>();
  const inc = new Map<string, Link[]>();
  for (const from of nodes.values()) {
    const seen = new Set<string>();
    for (const { path, ref } of referencesIn(from.data)) {
      const to = nodes.get(keyOf(ref.collection, ref.id));
      if (!to || to === from) continue;
      const field = fieldOf(path);
      const dedupe = `${field}|${to.key}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const link = { from, to, field };
      out.set(from.key, [...(out.get(from.key) ?? []), link]);
      inc.set(to.key, [...(inc.get(to.key) ?? []), link]);
    }
  }
  return {
    nodes,
    get: (collection, id) => nodes.get(keyOf(collection, id)),
    outgoing: (key) => out.get(key) ?? [],
    incoming: (key) => inc.get(key) ?? [],
  };
}

function fieldOf(path: FieldPath): string {
  return path.filter((p) => typeof p === 'string').join('.');
}

/** A line for lists: "PC 1106 · 3 December 2013". */
export function describeNode(node: Node): string {
  return node.date ? `${node.label} · ${formatDate(node.date)}` : node.label;
}
