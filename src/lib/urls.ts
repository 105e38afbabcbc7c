/**
 * Every URL of the site, in one module: entry pages (trailing slash; measures by number, without
 * a leading zero), a measure's anchor in its decision, index, timeline, feed, data and citation
 * URLs, and `STATIC_PAGES`, the pages that are not entries. Pages, components, the page models,
 * the navigation and the content lint read URLs from here and build none themselves.
 */
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { collectionsThat } from '../schemas/capabilities.ts';

/** The fixed pages, by name: every link to one of them reads its URL here. */
export const PAGE = {
  home: '/',
  matrix: '/matrix/',
  timeline: '/timeline/',
  search: '/search/',
  data: '/data/',
  contribute: '/contribute/',
  changelog: '/changelog/',
  sourceNotes: '/sources/conflicts/',
  about: '/about/',
  crosswalk: '/crosswalk/',
  compare: '/compare/',
  /** Per language only (`/ru/translations/`): which entries are translated, and which translations are stale. */
  translations: '/translations/',
} as const;

/**
 * The URL segment of each collection where it differs from the collection's name: the glossary
 * is the collection `terms` at `/glossary/`.
 */
const SEGMENT: Partial<Record<CollectionName, string>> = { terms: 'glossary' };

/** The first URL segment of a collection's pages: `decisions`, `glossary` (for `terms`). */
export function collectionSegment(collection: CollectionName): string {
  return SEGMENT[collection] ?? collection;
}

/** The collection whose pages live under a URL segment (the inverse of `collectionSegment`). */
export function collectionOfSegment(segment: string): CollectionName | undefined {
  return COLLECTIONS.find((c) => collectionSegment(c) === segment);
}

/** An entry's page: `/decisions/pc-1202/`, `/cbms/15/`. */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collectionSegment(collection)}/${entrySlug(collection, id)}/`;
}

/** The URL segment of an entry: its id, or for a measure its number. */
export function entrySlug(collection: CollectionName, id: string): string {
  return collection === 'cbms' ? String(Number(id)) : id;
}

/**
 * The link to a measure's own place in its decision: `/decisions/pc-1202/#cbm-15`. Only the
 * corpus relation (src/lib/corpus/measures.ts) calls it; everything else reads that relation.
 */
export function measureAnchorUrl(decisionId: string, cbmNumber: number): string {
  return `${entryUrl('decisions', decisionId)}#cbm-${cbmNumber}`;
}

/** A collection's index page: `/events/`. */
export function indexUrl(collection: CollectionName): string {
  return `/${collectionSegment(collection)}/`;
}

/** The timeline, whole or for one collection: `/timeline/`, `/timeline/events/`. */
export function timelineUrl(collection?: CollectionName): string {
  return collection ? `${PAGE.timeline}${collection}/` : PAGE.timeline;
}

/** The page that collects every note on the sources, at one note's anchor if given. */
export function sourceNotesUrl(anchor?: string): string {
  return anchor ? `${PAGE.sourceNotes}#${anchor}` : PAGE.sourceNotes;
}

/** A citation download of one entry: `/cite/decisions/pc-1202.bib`. */
export function citationUrl(collection: CollectionName, id: string, format: 'bib' | 'ris' | 'json'): string {
  return `/cite/${collection}/${id}.${format}`;
}

/** A feed: `/rss.xml`, or one collection's `/events/rss.xml`. */
export function feedUrl(collection?: CollectionName): string {
  return collection ? `/${collectionSegment(collection)}/rss.xml` : '/rss.xml';
}

/** The feed of one measure or State: `/cbms/8/rss.xml`, `/states/austria/rss.xml`. */
export function entryFeedUrl(collection: 'cbms' | 'states', id: string): string {
  return `${entryUrl(collection, id)}rss.xml`;
}

/** An open-data file: `/data/events.json`, `/data/schema/events.schema.json`. */
export function dataUrl(file: string): string {
  return `/data/${file}`;
}

