/**
 * A measure's provenance card: the decision that introduced it (at the measure's own anchor), the
 * decisions that later reaffirmed or referenced it, what was done under it (events, activities,
 * documents), and all of that as one dated history, with every text the card prints.
 */
import { fill, uiFor, type Ui } from '../i18n/index.ts';
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
  /** `en-GB` where the text is the English title of an untranslated entry. */
  lang?: string;
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

/** When an event or activity took place, as the card prints it. */
function when(n: Node<'events' | 'activities'>, ui: Ui): string {
  if (!n.date) return '';
  return n.collection === 'activities'
    ? ui.dateRange(n.date, n.data.end, n.data.ongoing)
    : ui.dateRange(n.date, n.data.end);
}

/** The provenance card of a measure, every text ready to print, in the reader's language. */
export function provenanceCard(cbm: Node<'cbms'>, graph: Graph, ui: Ui = uiFor()): ProvenanceCardModel {
  const p = provenanceOf(cbm, graph);
  const intro = p.introduced;
  const { t } = ui;
  return {
    heading: fill(t.cbm.provenanceOf, { n: p.number }),
    ...(intro
      ? {
          introduced: {
            href: intro.href,
            text: fill(t.cbm.introducedMeasure, { decision: intro.node.label, n: p.number }),
            note: ui.date(intro.node.data.adopted),
          },
        }
      : {}),
    laterDecisions: p.decisions.map((s) => ({
      href: s.href,
      text: s.node.label,
      note: fill(s.relation === 'reaffirmed' ? t.cbm.laterNote.reaffirmed : t.cbm.laterNote.referenced, {
        date: ui.date(s.date),
      }),
    })),
    implementedThrough: [
      ...p.events.map((n) => ({
        href: n.url,
        text: n.title,
        ...(n.lang ? { lang: n.lang } : {}),
        note: fill(t.cbm.eventNote, { date: when(n, ui) }),
      })),
      ...p.activities.map((n) => ({
        href: n.url,
        text: n.title,
        ...(n.lang ? { lang: n.lang } : {}),
        note: fill(t.cbm.activityNote, { date: when(n, ui) }),
      })),
    ],
    citedIn: p.documents.map((n) => ({ href: n.url, text: n.title, ...(n.lang ? { lang: n.lang } : {}) })),
    readAs: p.read.map(({ node, reason }) => ({
      href: node.url,
      text: node.title,
      note: reason,
      ...(node.lang ? { lang: node.lang } : {}),
    })),
    noPractice: !p.events.length && !p.activities.length && !p.documents.length && !p.read.length,
    related: p.related.map((n) => ({ href: n.url, text: n.title })),
    history: p.history.map((s) => ({
      date: ui.date(s.date),
      relation: t.cbm.relation[s.relation],
      href: s.href,
      text: headingOf(s.node),
    })),
  };
}
