// The search page's words in its language: the page hands them in `data-strings` (from the
// dictionary's `search.client`, src/lib/i18n/en.ts); English is the fallback of every one.
export const ENGLISH = {
  results: { one: '{n} result {what}.', other: '{n} results {what}.' } as Record<string, string>,
  none: 'No results {what}.',
  forQuery: 'for “{q}”',
  withFilters: 'with these filters',
  whole: 'in the whole knowledge base, newest first',
  newestFirst: ', newest first',
  loadMore: 'Load more ({left} more of {total})',
  failed: 'Search failed: {error}. Reload the page to try again.',
  showFewer: 'Show fewer',
  showAll: 'Show all {n}',
  findValueOf: 'Find a value of {label}',
  findA: 'Find a {label}…',
  facets: { type: 'Type', year: 'Year', body: 'Body', cbm: 'Measure' } as Record<string, string>,
};
export type Strings = typeof ENGLISH;

const app = typeof document === 'undefined' ? null : document.getElementById('search-app');
export const strings: Strings = { ...ENGLISH, ...(JSON.parse(app?.dataset['strings'] ?? '{}') as Partial<Strings>) };
const plurals = new Intl.PluralRules(typeof document === 'undefined' ? 'en' : document.documentElement.lang || 'en');

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "3 results for …" in the page's language. */
export function resultsText(n: number, what: string): string {
  const forms = strings.results;
  return fill(forms[plurals.select(n)] ?? forms['other']!, { n, what });
}
