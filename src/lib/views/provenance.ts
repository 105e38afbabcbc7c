/**
 * A measure's provenance card: the decision that introduced it (at the measure's own anchor), the
 * decisions that later reaffirmed or referenced it, what was done under it (events, activities,
 * documents), and all of that as one dated history, with every text the card prints.
 */
import { formatDate, formatDateRange } from '../format.ts';
import type { Graph, Node } from '../corpus/graph.ts';
import { measureFacts, practiceOf, type Reading } from '../corpus/measures.ts';
import { headingOf } from '../corpus/naming.ts';

export type ProvenanceRelation = 'introduced' | 'reaffirmed' | 'referenced' | 'implemented' | 'cited';

export interface ProvenanceStep {
  date: string;
  node: Node;
  /** What this entry did to the measure. */
  relation: ProvenanceRelation;
  href: string;
}

/** A linked line of the card: the text of the link and the note after it. */
export interface ProvenanceLine {
  href: string;
  text: string;
  note?: string;
}

export interface Provenance {
  number: number;
  introduced: { node: Node<'decisions'>; href: string } | undefined;
  decisions: ProvenanceStep[];
  events: Node<'events'>[];
  activities: Node<'activities'>[];
  documents: Node<'documents'>[];
  /** The site's readings (no source names the measure for them): never in the history. */
  read: Reading[];
  related: Node<'cbms'>[];
  history: ProvenanceStep[];
}

/** The card as it reads: each row's lines, and the history with dates and relations in words. */
export interface ProvenanceCardModel {
  heading: string;
  introduced?: ProvenanceLine;
  laterDecisions: ProvenanceLine[];
  implementedThrough: ProvenanceLine[];
  citedIn: ProvenanceLine[];
  /** Work the site reads as practice of the measure, each with the one-line reason. */
  readAs: ProvenanceLine[];
  /** Nothing in the record, stated or read, matches the measure. */
  noPractice: boolean;
  related: ProvenanceLine[];
  history: { date: string; relation: string; href: string; text: string }[];
}

export function provenanceOf(cbm: Node<'cbms'>, graph: Graph): Provenance {
  const facts = measureFacts(graph, cbm);
  const introduced = facts.introduced && { node: facts.introduced.decision, href: facts.introduced.href };
  const decisions: ProvenanceStep[] = facts.decisions
    .filter((m) => m.role !== 'introduced')
    .map((m) => ({ date: m.decision.date ?? '', node: m.decision, relation: m.role, href: m.href }));
  const practice = practiceOf(graph, cbm);
  const { events, activities, documents } = practice.stated;
  const related = cbm.data.related.map((r) => graph.get('cbms', r.id)).filter((n) => n !== undefined);

  const history: ProvenanceStep[] = [
    ...(introduced
      ? [
          {
            date: introduced.node.date ?? '',
            node: introduced.node,
            relation: 'introduced' as const,
            href: introduced.href,
          },
        ]
      : []),
    ...decisions,
    ...[...events, ...activities].map((n) => ({
      date: n.date ?? '',
      node: n,
      relation: 'implemented' as const,
      href: n.url,
    })),
    ...documents.map((n) => ({ date: n.date ?? '', node: n, relation: 'cited' as const, href: n.url })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return {
    number: facts.number,
    introduced,
    decisions,
    events,
    activities,
    documents,
    read: practice.read,
    related,
    history,
  };
}

const RELATION_TEXT: Record<ProvenanceRelation, string> = {
  introduced: 'Introduced',
  reaffirmed: 'Reaffirmed',
  referenced: 'Referenced',
  implemented: 'Implemented',
  cited: 'Cited',
};

/** When an event or activity took place, as the card prints it. */
function when(n: Node<'events' | 'activities'>): string {
  if (!n.date) return '';
  return n.collection === 'activities'
    ? formatDateRange(n.date, n.data.end, n.data.ongoing)
    : formatDateRange(n.date, n.data.end);
}

/** The provenance card of a measure, every text ready to print. */
export function provenanceCard(cbm: Node<'cbms'>, graph: Graph): ProvenanceCardModel {
  const p = provenanceOf(cbm, graph);
  const intro = p.introduced;
  return {
    heading: `Provenance of CBM ${p.number}`,
    ...(intro
      ? {
          introduced: {
            href: intro.href,
            text: `${intro.node.label}, measure ${p.number}`,
            note: formatDate(intro.node.data.adopted),
          },
        }
      : {}),
    laterDecisions: p.decisions.map((s) => ({
      href: s.href,
      text: s.node.label,
      note: `${s.relation}, ${formatDate(s.date)}`,
    })),
    implementedThrough: [
      ...p.events.map((n) => ({ href: n.url, text: n.title, note: `event, ${when(n)}` })),
      ...p.activities.map((n) => ({ href: n.url, text: n.title, note: `activity, ${when(n)}` })),
    ],
    citedIn: p.documents.map((n) => ({ href: n.url, text: n.title })),
    readAs: p.read.map(({ node, reason }) => ({ href: node.url, text: node.title, note: reason })),
    noPractice: !p.events.length && !p.activities.length && !p.documents.length && !p.read.length,
    related: p.related.map((n) => ({ href: n.url, text: n.title })),
    history: p.history.map((s) => ({
      date: formatDate(s.date),
      relation: RELATION_TEXT[s.relation],
      href: s.href,
      text: headingOf(s.node),
    })),
  };
}
