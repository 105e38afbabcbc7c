/**
 * The CBM-to-decision matrix: rows CBM 1–16, columns the decisions in date order. A cell says
 * whether the decision introduced, reaffirmed or referenced the measure, and links to the exact
 * place. Derived from the content only; the page, `matrix.json` and `matrix.csv` all use it.
 */
import type { Graph, Node } from './graph.ts';
import { measureAnchorUrl } from './urls.ts';

export type CellRole = 'introduced' | 'reaffirmed' | 'referenced';

export interface MatrixCell {
  decision: string;
  role: CellRole | null;
  /** Where to read it: the measure's anchor in the introducing decision, else the decision. */
  href: string | null;
}

export interface MatrixRow {
  cbm: number;
  id: string;
  title: string;
  url: string;
  cells: MatrixCell[];
  events: number;
  activities: number;
}

export interface MatrixColumn {
  id: string;
  label: string;
  symbol: string;
  title: string;
  adopted: string;
  url: string;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

const ROLE_OF: Record<string, CellRole> = { reaffirms: 'reaffirmed', references: 'referenced' };

export function buildMatrix(graph: Graph): Matrix {
  const nodes = [...graph.nodes.values()];
  const decisions = nodes
    .filter((n) => n.collection === 'decisions')
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.label.localeCompare(b.label));
  const cbms = nodes.filter((n) => n.collection === 'cbms').sort((a, b) => num(a) - num(b));

  const columns = decisions.map((d) => ({
    id: d.id,
    label: d.label,
    symbol: String(d.data['symbol']),
    title: d.title,
    adopted: d.date ?? '',
    url: d.url,
  }));

  const rows = cbms.map((cbm) => {
    const n = num(cbm);
    const introducedBy = (cbm.data['introducedBy'] as { id: string }).id;
    const cells = decisions.map((d): MatrixCell => {
      if (d.id === introducedBy) return { decision: d.id, role: 'introduced', href: measureAnchorUrl(d.id, n) };
      const item = ((d.data['cbms'] as { cbm: { id: string }; role: string }[]) ?? []).find((c) => c.cbm.id === cbm.id);
      return item ? { decision: d.id, role: ROLE_OF[item.role] ?? 'referenced', href: d.url } : { decision: d.id, role: null, href: null };
    });
    const incoming = graph.incoming(cbm.key);
    const count = (collection: string) => new Set(incoming.filter((l) => l.from.collection === collection).map((l) => l.from.key)).size;
    return { cbm: n, id: cbm.id, title: String(cbm.data['title']), url: cbm.url, cells, events: count('events'), activities: count('activities') };
  });
  return { columns, rows };
}

function num(node: Node): number {
  return Number(node.data['number']);
}

/** The matrix as flat records, one per CBM, for CSV and JSON exports. */
export function matrixRecords(matrix: Matrix): Record<string, string | number>[] {
  return matrix.rows.map((row) => {
    const record: Record<string, string | number> = { cbm: row.cbm, title: row.title };
    row.cells.forEach((cell, i) => {
      record[matrix.columns[i]!.symbol] = cell.role ?? '';
    });
    record['events'] = row.events;
    record['activities'] = row.activities;
    return record;
  });
}
