/**
 * The prose of the pages that exist only in English and Russian (src/lib/i18n/pages.ts): the about
 * page, the matrix, the timeline and the cross-walk. Any other language reads the English, though
 * no such page is built in it.
 */
import type { Locale } from '../locales.ts';
import { proseEn, type Prose } from './en.ts';
import { proseRu } from './ru.ts';

export type { Prose };

export function proseFor(locale: Locale): Prose {
  return locale === 'ru' ? proseRu : proseEn;
}
