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

/**
 * The default branch of a `switch` over collections: it compiles only when every collection has
 * its case, so that a collection added to COLLECTIONS fails the type check wherever a view has not
 * decided what to do with it (a silent default would leave its rows, facets or groups out).
 */
export function unhandled(value: never): never {
  throw new Error(`No case for ${JSON.stringify((value as { collection?: unknown })?.collection ?? value)}`);
}

/** The folder under `content/` that holds translations (`translations/<lang>/<collection>/<id>.mdx`): not a collection. */
export const TRANSLATIONS_FOLDER = 'translations';
