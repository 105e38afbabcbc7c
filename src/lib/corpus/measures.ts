/**
 * The measures' relations, each computed in this one place: the decision that introduced a
 * measure, the URL of the measure's own paragraph in it (`/decisions/pc-1202/#cbm-15`), the
 * measure's role in every decision that names it (introduced, reaffirmed, referenced), and the
 * measure anchors a decision's page carries. Computed once per graph and cached.
 */
import { measureAnchorUrl } from '../urls.ts';
import type { Graph, Node } from './graph.ts';

/** What a decision did to a measure. */
export type MeasureRole = 'introduced' | 'reaffirmed' | 'referenced';

export interface MeasureInDecision {
  decision: Node<'decisions'>;
  role: MeasureRole;
  /** Where to read it: the measure's anchor in the introducing decision, else the decision page. */
  href: string;
}

export interface MeasureFacts {
  cbm: Node<'cbms'>;
  number: number;
  /** The introducing decision, with the link to the measure's own anchor in it. */
  introduced?: MeasureInDecision;
  /** Every decision that names the measure, introducing one included, in date order. */
  decisions: MeasureInDecision[];
}

const ROLE: Record<'reaffirms' | 'references', MeasureRole> = { reaffirms: 'reaffirmed', references: 'referenced' };
const cache = new WeakMap<Graph, Map<string, MeasureFacts>>();

/** The facts of every measure in the graph, by measure id. */
function allFacts(graph: Graph): Map<string, MeasureFacts> {
  let facts = cache.get(graph);
  if (facts) return facts;
  facts = new Map();
  const decisions = [...graph.nodesOf('decisions')];
  for (const cbm of graph.nodesOf('cbms')) {
    const number = cbm.data.number;
    const introducer = graph.get('decisions', cbm.data.introducedBy.id);
    const named = decisions.flatMap((decision): MeasureInDecision[] => {
      if (decision === introducer)
        return [{ decision, role: 'introduced', href: measureAnchorUrl(decision.id, number) }];
      const item = decision.data.cbms.find((c) => c.cbm.id === cbm.id);
      return item ? [{ decision, role: ROLE[item.role], href: decision.url }] : [];
    });
    const introduced = named.find((m) => m.role === 'introduced');
    facts.set(cbm.id, { cbm, number, ...(introduced ? { introduced } : {}), decisions: named });
  }
  cache.set(graph, facts);
  return facts;
}

/** A measure's facts: its introducing decision and anchor, and its role in each decision. */
export function measureFacts(graph: Graph, cbm: Node<'cbms'>): MeasureFacts {
  return allFacts(graph).get(cbm.id) ?? { cbm, number: cbm.data.number, decisions: [] };
}

/** The measure's role in one decision, or undefined where the decision does not name it. */
export function roleIn(graph: Graph, cbm: Node<'cbms'>, decision: Node<'decisions'>): MeasureInDecision | undefined {
  return measureFacts(graph, cbm).decisions.find((m) => m.decision === decision);
}

/**
 * Every measure a decision names, by number, with its role there. The ones it introduced link to
 * their `#cbm-N` anchors on the decision's page: those are the decision's measure anchors.
 */
export function measuresIn(graph: Graph, decision: Node<'decisions'>): (MeasureInDecision & { cbm: Node<'cbms'> })[] {
  return [...allFacts(graph).values()].flatMap((f) => {
    const m = f.decisions.find((d) => d.decision === decision);
    return m ? [{ ...m, cbm: f.cbm }] : [];
  });
}

/** An entry that can be practice of a measure. */
export type PracticeNode = Node<'events' | 'activities' | 'documents'>;

/** The site's reading of an entry as practice of a measure, with its reason. */
export interface Reading {
  node: PracticeNode;
  reason: string;
}

/**
 * What was done under a measure, kept apart by how the record knows it: the entries a source ties
 * to it (their `cbms` field: stated), and the site's readings (their `readings` field: the work
 * plainly matches the measure's wording, no source names the measure). Each in date order.
 */
export interface Practice {
  stated: { events: Node<'events'>[]; activities: Node<'activities'>[]; documents: Node<'documents'>[] };
  read: Reading[];
}

const byDate = (a: Node, b: Node) => (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title);
const practices = new WeakMap<Graph, Map<string, Practice>>();

export function practiceOf(graph: Graph, cbm: Node<'cbms'>): Practice {
  let known = practices.get(graph);
  if (!known) practices.set(graph, (known = new Map()));
  const cached = known.get(cbm.id);
  if (cached) return cached;
  const stated = new Map<string, PracticeNode>();
  const read = new Map<string, Reading>();
  for (const link of graph.incoming(cbm.key)) {
    const from = link.from;
    if (from.collection !== 'events' && from.collection !== 'activities' && from.collection !== 'documents') continue;
    if (link.field === 'cbms') stated.set(from.key, from);
    else if (link.field === 'readings.cbm') {
      const reading = from.data.readings.find((r) => r.cbm.id === cbm.id);
      if (reading) read.set(from.key, { node: from, reason: reading.reason });
    }
  }
  const all = [...stated.values()].sort(byDate);
  const practice: Practice = {
    stated: {
      events: all.filter((n): n is Node<'events'> => n.collection === 'events'),
      activities: all.filter((n): n is Node<'activities'> => n.collection === 'activities'),
      documents: all.filter((n): n is Node<'documents'> => n.collection === 'documents'),
    },
    read: [...read.values()].sort((a, b) => byDate(a.node, b.node)),
  };
  known.set(cbm.id, practice);
  return practice;
}