/** The repository path of an entry's file: `content/decisions/pc-1202.mdx`. */
export function contentFile(collection: CollectionName, id: string): string {
  return `content/${collection}/${id}.mdx`;
}

/** The entry a repository path names (the inverse of `contentFile`), if it names one. */
export function entryOfFile(file: string): { collection: CollectionName; id: string } | undefined {
  const m = /^content\/([a-z]+)\/([^/]+)\.mdx$/.exec(file);
  const collection = COLLECTIONS.find((c) => c === m?.[1]);
  return collection && m ? { collection, id: m[2]! } : undefined;
}

/** A side-by-side comparison of two or three entries (`decisions/pc-1106` …), as a shareable query. */
export function compareUrl(keys: readonly string[]): string {
  return `${PAGE.compare}?items=${keys.join(',')}`;
}

/** The pre-rendered comparison of a pair of entries, for readers without JavaScript: `/compare/decisions-pc-1106--decisions-pc-1202/`. */
export function comparePairUrl(a: string, b: string): string {
  return `${PAGE.compare}${a.replace('/', '-')}--${b.replace('/', '-')}/`;
}

/** Whether a URL is one of the pre-rendered comparisons (`comparePairUrl`). */
export function isComparePairUrl(url: string): boolean {
  return /^\/compare\/[a-z]+-[a-z0-9-]+--[a-z]+-[a-z0-9-]+\/$/.test(url);
}

/** A page of the site that is not an entry page. */
export interface StaticPage {
  url: string;
  /** The label of the page in the header navigation, for the pages the navigation lists, in its order. */
  nav?: string;
  /** Its label's key in the dictionaries (src/lib/i18n/en.ts, `nav`). */
  navKey?: NavKey;
}

/** The header navigation's labels, by key: each language's dictionary has one per key. */
export const NAV_KEYS = [
  'decisions',
  'cbms',
  'matrix',
  'timeline',
  'events',
  'activities',
  'documents',
  'search',
  'data',
  'contribute',
] as const;
export type NavKey = (typeof NAV_KEYS)[number];

/**
 * Every page of the site that is not an entry: the home page, the collection indexes, the
 * matrix, the timeline and its filters, search, data, contribute, changelog and the notes on the
 * sources. The header navigation shows the ones with a `nav` label (`NAV_PAGES`); the content
 * lint accepts a link to any of them. A page added under src/pages/ belongs in this list.
 */
export const STATIC_PAGES: readonly StaticPage[] = [
  { url: PAGE.home },
  { url: indexUrl('decisions'), nav: 'Decisions', navKey: 'decisions' },
  { url: indexUrl('cbms'), nav: 'CBMs', navKey: 'cbms' },
  { url: PAGE.matrix, nav: 'Matrix', navKey: 'matrix' },
  { url: PAGE.timeline, nav: 'Timeline', navKey: 'timeline' },
  { url: indexUrl('events'), nav: 'Events', navKey: 'events' },
  { url: indexUrl('activities'), nav: 'Activities', navKey: 'activities' },
  { url: indexUrl('documents'), nav: 'Documents', navKey: 'documents' },
  { url: PAGE.search, nav: 'Search', navKey: 'search' },
  { url: PAGE.data, nav: 'Data', navKey: 'data' },
  { url: PAGE.contribute, nav: 'Contribute', navKey: 'contribute' },
  { url: PAGE.changelog },
  { url: PAGE.sourceNotes },
  { url: PAGE.about },
  { url: indexUrl('terms') },
  { url: PAGE.crosswalk },
  { url: PAGE.compare },
  ...COLLECTIONS.filter((c) => !['decisions', 'cbms', 'events', 'activities', 'documents', 'terms'].includes(c)).map(
    (c) => ({ url: indexUrl(c) }),
  ),
  ...collectionsThat('timeline').map((c) => ({ url: timelineUrl(c) })),
];

/** The header navigation: label and URL, in order. */
export const NAV_PAGES: readonly { url: string; nav: string; navKey: NavKey }[] = STATIC_PAGES.filter(
  (p): p is Required<StaticPage> => p.nav !== undefined && p.navKey !== undefined,
);
