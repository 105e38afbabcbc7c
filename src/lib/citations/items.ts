/**
 * Citations: the CSL-JSON item of each citable entry, from which citation-text.ts formats the APA
 * and Harvard texts (citeproc, in the content worker) and citation-files.ts the BibTeX and RIS
 * downloads. This module loads neither, so the pages that only need the items or the styles'
 * names do not load citeproc. The OSCE body is the author, the symbol the number; every item
 * carries the page URL with an access date and the dataset version (the commit the site was built
 * from), so a citation stays pinned. A measure is cited as a pin-cite into its decision:
 * "PC.DEC/1202, CBM 16".
 */
import { CAPABILITIES, collectionsThat } from '../../schemas/capabilities.ts';
import { unhandled } from '../../schemas/collections.ts';
import type { CollectionName, Ref } from '../../schemas/index.ts';
import type { Graph, Node } from '../corpus/graph.ts';
import { measureFacts } from '../corpus/measures.ts';

export const CITABLE: readonly CollectionName[] = collectionsThat('citable');

/** Whether entries of this collection get a "Cite this" block and citation downloads. */
export const isCitable = (collection: CollectionName): boolean => CAPABILITIES[collection].citable;

export interface CiteContext {
  graph: Graph;
  /** The site's absolute base URL, without trailing slash. */
  site: string;
  /** `YYYY-MM-DD`: the access date printed in citations. */
  accessed: string;
  /** The dataset version: the release or commit the site was built from. */
  version: string;
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: { literal: string }[];
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL: string;
  number?: string;
  genre?: string;
  publisher: string;
  /** The language of the text the site gives (its summaries and titles): the page's own `lang`. */
  language: string;
  'publisher-place'?: string;
  'event-place'?: string;
  'container-title'?: string;
  'citation-key': string;
  note: string;
  [key: string]: unknown;
}

const OSCE = 'Organization for Security and Co-operation in Europe';
/** The site's language, as in `<html lang>` (src/layouts/Base.astro). */
export const LANGUAGE = 'en-GB';
const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });
const bodyName = (graph: Graph, ref: Ref) => {
  const name = graph.get('bodies', ref.id)?.title ?? 'OSCE';
  return /^(OSCE|Organization)/.test(name) ? name : `OSCE ${name}`;
};

/** The CSL-JSON item for a citable entry, or undefined for other collections. */
export function cslItem(node: Node, ctx: CiteContext): CslItem | undefined {
  const official = 'officialUrl' in node.data ? node.data.officialUrl : undefined;
  const base = {
    id: `${node.collection}-${node.id}`,
    'citation-key': `cybercbm-${node.collection}-${node.id}`,
    URL: `${ctx.site}${node.url}`,
    accessed: dateParts(ctx.accessed),
    publisher: OSCE,
    language: LANGUAGE,
    note: `CyberCBM dataset version ${ctx.version}${official ? `; official text: ${official}` : ''}`,
  };
  switch (node.collection) {
    case 'decisions': {
      const d = node.data;
      const council = bodyName(ctx.graph, d.body);
      return {
        ...base,
        type: 'report',
        genre: `${council.replace(/^OSCE /, '')} Decision`,
        title: d.title,
        author: [{ literal: council }],
        number: d.symbol,
        issued: dateParts(d.adopted),
        'publisher-place': d.venue,
      };
    }
    case 'cbms': {
      const d = node.data;
      const decision = measureFacts(ctx.graph, node).introduced?.decision;
      return {
        ...base,
        type: 'report',
        genre: 'Confidence-building measure',
        title: `${d.title} (CBM ${d.number})`,
        author: [{ literal: decision ? bodyName(ctx.graph, decision.data.body) : 'OSCE' }],
        number: `${decision?.data.symbol ?? ''}, CBM ${d.number}`,
        'container-title': decision ? decision.data.title : '',
        ...(decision ? { issued: dateParts(decision.data.adopted), 'publisher-place': decision.data.venue } : {}),
      };
    }
    case 'documents': {
      const d = node.data;
      return {
        ...base,
        type: 'report',
        genre: d.kind.replace(/-/g, ' '),
        title: d.title,
        author: [{ literal: bodyName(ctx.graph, d.issuer) }],
        issued: dateParts(d.date),
      };
    }
    case 'events': {
      const d = node.data;
      const place = d.location.city;
      return {
        ...base,
        type: 'speech',
        genre: d.kind,
        title: d.title,
        author: d.organizers.map((o) => ({ literal: bodyName(ctx.graph, o) })),
        issued: dateParts(d.start),
        ...(place ? { 'event-place': place, 'publisher-place': place } : {}),
      };
    }
    // Not scholarly works of their own: cited through the entries that rest on them.
    case 'activities':
    case 'bodies':
    case 'states':
    case 'sources':
    case 'terms':
    case 'frameworks':
    case 'norms':
      return undefined;
    default:
      return unhandled(node);
  }
}

export type CitationFormat = 'apa' | 'harvard1';
export const STYLES: { id: CitationFormat; label: string }[] = [
  { id: 'apa', label: 'APA' },
  { id: 'harvard1', label: 'Harvard' },
];

/** Every citable entry's item, in collection then date order. */
export function allItems(ctx: CiteContext): CslItem[] {
  const nodes: Node[] = CITABLE.flatMap((c) => [...ctx.graph.nodesOf(c)]);
  nodes.sort(
    (a, b) =>
      a.collection.localeCompare(b.collection) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.id.localeCompare(b.id),
  );
  return nodes.map((n) => cslItem(n, ctx)).filter((i): i is CslItem => !!i);
}
