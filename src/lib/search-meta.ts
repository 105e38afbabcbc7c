/**
 * What the search index knows about each entry beyond its text: Pagefind filters (type, year,
 * body, cbm), the date it sorts by, the meta a result shows, and the aliases under which readers
 * look decisions up ("Decision No. 1202", "PC.DEC/1202", "5/16"), indexed as weighted text so
 * that Pagefind's own ranking puts the decision first: no second search engine.
 */
import type { Ref } from '../schemas/index.ts';
import type { Graph, Node } from './corpus/graph.ts';
import { measuresIn } from './corpus/measures.ts';
import { COLLECTION_INFO } from './collection-info.ts';

export type SearchType = 'Decision' | 'CBM' | 'Document' | 'Event' | 'Activity' | 'Body' | 'State' | 'Source' | 'Term' | 'Framework' | 'Norm';

export interface SearchMeta {
  type: SearchType;
  filters: { type: SearchType; year?: string; body: string[]; cbm: string[] };
  /** The sort key: an ISO date, or `0000` for undated entries so they sort last in "newest first". */
  date: string;
  meta: Record<string, string>;
  aliases: string[];
}

/** The bodies an entry is filed under: who adopted, issued, organised or carried it out. */
function bodiesOf(node: Node): string[] {
  const ids = (refs: readonly Ref[]) => refs.map((r) => r.id);
  switch (node.collection) {
    case 'decisions':
    case 'activities':
      return ids([node.data.body]);
    case 'documents':
      return ids([node.data.issuer]);
    case 'events':
      return ids(node.data.organizers);
    case 'bodies':
      return [node.id];
    default:
      return [];
  }
}

/** The measures an entry is filed under, by number: a decision's are those it introduced or names. */
function measuresOf(node: Node, graph: Graph): number[] {
  switch (node.collection) {
    case 'cbms':
      return [node.data.number];
    case 'decisions':
      return measuresIn(graph, node).map((m) => m.cbm.data.number);
    case 'documents':
    case 'events':
    case 'activities':
      return [...new Set(node.data.cbms.map((r) => Number(r.id)))];
    case 'norms':
      return [...new Set(node.data.cbms.map((l) => Number(l.cbm.id)))];
    case 'terms':
      return node.data.related.cbms.map((r) => Number(r.id));
    default:
      return [];
  }
}

export function searchMeta(node: Node, graph: Graph): SearchMeta {
  const type = COLLECTION_INFO[node.collection].singular as SearchType;
  const body = bodiesOf(node).map((id) => graph.get('bodies', id)?.title ?? id);
  const cbm = measuresOf(node, graph).sort((a, b) => a - b);

  const meta: Record<string, string> = { type };
  if (node.collection === 'decisions') meta['symbol'] = node.data.symbol;
  if (node.collection === 'cbms') meta['symbol'] = `CBM ${node.data.number}`;
  if (node.date) meta['date'] = node.date;

  return {
    type,
    filters: { type, ...(node.date ? { year: node.date.slice(0, 4) } : {}), body, cbm: cbm.map((n) => `CBM ${n}`) },
    date: node.date ?? '0000',
    meta,
    aliases: aliasesOf(node),
  };
}

/** The ways readers write an entry's symbol: for PC.DEC/1202 also "Decision No. 1202", "PC 1202", "1202". */
export function aliasesOf(node: Node): string[] {
  if (node.collection === 'cbms') return [`CBM ${node.data.number}`, `CBM${node.data.number}`, `measure ${node.data.number}`];
  if (node.collection === 'terms') return [...node.data.aliases];
  if (node.collection === 'norms') return [`norm ${node.data.label}`];
  if (node.collection === 'frameworks') return node.data.symbol ? [node.data.symbol] : [];
  if (node.collection !== 'decisions') return [];
  const { symbol, adopted, venue } = node.data;
  const m = /^([A-Z]+)\.DEC\/(.+)$/.exec(symbol);
  if (!m) return [symbol];
  const [, prefix, number] = m;
  const council = prefix === 'PC' ? 'Permanent Council' : prefix === 'MC' ? 'Ministerial Council' : prefix;
  return [symbol, `${prefix} ${number}`, `Decision No. ${number}`, `Decision ${number}`, `${council} Decision No. ${number}`, number!, `${venue} ${adopted.slice(0, 4)}`];
}
