/**
 * The links of a page in another language: a link to a page that exists in that language goes to
 * it (`/cbms/8/` → `/ru/cbms/8/`); a link to a page that exists only in English stays, marked
 * `hreflang="en-GB"` so that readers and their tools know it leads to English. Downloads, feeds,
 * data, the search index and links that already name a language are left as they are.
 */
import { DEFAULT_LOCALE, LANGUAGE_TAG, localePath, splitLocale, type Locale } from './locales.ts';

/** Paths that are files, not pages: never localised and not marked. */
const FILES = /^\/(?:data|cite|pagefind)\/|\.(?:xml|json|csv|bib|ris|js|css|txt)(?:[?#]|$)/;

/** `html` with its internal links put into `locale` where `exists(path)` says the page exists in it. */
export function localizeLinks(html: string, locale: Locale, exists: (path: string) => boolean): string {
  if (locale === DEFAULT_LOCALE) return html;
  const english = LANGUAGE_TAG[DEFAULT_LOCALE];
  return html.replace(
    /<a\b([^>]*?)\shref="(\/[^"/][^"]*|\/)"([^>]*)>/g,
    (tag, before: string, href: string, after: string) => {
      const attrs = `${before} ${after}`;
      if (/\shreflang=/.test(` ${attrs}`) || FILES.test(href)) return tag;
      const cut = href.search(/[?#]/);
      const path = cut < 0 ? href : href.slice(0, cut);
      const rest = cut < 0 ? '' : href.slice(cut);
      if (splitLocale(path).locale !== DEFAULT_LOCALE) return tag;
      if (exists(path)) return `<a${before} href="${localePath(locale, path)}${rest}"${after}>`;
      return `<a${before} href="${href}" hreflang="${english}"${after}>`;
    },
  );
}
