/**
 * What the search index knows about each entry beyond its text: Pagefind filters (type, year,
 * body, cbm), the date it sorts by, the meta a result shows, and the aliases under which readers
 * look decisions up ("Decision No. 1202", "PC.DEC/1202", "5/16"), indexed as weighted meta so
 * that Pagefind's own ranking puts the decision first: no second search engine.
 */
import type { Ref } from '../schemas/index.ts';
import type { Graph, Node } from './corpus/graph.ts';
import { measuresIn } from './corpus/measures.ts';
import { COLLECTION_INFO } from './collection-info.ts';
import { fill, type Ui } from './i18n/index.ts';
import { CAPABILITIES } from '../schemas/capabilities.ts';
import { unhandled } from '../schemas/collections.ts';

export type SearchType =
  'Decision' | 'CBM' | 'Document' | 'Event' | 'Activity' | 'Body' | 'State' | 'Source' | 'Term' | 'Framework' | 'Norm';

export interface SearchMeta {
  type: SearchType;
  filters: { type: SearchType; year?: string; body: string[]; cbm: string[] };
  /** The sort key: an ISO date, or `0000` for undated entries so they sort last in "newest first". */
  date: string;
  meta: Record<string, string>;
  aliases: string[];
  /**
   * The sources the page stands for in ranking: a source's page its own key, any other page the
   * keys of the sources it cites. Written as Pagefind's `cites` filter, which the build reads into the facet
   * table, so that the search page can rank a source below the entries that cite it
   * (src/lib/search-facets.ts, `citedBy`).
   */
  cites: string[];
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
    case 'cbms':
    case 'states':
    case 'sources':
    case 'terms':
    case 'frameworks':
    case 'norms':
      return [];
    default:
      return unhandled(node);
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
    case 'bodies':
    case 'states':
    case 'sources':
    case 'frameworks':
      return [];
    default:
      return unhandled(node);
  }
}

/**
 * What search holds of an entry. In another language (`ui`) the type and measure facets speak it
 * ("МД 8"), and a measure's symbol meta holds both labels, so "CBM 8" finds it there too.
 */
export function searchMeta(node: Node, graph: Graph, ui?: Ui): SearchMeta {
  const type = (
    ui ? ui.t.collections[node.collection].singular : COLLECTION_INFO[node.collection].singular
  ) as SearchType;
  const cbmLabel = (n: number) => (ui ? fill(ui.t.cbm.label, { n }) : `CBM ${n}`);
  const body = bodiesOf(node).map((id) => graph.get('bodies', id)?.title ?? id);
  const cbm = measuresOf(node, graph).sort((a, b) => a - b);

  const meta: Record<string, string> = { type };
  if (node.collection === 'decisions') meta['symbol'] = node.data.symbol;
  if (node.collection === 'cbms')
    meta['symbol'] = [...new Set([cbmLabel(node.data.number), `CBM ${node.data.number}`])].join(' · ');
  if (node.date) meta['date'] = node.date;
  // Searchable metadata (Pagefind 1.5+ searches meta fields, weighted by `metaWeights` on the
  // search page): what the entry's metadata list says that a reader may type, kept out of the
  // indexed body so that excerpts start in the entry's prose.
  // Reference material (a glossary term's aliases) is found under its names with less weight
  // than the record's own entries (src/schemas/capabilities.ts).
  const aliases = aliasesOf(node);
  if (aliases.length)
    meta[CAPABILITIES[node.collection].search === 'reference' ? 'names' : 'aliases'] = aliases.join(', ');
  if (body.length && node.collection !== 'bodies') meta['by'] = body.join(', ');
  const where = placeOf(node, graph);
  if (where) meta['place'] = where;

  return {
    type,
    filters: { type, ...(node.date ? { year: node.date.slice(0, 4) } : {}), body, cbm: cbm.map(cbmLabel) },
    date: node.date ?? '0000',
    meta,
    aliases,
    cites: citesOf(node, graph),
  };
}

const sourceKeys = new WeakMap<Graph, Map<string, string>>();

/**
 * A short key for each source, its place in the corpus's list of sources in base 36: Pagefind
 * writes a page's filter values into its fragment, which a result fetches, and a source's id is
 * a long slug. The keys hold within one build, which is all the facet table needs.
 */
function sourceKey(graph: Graph, id: string): string {
  let keys = sourceKeys.get(graph);
  if (!keys) {
    keys = new Map(graph.nodesOf('sources').map((s, i) => [s.id, i.toString(36)]));
    sourceKeys.set(graph, keys);
  }
  return keys.get(id) ?? id;
}

/** A source's own key, or the keys of the sources an entry cites, each once. */
function citesOf(node: Node, graph: Graph): string[] {
  if (node.collection === 'sources') return [sourceKey(graph, node.id)];
  const cited = (node.data as { sources?: readonly { source: Ref }[] }).sources ?? [];
  return [...new Set(cited.map((s) => sourceKey(graph, s.source.id)))];
}

/** Where an event took place or a body sits: venue, city and State, as the metadata list gives them. */
export function placeOf(node: Node, graph: Graph): string | undefined {
  if (node.collection !== 'events' && node.collection !== 'bodies') return undefined;
  const loc = node.data.location ?? {};
  const state = loc.state ? (graph.get('states', loc.state.id)?.title ?? loc.state.id) : undefined;
  const parts = [loc.venue, loc.city, state].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : undefined;
}

/**
 * The ways readers write an entry's symbol: for PC.DEC/1202 also "Decision No. 1202", "PC 1202",
 * "1202"; a body's short name; a State's former names.
 */
export function aliasesOf(node: Node): string[] {
  // A measure is also found under its title as readers type it: "public private partnerships" for
  // "Public–private partnerships" (Pagefind does not split a word at an en dash).
  if (node.collection === 'cbms') {
    const typed = node.data.title.replace(/[‐-―-]/g, ' ');
    return [
      `CBM ${node.data.number}`,
      `CBM${node.data.number}`,
      `measure ${node.data.number}`,
      ...(typed === node.data.title ? [] : [typed]),
    ];
  }
  if (node.collection === 'bodies') return node.data.shortName ? [node.data.shortName] : [];
  if (node.collection === 'states') return node.data.formerNames.map((f) => f.name);
  if (node.collection === 'terms') return [...node.data.aliases];
  if (node.collection === 'norms') return [`norm ${node.data.label}`];
  if (node.collection === 'frameworks') return node.data.symbol ? [node.data.symbol] : [];
  if (node.collection !== 'decisions') return [];
  const { symbol, adopted, venue } = node.data;
  const m = /^([A-Z]+)\.DEC\/(.+)$/.exec(symbol);
  if (!m) return [symbol];
  const [, prefix, number] = m;
  const council = prefix === 'PC' ? 'Permanent Council' : prefix === 'MC' ? 'Ministerial Council' : prefix;
  return [
    symbol,
    `${prefix} ${number}`,
    `Decision No. ${number}`,
    `Decision ${number}`,
    `${council} Decision No. ${number}`,
    number!,
    `${venue} ${adopted.slice(0, 4)}`,
  ];
}
