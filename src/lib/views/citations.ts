/**
 * Citations, rendered by citation-js from CSL-JSON: APA and Harvard text, BibTeX, RIS and CSL-JSON.
 * The styles ship inside @citation-js/plugin-csl, so nothing is fetched at build time. The OSCE
 * body is the author, the symbol the number; every item carries the page URL with an access
 * date and the dataset version (the commit the site was built from), so a citation stays pinned.
 * A measure is cited as a pin-cite into its decision: "PC.DEC/1202, CBM 16".
 */
import { Cite, plugins } from '@citation-js/core';
import CSL from 'citeproc';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { CAPABILITIES, collectionsThat } from '../../schemas/capabilities.ts';
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
  'publisher-place'?: string;
  'event-place'?: string;
  'container-title'?: string;
  'citation-key': string;
  note: string;
  [key: string]: unknown;
}

const OSCE = 'Organization for Security and Co-operation in Europe';
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
    default:
      return undefined;
  }
}

export type CitationFormat = 'apa' | 'harvard1';
export const STYLES: { id: CitationFormat; label: string }[] = [
  { id: 'apa', label: 'APA' },
  { id: 'harvard1', label: 'Harvard' },
];

/**
 * One citeproc engine per style, reused for every call. citation-js builds a new engine on each
 * `format()` call (about 57 ms here, measured), so it is built once.
 *
 * Pages show bibliography entries only, never in-text citations, so each style's `<citation>`
 * element is replaced by a one-line layout (`bibliographyOnly`). That does two things:
 * - each entry is cited on its own: the disambiguation options live there, and without them a
 *   whole batch formats in one bibliography without citeproc telling entries of the same author
 *   and year apart ("2016a", "2016b"). The texts are the same as those of one entry formatted
 *   alone with the style as published (a unit test compares them); a batch is about 40 % faster
 *   than one entry at a time;
 * - APA's engine builds in about 0.18 s instead of 0.4 s (its in-text layout is most of its macros).
 * Together they stop the citations being the last thing a 1,000-entry build waits for.
 */
const engines = new Map<CitationFormat, { engine: CiteprocEngine; items: Map<string, CslItem> }>();

interface CiteprocEngine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[], noSort?: boolean): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
}

const CITATION = /<citation\b[^>]*>[\s\S]*?<\/citation>/;

/**
 * A CSL style for bibliography entries only: its `<citation>` element (the in-text layout and its
 * disambiguation options) replaced by one that prints the title. Fails if the style has none.
 */
export function bibliographyOnly(style: string, name = 'the CSL style'): string {
  if (!CITATION.test(style)) throw new Error(`citations: ${name} has no <citation> element to replace`);
  return style.replace(CITATION, '<citation><layout><text variable="title"/></layout></citation>');
}

function engineFor(style: CitationFormat) {
  let entry = engines.get(style);
  if (!entry) {
    const config = plugins.config.get('@csl') as {
      styles: { get(n: string): string };
      locales: { get(n: string): string };
    };
    const items = new Map<string, CslItem>();
    const engine = new CSL.Engine(
      { retrieveLocale: (lang: string) => config.locales.get(lang), retrieveItem: (id: string) => items.get(id) },
      bibliographyOnly(config.styles.get(style), `the CSL style "${style}"`),
      'en-US',
      true,
    ) as CiteprocEngine;
    engine.setOutputFormat('text');
    entry = { engine, items };
    engines.set(style, entry);
  }
  return entry;
}

/**
 * Each item's citation in a style, as plain text with the dataset version appended, by item id.
 * Fails, naming the entry, if citeproc gives one of them no text.
 */
export function formatCitations(
  items: readonly CslItem[],
  style: CitationFormat,
  version: string,
): Map<string, string> {
  if (!items.length) return new Map();
  const { engine, items: known } = engineFor(style);
  known.clear();
  for (const item of items) known.set(item.id, item);
  // `true`: no sort; the texts are matched to their items by id, so their order does not matter.
  engine.updateItems([...known.keys()], true);
  const [meta, texts] = engine.makeBibliography();
  const byId = new Map<string, string>();
  meta.entry_ids.forEach(([id], i) => {
    if (id !== undefined) byId.set(id, (texts[i] ?? '').trim());
  });
  const out = new Map<string, string>();
  for (const item of items) {
    const text = byId.get(item.id);
    if (!text) throw new Error(`citations: citeproc gave no ${style} text for ${item.id}`);
    out.set(item.id, `${text} CyberCBM dataset version ${version}.`);
  }
  return out;
}

export function toBibtex(items: CslItem[]): string {
  return new Cite(items).format('bibtex') as string;
}

export function toRis(items: CslItem[]): string {
  return new Cite(items).format('ris') as string;
}

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
