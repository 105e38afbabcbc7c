/**
 * A measure's provenance: the decision that introduced it (at the measure's own anchor), the
 * decisions that later reaffirmed or referenced it, what was done under it (events, activities,
 * documents), and all of that as one dated history.
 */
import type { Graph, Node } from './graph.ts';
import { measureAnchorUrl } from './urls.ts';

export interface ProvenanceStep {
  date: string;
  node: Node;
  /** What this entry did to the measure: introduced, reaffirmed, referenced, implemented. */
  relation: 'introduced' | 'reaffirmed' | 'referenced' | 'implemented' | 'cited';
  href: string;
}

export interface Provenance {
  number: number;
  introducedBy: { node: Node; href: string } | undefined;
  decisions: ProvenanceStep[];
  events: Node[];
  activities: Node[];
  documents: Node[];
  related: Node[];
  history: ProvenanceStep[];
}

export function provenanceOf(cbm: Node, graph: Graph): Provenance {
  const number = Number(cbm.data['number']);
  const introId = (cbm.data['introducedBy'] as { id: string }).id;
  const intro = graph.get('decisions', introId);
  const introducedBy = intro && { node: intro, href: measureAnchorUrl(intro.id, number) };

  const incoming = graph.incoming(cbm.key);
  const from = (collection: string) =>
    [...new Map(incoming.filter((l) => l.from.collection === collection).map((l) => [l.from.key, l.from])).values()].sort(byDate);

  const decisions: ProvenanceStep[] = from('decisions')
    .filter((d) => d.id !== introId)
    .map((d) => {
      const item = ((d.data['cbms'] as { cbm: { id: string }; role: string }[]) ?? []).find((c) => c.cbm.id === cbm.id);
      return { date: d.date ?? '', node: d, relation: item?.role === 'reaffirms' ? 'reaffirmed' : 'referenced', href: d.url };
    });
  const events = from('events');
  const activities = from('activities');
  const documents = from('documents');
  const related = ((cbm.data['related'] as { id: string }[]) ?? [])
    .map((r) => graph.get('cbms', r.id))
    .filter((n): n is Node => !!n);

  const history: ProvenanceStep[] = [
    ...(introducedBy ? [{ date: intro!.date ?? '', node: intro!, relation: 'introduced' as const, href: introducedBy.href }] : []),
    ...decisions,
    ...[...events, ...activities].map((n) => ({ date: n.date ?? '', node: n, relation: 'implemented' as const, href: n.url })),
    ...documents.map((n) => ({ date: n.date ?? '', node: n, relation: 'cited' as const, href: n.url })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return { number, introducedBy, decisions, events, activities, documents, related, history };
}

function byDate(a: Node, b: Node): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title);
}
