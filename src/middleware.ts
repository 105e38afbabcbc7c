/**
 * Pages in another language link to the pages that exist in it, and mark the links that lead to
 * English (src/lib/i18n/links.ts). Runs as each page is rendered, in `astro dev` and at build.
 */
import { defineMiddleware } from 'astro:middleware';
import { splitLocale } from './lib/i18n/locales.ts';
import { localizeLinks } from './lib/i18n/links.ts';
import { pathsIn } from './adapter/translations.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const { locale } = splitLocale(context.url.pathname);
  const response = await next();
  if (locale === 'en' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const paths = await pathsIn(locale);
  const html = localizeLinks(await response.text(), locale, (path) => paths.has(path));
  return new Response(html, { status: response.status, headers: response.headers });
});
