/**
 * The search page's preload of the Pagefind index's metadata file, whose name carries a hash known
 * only once Pagefind has run: with it, the browser fetches the file with the page instead of after
 * Pagefind's entry file has arrived.
 *
 * `npm run build` is `astro build`, then Pagefind's command line in its own process (inside
 * Astro's `astro:build:done` the index would be built while Astro still holds the whole corpus in
 * memory: at 10,000 entries a peak of 3.0 GB instead of 2.8), then this step
 * (scripts/search-preload.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE } from '../lib/urls.ts';

/** The `<link>` that the search page's entry-file preload sits behind (src/pages/search/index.astro). */
const ENTRY_PRELOAD = '<link rel="preload" href="/pagefind/pagefind-entry.json';

/** The search page's HTML with a preload of each language's metadata file (and no other), put before the entry file's. */
export function withMetaPreload(page: string, hashes: readonly string[]): string {
  // A second run replaces the first one's preloads.
  const html = page.replace(/<link rel="preload" href="\/pagefind\/pagefind\.[^"]+\.pf_meta"[^>]*>/g, '');
  const at = html.indexOf(ENTRY_PRELOAD);
  if (at < 0) throw new Error(`search-preload: the search page has no ${ENTRY_PRELOAD}…> to put the preload beside`);
  const links = hashes
    .map((h) => `<link rel="preload" href="/pagefind/pagefind.${h}.pf_meta" as="fetch" crossorigin="anonymous">`)
    .join('');
  return html.slice(0, at) + links + html.slice(at);
}

/** Adds the metadata preload to the search page of the built site in `site`; returns the metadata files named. */
export function addMetaPreload(site: string): string[] {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const hashes = Object.values(entry.languages).map((l) => l.hash);
  const page = join(site, PAGE.search, 'index.html');
  writeFileSync(page, withMetaPreload(readFileSync(page, 'utf8'), hashes));
  return hashes.map((h) => `pagefind.${h}.pf_meta`);
}
