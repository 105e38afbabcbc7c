/** How each collection is named and ordered on index pages. */
import type { Node } from './graph.ts';
import type { CollectionName } from './types.ts';

export const COLLECTION_INFO: Record<CollectionName, { title: string; singular: string; description: string }> = {
  decisions: { title: 'Decisions', singular: 'Decision', description: 'Decisions of the Ministerial Council and the Permanent Council on cyber/ICT security, in the order they were adopted.' },
  cbms: { title: 'Confidence-building measures', singular: 'CBM', description: 'The sixteen cyber/ICT confidence-building measures agreed in PC.DEC/1106 (2013) and PC.DEC/1202 (2016).' },
  documents: { title: 'Documents', singular: 'Document', description: 'Declarations, training material and other texts beyond the decisions.' },
  events: { title: 'Events', singular: 'Event', description: 'Conferences, workshops and roundtables on cyber/ICT security.' },
  activities: { title: 'Activities', singular: 'Activity', description: 'Field and capacity-building activities, projects and partnerships.' },
  bodies: { title: 'Bodies', singular: 'Body', description: 'The OSCE bodies, institutions, units and partner organisations that appear in the corpus.' },
  states: { title: 'States', singular: 'State', description: 'The 57 participating States and the 11 Partners for Co-operation.' },
  sources: { title: 'Sources', singular: 'Source', description: 'Where the facts on this site come from: official texts and secondary sources.' },
};

/** Index order: dated collections by date (then title), CBMs by number, the rest by name. */
export function sortNodes(collection: CollectionName, nodes: Node[]): Node[] {
  const byTitle = (a: Node, b: Node) => a.title.localeCompare(b.title, 'en');
  if (collection === 'cbms') return [...nodes].sort((a, b) => Number(a.data['number']) - Number(b.data['number']));
  if (['decisions', 'documents', 'events', 'activities'].includes(collection)) {
    return [...nodes].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || byTitle(a, b));
  }
  return [...nodes].sort(byTitle);
}

export interface IndexGroup {
  heading: string;
  id: string;
  nodes: Node[];
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The groups an index page shows: decisions by adopting body, events and activities by year,
 * states by status, sources by kind, documents by kind; each group in the collection's order.
 */
export function indexGroups(collection: CollectionName, nodes: Node[], nameOf: (id: string) => string): IndexGroup[] {
  const sorted = sortNodes(collection, nodes);
  const keyOf = (n: Node): string => {
    switch (collection) {
      case 'decisions':
        return nameOf((n.data['body'] as { id: string }).id);
      case 'events':
      case 'activities':
        return (n.date ?? '').slice(0, 4);
      case 'states':
        return ({ participating: 'Participating States', 'asian-partner': 'Asian Partners for Co-operation', 'mediterranean-partner': 'Mediterranean Partners for Co-operation' } as Record<string, string>)[String(n.data['status'])] ?? String(n.data['status']);
      case 'sources':
        return ({ official: 'Official texts', secondary: 'Secondary sources', news: 'News' } as Record<string, string>)[String(n.data['kind'])] ?? String(n.data['kind']);
      case 'documents':
        return humaniseKind(String(n.data['kind']));
      default:
        return '';
    }
  };
  const groups = new Map<string, Node[]>();
  for (const n of sorted) groups.set(keyOf(n), [...(groups.get(keyOf(n)) ?? []), n]);
  const list = [...groups].map(([heading, members]) => ({ heading, id: /^\d/.test(heading) ? `y${heading}` : slug(heading) || 'all', nodes: members }));
  // Years newest first reads best for events and activities; everything else keeps its order.
  return collection === 'events' || collection === 'activities' ? list.reverse() : list;
}

function humaniseKind(kind: string): string {
  const text = kind.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + 's';
}

export interface TreeNode {
  node: Node;
  children: TreeNode[];
}

/** Bodies as the organisation's tree (`parent` links); roots are bodies without a parent. */
export function bodyTree(bodies: Node[]): TreeNode[] {
  const byParent = new Map<string | undefined, Node[]>();
  for (const b of bodies) {
    const parent = (b.data['parent'] as { id: string } | undefined)?.id;
    byParent.set(parent, [...(byParent.get(parent) ?? []), b]);
  }
  const build = (parent: string | undefined, seen: Set<string>): TreeNode[] =>
    (byParent.get(parent) ?? [])
      .filter((n) => !seen.has(n.id))
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((n) => ({ node: n, children: build(n.id, new Set([...seen, n.id])) }));
  return build(undefined, new Set());
}

/** Measures grouped by theme (a measure appears under each of its themes). */
export function byTheme(nodes: Node[]): IndexGroup[] {
  const groups = new Map<string, Node[]>();
  for (const n of sortNodes('cbms', nodes)) {
    for (const t of (n.data['themes'] as string[]) ?? []) groups.set(t, [...(groups.get(t) ?? []), n]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([t, members]) => ({ heading: t.charAt(0).toUpperCase() + t.slice(1).replace(/-/g, ' '), id: `theme-${t}`, nodes: members }));
}
