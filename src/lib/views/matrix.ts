/**
 * The CBM-to-decision matrix: rows CBM 1–16, columns the decisions in date order. A cell says
 * whether the decision introduced, reaffirmed or referenced the measure, and links to the exact
 * place. Read from the corpus's measure relation; the page, `matrix.json` and `matrix.csv` all use it.
 */
import { formatDate } from '../format.ts';
import type { Graph } from '../corpus/graph.ts';
import { measureFacts, practiceOf, roleIn, type MeasureRole } from '../corpus/measures.ts';
import { isInferred } from '../corpus/evidence.ts';

export type CellRole = MeasureRole;

export interface MatrixCell {
  decision: string;
  role: CellRole | null;
  /** Where to read it: the measure's anchor in the introducing decision, else the decision. */
  href: string | null;
  /** The role rests on the site's own reading (an `inference` note), not on the decision's words. */
  inferred: boolean;
}

export interface MatrixRow {
  cbm: number;
  id: string;
  title: string;
  /** `en-GB` where the measure has no translation into the graph's language. */
  lang?: string;
  url: string;
  /** The introducing decision, shown beside the measure where the table is too narrow to show its column. */
  introduced?: { label: string; href: string };
  cells: MatrixCell[];
  /** Events and activities a source ties to the measure (stated practice). */
  events: number;
  activities: number;
  /** Events, activities and documents the site reads as practice of the measure (no source names it). */
  read: number;
}

export interface MatrixColumn {
  id: string;
  label: string;
  symbol: string;
  title: string;
  adopted: string;
  /** The adoption date as the page prints it. */
  adoptedText: string;
  url: string;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

export function buildMatrix(graph: Graph): Matrix {
  const decisions = graph.nodesOf('decisions');
  const columns = decisions.map((d) => {
    const { symbol, adopted } = d.data;
    return { id: d.id, label: d.label, symbol, title: d.title, adopted, adoptedText: formatDate(adopted), url: d.url };
  });
  const rows = graph.nodesOf('cbms').map((cbm) => {
    const facts = measureFacts(graph, cbm);
    const practice = practiceOf(graph, cbm);
    const cells = decisions.map((d): MatrixCell => {
      const m = roleIn(graph, cbm, d);
      const item = d.data.cbms.findIndex((c) => c.cbm.id === cbm.id);
      const inferred =
        !!m &&
        (m.role === 'introduced'
          ? isInferred(cbm.data, 'introducedBy')
          : item >= 0 && isInferred(d.data, `cbms[${item}]`));
      return { decision: d.id, role: m?.role ?? null, href: m?.href ?? null, inferred };
    });
    return {
      cbm: facts.number,
      id: cbm.id,
      title: cbm.data.title,
      ...(cbm.lang ? { lang: cbm.lang } : {}),
      url: cbm.url,
      ...(facts.introduced
        ? { introduced: { label: facts.introduced.decision.label, href: facts.introduced.href } }
        : {}),
      cells,
      events: practice.stated.events.length,
      activities: practice.stated.activities.length,
      read: practice.read.length,
    };
  });
  return { columns, rows };
}

/**
 * The matrix as flat records, one per CBM, for CSV and JSON exports; an inferred role reads
 * `reaffirmed (inferred)`. `events` and `activities` count stated practice (a source ties them to the
 * measure), `read_as_practice` the site's readings, never added to the stated counts.
 */
export function matrixRecords(matrix: Matrix): Record<string, string | number>[] {
  return matrix.rows.map((row) => {
    const record: Record<string, string | number> = { cbm: row.cbm, title: row.title };
    row.cells.forEach((cell, i) => {
      record[matrix.columns[i]!.symbol] = cell.role ? `${cell.role}${cell.inferred ? ' (inferred)' : ''}` : '';
    });
    record['events'] = row.events;
    record['activities'] = row.activities;
    record['read_as_practice'] = row.read;
    return record;
  });
}
