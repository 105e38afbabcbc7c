/**
 * The collections' names, with nothing else: the URLs (src/lib/urls.ts) and the capabilities
 * table need the list without loading the schemas and zod (the search-index step after Pagefind
 * imports the URLs, and starts faster without them).
 */
export const COLLECTIONS = [
  'decisions',
  'cbms',
  'documents',
  'events',
  'activities',
  'bodies',
  'states',
  'sources',
  'terms',
  'frameworks',
  'norms',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
