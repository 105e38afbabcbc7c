// The search page's words in its language: the page hands them in `data-strings`, from its
// dictionary's `search.client` (src/lib/i18n/en.ts and the other languages').
import type { Dictionary } from '../../lib/i18n/index.ts';

export type Strings = Dictionary['search']['client'];

const app = typeof document === 'undefined' ? null : document.getElementById('search-app');
export const strings = JSON.parse(app?.dataset['strings'] ?? '{}') as Strings;
const plurals = new Intl.PluralRules(typeof document === 'undefined' ? 'en' : document.documentElement.lang || 'en');

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "3 results for …" in the page's language. */
export function resultsText(n: number, what: string): string {
  const forms = strings.results as unknown as Record<string, string | undefined>;
  return fill(forms[plurals.select(n)] ?? strings.results.other, { n, what });
}
