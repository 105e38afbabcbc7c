/**
 * The steps after Pagefind has indexed the built site, on what it wrote:
 * - the search page's preload of the index's metadata file, whose name carries a hash known only
 *   once Pagefind has run: with it, the browser fetches the file with the page instead of after
 *   Pagefind's entry file has arrived;
 * - the facet table (src/lib/search-facets.ts), read from the index's metadata and filter files so
 *   that it names exactly the pages the index holds, and split three ways: its head, written into
 *   the search page (`data-search-head`), the roles files (`pagefind/cybercbm-roles.<n>.json`) and
 *   the facet file (`pagefind/cybercbm-facets.json`), which the page fetches only as it needs them.
 *
 * `npm run build` is `astro build`, then Pagefind's command line in its own process (inside
 * Astro's `astro:build:done` the index would be built while Astro still holds the whole corpus in
 * memory, a higher peak: BENCHMARKS.md), then this step (scripts/search-index.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import { facetTable, splitTable, type FacetTable, type PagefindFilter, type SearchHead } from '../lib/search-facets.ts';
import { idsDigest } from '../client/search/digest.ts';
import { LANGUAGE_TAG, LOCALES, localePath, type Locale } from '../lib/i18n/locales.ts';
import { PAGE } from '../lib/urls.ts';

/** The `<link>` that the search page's entry-file preload sits behind (src/pages/search/index.astro). */
const ENTRY_PRELOAD = '<link rel="preload" href="/pagefind/pagefind-entry.json';

/** Where the facet table is written in the site, and the facets it holds (the search page's, in its order). */
export const FACET_FILE = 'pagefind/cybercbm-facets.json';
export const FACETS = ['type', 'year', 'body', 'cbm'] as const;

/** The attribute of `#search-app` that carries the head of the tables. */
const HEAD_ATTRIBUTE = 'data-search-head';

/** The search page's HTML with the head of its tables on `#search-app` (a second run replaces the first's). */
export function withSearchHead(page: string, head: SearchHead): string {
  const html = page.replace(new RegExp(` ${HEAD_ATTRIBUTE}='[^']*'`, 'g'), '');
  const anchor = 'id="search-app"';
  const at = html.indexOf(anchor);
  if (at < 0) throw new Error(`search-index: the search page has no ${anchor} to put the tables' head on`);
  // JSON in a single-quoted attribute: its only character to escape there is the apostrophe (and &).
  const json = JSON.stringify(head).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  return `${html.slice(0, at + anchor.length)} ${HEAD_ATTRIBUTE}='${json}'${html.slice(at + anchor.length)}`;
}

/** The search page's HTML with a preload of each language's metadata file (and no other), put before the entry file's. */
export function withMetaPreload(page: string, hashes: readonly string[]): string {
  // A second run replaces the first one's preloads.
  const html = page.replace(/<link rel="preload" href="\/pagefind\/pagefind\.[^"]+\.pf_meta"[^>]*>/g, '');
  const at = html.indexOf(ENTRY_PRELOAD);
  if (at < 0) throw new Error(`search-index: the search page has no ${ENTRY_PRELOAD}…> to put the preload beside`);
  const links = hashes
    .map((h) => `<link rel="preload" href="/pagefind/pagefind.${h}.pf_meta" as="fetch" crossorigin="anonymous">`)
    .join('');
  return html.slice(0, at) + links + html.slice(at);
}

/** The languages of the index Pagefind wrote in `site`, each with the hash that names its metadata file. */
function languages(site: string): Record<string, { hash: string }> {
  return (
    JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    }
  ).languages;
}

/** The site's language whose pages Pagefind indexed under `key` (`en-gb`, `ru`): Pagefind keys by `<html lang>`. */
function localeOfIndex(key: string): Locale {
  const locale = LOCALES.find((l) => LANGUAGE_TAG[l].toLowerCase() === key);
  if (!locale)
    throw new Error(`search-index: Pagefind indexed pages in "${key}", which is none of the site's languages`);
  return locale;
}

/**
 * Adds to each language's search page (`/search/`, `/ru/search/`) the preload of its own index's
 * metadata file; returns the search pages and the files they name.
 */
