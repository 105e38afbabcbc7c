/**
 * The site's languages: the OSCE's six. English is the default and keeps every URL of the site at
 * `/`; the others live under their own prefix (`/ru/cbms/8/`). Pages, the sitemap, `hreflang` and
 * the language switcher read the languages from here.
 */

export const LOCALES = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** The languages with a URL prefix: every one but English. */
export const PREFIXED_LOCALES = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== DEFAULT_LOCALE);
export type PrefixedLocale = (typeof PREFIXED_LOCALES)[number];

/** The BCP 47 tag of each language, for `<html lang>`, `hreflang` and `Intl` (English stays British). */
export const LANGUAGE_TAG: Record<Locale, string> = {
  en: 'en-GB',
  fr: 'fr',
  de: 'de',
  it: 'it',
  ru: 'ru',
  es: 'es',
};

/** Each language's name in itself, as the switcher shows it. */
export const LANGUAGE_NAME: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  ru: 'Русский',
  es: 'Español',
};

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The same page in `locale`: `localePath('ru', '/cbms/8/')` is `/ru/cbms/8/`; English is unprefixed. */
export function localePath(locale: Locale, path: string): string {
  const { path: bare } = splitLocale(path);
  return locale === DEFAULT_LOCALE ? bare : `/${locale}${bare}`;
}

/** The language of a site path and the path without its prefix: `/ru/cbms/8/` → `ru`, `/cbms/8/`. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  const first = m?.[1];
  if (first && first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, path: m[2] ?? '/' };
  return { locale: DEFAULT_LOCALE, path };
}
