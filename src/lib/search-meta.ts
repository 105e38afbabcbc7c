/**
 * What the search index knows about each entry beyond its text: Pagefind filters (type, year,
 * body, cbm), the date it sorts by, the meta a result shows, and the aliases under which readers
 * look decisions up ("Decision No. 1202", "PC.DEC/1202", "5/16"), indexed as weighted meta so
 * that Pagefind's own ranking puts the decision first: no second search engine.
 */
import { COLLECTION_INFO } from './collections.ts';
import type { Graph, Node } from './graph.ts';

export type SearchType = 'Decision' | 'CBM' | 'Document' | 'Event' | 'Activity' | 'Body' | 'State' | 'Source';

export interface SearchMeta {
  type: SearchType;
  filters: { type: SearchType; year?: string; body: string[]; cbm: string[] };
  /** The sort key: an ISO date, or `0000` for undated entries so they sort last in "newest first". */
  date: string;
  meta: Record<string, string>;
  aliases: string[];
}

export function searchMeta(node: Node, graph: Graph): SearchMeta {
  const type = COLLECTION_INFO[node.collection].singular as SearchType;
  const d = node.data;
  const ids = (v: unknown) => (Array.isArray(v) ? v : v ? [v] : []).map((r) => (r as { id: string }).id);
  const bodyIds =
    node.collection === 'decisions' || node.collection === 'activities' ? ids(d['body'])
    : node.collection === 'documents' ? ids(d['issuer'])
    : node.collection === 'events' ? ids(d['organizers'])
    : node.collection === 'bodies' ? [node.id]
    : [];
  const body = bodyIds.map((id) => graph.get('bodies', id)?.title ?? id);

  let cbm: string[] = [];
  if (node.collection === 'cbms') cbm = [String(d['number'])];
  else if (node.collection === 'decisions') {
    const introduced = [...graph.incoming(node.key)].filter((l) => l.from.collection === 'cbms' && l.field === 'introducedBy').map((l) => String(l.from.data['number']));
    const mentioned = ((d['cbms'] as { cbm: { id: string } }[]) ?? []).map((c) => String(Number(c.cbm.id)));
    cbm = [...new Set([...introduced, ...mentioned])];
  } else cbm = ids(d['cbms']).map((id) => String(Number(id)));
  cbm.sort((a, b) => Number(a) - Number(b));

  const meta: Record<string, string> = { type };
  if (node.collection === 'decisions') meta['symbol'] = String(d['symbol']);
  if (node.collection === 'cbms') meta['symbol'] = `CBM ${d['number']}`;
  if (node.date) meta['date'] = node.date;
  // Searchable metadata (Pagefind 1.5+ searches meta fields, weighted by `metaWeights` on the
  // search page): what the entry's metadata list says that a reader may type, kept out of the
  // indexed body so that excerpts start in the entry's prose.
  const aliases = aliasesOf(node);
  if (aliases.length) meta['aliases'] = aliases.join(', ');
  if (body.length && node.collection !== 'bodies') meta['by'] = body.join(', ');
  const where = placeOf(node, graph);
  if (where) meta['place'] = where;

  return {
    type,
    filters: { type, ...(node.date ? { year: node.date.slice(0, 4) } : {}), body, cbm: cbm.map((n) => `CBM ${n}`) },
    date: node.date ?? '0000',
    meta,
    aliases,
  };
}

/** Where an event took place or a body sits: venue, city and State, as the metadata list gives them. */
export function placeOf(node: Node, graph: Graph): string | undefined {
  if (node.collection !== 'events' && node.collection !== 'bodies') return undefined;
  const loc = (node.data['location'] ?? {}) as { venue?: string; city?: string; state?: { id: string } };
  const state = loc.state ? (graph.get('states', loc.state.id)?.title ?? loc.state.id) : undefined;
  const parts = [loc.venue, loc.city, state].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : undefined;
}

/**
 * The ways readers write an entry's symbol: for PC.DEC/1202 also "Decision No. 1202", "PC 1202",
 * "1202"; a body's short name; a State's former names.
 */
export function aliasesOf(node: Node): string[] {
  if (node.collection === 'cbms') return [`CBM ${node.data['number']}`, `CBM${node.data['number']}`, `measure ${node.data['number']}`];
  if (node.collection === 'bodies') return node.data['shortName'] ? [String(node.data['shortName'])] : [];
  if (node.collection === 'states') return ((node.data['formerNames'] as { name: string }[] | undefined) ?? []).map((f) => f.name);
  // Any other entry that records its own aliases (the glossary's terms) is found under them too.
  if (node.collection !== 'decisions') return Array.isArray(node.data['aliases']) ? (node.data['aliases'] as unknown[]).map(String) : [];
  const symbol = String(node.data['symbol']);
  const m = /^([A-Z]+)\.DEC\/(.+)$/.exec(symbol);
  if (!m) return [symbol];
  const [, prefix, number] = m;
  const council = prefix === 'PC' ? 'Permanent Council' : prefix === 'MC' ? 'Ministerial Council' : prefix;
  const year = String(node.data['adopted'] ?? '').slice(0, 4);
  return [symbol, `${prefix} ${number}`, `Decision No. ${number}`, `Decision ${number}`, `${council} Decision No. ${number}`, number!, `${node.data['venue']} ${year}`];
}
