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
