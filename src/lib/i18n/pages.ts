/**
 * Which pages exist in which language, besides the entries that have a translation: the home
 * page, the measures' index, search and the translation status in every language; in Russian also
 * the indexes of the record's collections. A link to a page that does not exist in the reader's
 * language goes to the English page, marked as English (src/middleware.ts).
 */
import { COLLECTIONS } from '../../schemas/collections.ts';
import { indexUrl, PAGE } from '../urls.ts';
import { splitLocale, type Locale, type PrefixedLocale } from './locales.ts';

const EVERY_LANGUAGE = [PAGE.home, indexUrl('cbms'), PAGE.search, PAGE.translations];

/** The collections whose index pages exist in Russian (every one but the sources, cited by their own titles). */
export const RUSSIAN_INDEXES = COLLECTIONS.filter((c) => c !== 'sources');

export const LOCALE_PAGES: Record<PrefixedLocale, readonly string[]> = {
  ru: [...new Set([...EVERY_LANGUAGE, ...RUSSIAN_INDEXES.map((c) => indexUrl(c))])],
  fr: EVERY_LANGUAGE,
  de: EVERY_LANGUAGE,
  it: EVERY_LANGUAGE,
  es: EVERY_LANGUAGE,
};

/** Whether the page at English path `path` (not an entry) exists in `locale`. */
export function staticPageIn(locale: Locale, path: string): boolean {
  if (locale === 'en') return true;
  return LOCALE_PAGES[locale].includes(splitLocale(path).path);
}
