/** The sixteen measures as a table (home page and /cbms/): each with the decision that introduced it. */
import type { Graph } from '../corpus/graph.ts';
import { measureFacts } from '../corpus/measures.ts';

export interface CbmTableRow {
  href: string;
  label: string;
  title: string;
  summary: string;
  /** The introducing decision's label, linked to the measure's anchor in it. */
  introduced?: { href: string; label: string };
}

export function cbmTable(graph: Graph): CbmTableRow[] {
  return graph.nodesOf('cbms').map((n) => {
    const introduced = measureFacts(graph, n).introduced;
    return {
      href: n.url,
      label: n.label,
      title: n.data.title,
      summary: n.data.summary,
      ...(introduced ? { introduced: { href: introduced.href, label: introduced.decision.label } } : {}),
    };
  });
}
