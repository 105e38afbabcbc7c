/**
 * Builds the Pagefind search index of a built site (Pagefind's Node API, which drives the same
 * binary as its command line) into `<site>/pagefind/`. Then the search page gets a preload of the
 * index's metadata file, whose name carries a hash known only now: with it, the browser fetches the
 * file with the page instead of after Pagefind's entry file has arrived.
 *
 * `npm run build` runs it (scripts/search-index.ts) in its own process once `astro build` has
 * exited: inside Astro's `astro:build:done` the index would be built while Astro still holds the
 * whole corpus in memory (10,000 entries: a peak of 3.0 GB instead of 2.8).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGE } from '../lib/urls.ts';

/** The `<link>` that the search page's entry-file preload sits behind (src/pages/search/index.astro). */
const ENTRY_PRELOAD = '<link rel="preload" href="/pagefind/pagefind-entry.json';

/** The search page's HTML with a preload of each language's metadata file, put before the entry file's. */
export function withMetaPreload(html: string, hashes: readonly string[]): string {
  const at = html.indexOf(ENTRY_PRELOAD);
  if (at < 0) throw new Error(`search-index: the search page has no ${ENTRY_PRELOAD}…> to put the preload beside`);
  const links = hashes
    .map((h) => `<link rel="preload" href="/pagefind/pagefind.${h}.pf_meta" as="fetch" crossorigin="anonymous">`)
    .join('');
  return html.slice(0, at) + links + html.slice(at);
}

/** Indexes the built site in `site` and adds the metadata preload to its search page; returns how many pages Pagefind read. */
export async function buildSearchIndex(site: string): Promise<number> {
  let pages: number;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    pages = added.page_count;
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const page = join(site, PAGE.search, 'index.html');
  writeFileSync(
    page,
    withMetaPreload(
      readFileSync(page, 'utf8'),
      Object.values(entry.languages).map((l) => l.hash),
    ),
  );
  return pages;
}
