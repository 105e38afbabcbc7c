/**
 * Which pages exist in which language, besides the entries that have a translation: the home
 * page, the measures' index, search and the translation status in every language; in Russian also
 * the indexes of the record's collections, the about page, the matrix, the timeline (whole and by
 * type) and the cross-walk. A link to a page that does not exist in the reader's language goes to
 * the English page, marked as English (src/middleware.ts).
 */
import { COLLECTIONS } from '../../schemas/collections.ts';
import { collectionsThat } from '../../schemas/capabilities.ts';
import { indexUrl, PAGE, timelineUrl } from '../urls.ts';
import { DEFAULT_LOCALE, PREFIXED_LOCALES, splitLocale, type Locale, type PrefixedLocale } from './locales.ts';

const EVERY_LANGUAGE = [PAGE.home, indexUrl('cbms'), PAGE.search, PAGE.translations];

/** The collections whose index pages exist in Russian (every one but the sources, cited by their own titles). */
export const RUSSIAN_INDEXES = COLLECTIONS.filter((c) => c !== 'sources');

/** The pages of the record as a whole that exist in Russian: their prose is in src/lib/i18n/prose/. */
export const RUSSIAN_VIEWS = [
  PAGE.about,
  PAGE.matrix,
  PAGE.timeline,
  ...collectionsThat('timeline').map((c) => timelineUrl(c)),
  PAGE.crosswalk,
];

export const LOCALE_PAGES: Record<PrefixedLocale, readonly string[]> = {
  ru: [...new Set([...EVERY_LANGUAGE, ...RUSSIAN_INDEXES.map((c) => indexUrl(c)), ...RUSSIAN_VIEWS])],
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

/** The prefixed languages the page at English path `path` exists in, for a route's `getStaticPaths`. */
export function localesOfPage(path: string): PrefixedLocale[] {
  return PREFIXED_LOCALES.filter((l) => LOCALE_PAGES[l].includes(path));
}

/** Every language the page at English path `path` exists in, English first: its switcher and `hreflang`. */
export function languagesOfPage(path: string): Locale[] {
  return [DEFAULT_LOCALE, ...localesOfPage(path)];
}