export function addMetaPreload(site: string): string[] {
  return Object.entries(languages(site)).map(([key, { hash }]) => {
    const url = localePath(localeOfIndex(key), PAGE.search);
    const page = join(site, url, 'index.html');
    writeFileSync(page, withMetaPreload(readFileSync(page, 'utf8'), [hash]));
    return `${url} pagefind.${hash}.pf_meta`;
  });
}

/**
 * Pagefind's own encoding of its index files (checked for Pagefind 1.6): gzip, then the 12 bytes
 * `pagefind_dcd`, then CBOR. The metadata file is `[version, pages, chunks, filters, sorts]`, each
 * page `[id, word count, …]` and each filter `[name, file hash]`; a filter file is
 * `[name, [[value, [page position, …]], …]]`, the positions indexing the metadata's pages.
 */
const SIGNATURE = 'pagefind_dcd';

function readPagefindFile(file: string): unknown {
  const bytes = gunzipSync(readFileSync(file));
  const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE)
    throw new Error(`search-index: ${file} does not start with "${SIGNATURE}": not a Pagefind 1.x index file`);
  return decode(bytes.subarray(SIGNATURE.length));
}

const isArray = Array.isArray as (x: unknown) => x is unknown[];

/** What a Pagefind index file was expected to hold, and what it held: a format change in Pagefind stops the build here. */
function unexpected(file: string, expected: string): never {
  throw new Error(
    `search-index: ${file} is not laid out as Pagefind 1.6 lays it out (expected ${expected}); ` +
      'has Pagefind been upgraded? Read its index format again in src/build/search-index.ts',
  );
}

/** Reads the facet table of one language's index (`en-gb`, `ru`) from what Pagefind wrote in `site`. */
export function readFacetTable(site: string, language = 'en-gb'): FacetTable {
  const index = languages(site)[language];
  if (!index) throw new Error(`search-index: the index has no pages in "${language}"`);
  const { hash } = index;
  const metaFile = join(site, `pagefind/pagefind.${hash}.pf_meta`);
  const meta = readPagefindFile(metaFile);
  if (!isArray(meta) || typeof meta[0] !== 'string' || !isArray(meta[1]) || !isArray(meta[3]))
    unexpected(metaFile, '[version, pages, chunks, filters, sorts]');
  const [version, pages, , filterList] = meta as [string, unknown[], unknown, unknown[]];
  const ids = pages.map((p) =>
    isArray(p) && typeof p[0] === 'string' ? p[0] : unexpected(metaFile, 'pages as [id, words]'),
  );
  const filters: PagefindFilter[] = filterList.map((f) => {
    if (!isArray(f) || typeof f[0] !== 'string' || typeof f[1] !== 'string')
      unexpected(metaFile, 'filters as [name, hash]');
    const file = join(site, `pagefind/filter/${f[1]}.pf_filter`);
    const filter = readPagefindFile(file);
    if (!isArray(filter) || filter[0] !== f[0] || !isArray(filter[1])) unexpected(file, `["${f[0]}", values]`);
    const values = filter[1].map((v) =>
      isArray(v) && typeof v[0] === 'string' && isArray(v[1]) && v[1].every((p) => typeof p === 'number')
        ? ([v[0], v[1]] as const)
        : unexpected(file, 'values as [value, [page, …]]'),
    );
    return { name: f[0], values };
  });
  return facetTable(version, ids, filters, FACETS);
}

/**
 * Writes each language's tables beside the index in `site`, and their head into its search page;
 * returns the facet files' paths in the site, with counts.
 */
export function writeFacetTables(
  site: string,
): { file: string; pages: number; values: number; roles: number; sources: number }[] {
  return Object.keys(languages(site)).map((language) => {
    const table = readFacetTable(site, language);
    const { head, roles, facets } = splitTable(table, idsDigest(table.ids), language);
    writeFileSync(join(site, 'pagefind', head.facets), JSON.stringify(facets));
    roles.forEach((part, n) => writeFileSync(join(site, 'pagefind', `${head.roles}${n}.json`), JSON.stringify(part)));
    const page = join(site, localePath(localeOfIndex(language), PAGE.search), 'index.html');
    writeFileSync(page, withSearchHead(readFileSync(page, 'utf8'), head));
    const values = Object.values(table.facets).reduce((n, c) => n + c.values.length, 0);
    const sources = head.sources.reduce((n, [from, to]) => n + to - from, 0);
    return { file: `pagefind/${head.facets}`, pages: table.ids.length, values, roles: roles.length, sources };
  });
}
