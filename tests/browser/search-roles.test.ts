/**
 * Ranking by role, as a property of the real corpus on the built site: a source's page never
 * outranks every entry that cites it. For each source, queries are built from its title's words
 * (all of them, and the first three); where a query finds both the source and an entry citing it,
 * at least one citing entry must come above the source. The queries go to the search page's own
 * Pagefind, with the site's ranking (src/client/search/pagefind.ts), and its results are ordered
 * as the search page orders them (`groupSources`, src/client/search-facets.ts, on the roles files
 * the page fetches: src/client/search/tables.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { openSearch } from '../helpers/search-page.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';

interface Exported {
  id: string;
  page: string;
  title?: string;
  sources?: { source: string }[];
}
const DATA = 'dist/data';
const read = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as Exported[];
const path = (e: Exported) => new URL(e.page).pathname;

/** Each source's page and title, with the pages of the entries citing it. */
function sources(): { title: string; page: string; citing: Set<string> }[] {
  const citing = new Map<string, Set<string>>();
  for (const collection of COLLECTIONS.filter((c) => c !== 'sources'))
    for (const entry of read(`${collection}.json`))
      for (const s of entry.sources ?? []) citing.set(s.source, (citing.get(s.source) ?? new Set()).add(path(entry)));
  return read('sources.json').map((s) => ({ title: s.title!, page: path(s), citing: citing.get(s.id) ?? new Set() }));
}

const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'that', 'this', 'its', 'are', 'was', 'has', 'have']);
/** The words of a title a reader would type: letters and digits, two or more characters, no stop words. */
const titleWords = (title: string) =>
  title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w.toLowerCase()));

/** The queries built from a source's title: all its words, and its first three. */
function queries(title: string): string[] {
  const words = titleWords(title);
  return [...new Set([words.join(' '), words.slice(0, 3).join(' ')])].filter(Boolean);
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let page: Page;

/**
 * The ranks (from 1; 0 when absent) of a source's page and of the first entry citing it among a
 * query's results, from the search page's Pagefind: results are read ten at a time until both are seen.
 */
function ranks(q: string, source: string, citing: string[]): Promise<{ rank: number; bestCiting: number }> {
  // A string, so that Vite leaves the browser's own import() alone.
  return page.evaluate(`(async ({ q, source, citing }) => {
    const pf = await import('/pagefind/pagefind.js');
    const { groupSources } = await import('/search-facets.js');
    // The whole roles table, as the page's tables assemble it: ids from Pagefind, roles from every file.
    window.rolesTable ??= (async () => {
      const head = JSON.parse(document.getElementById('search-app').dataset.searchHead);
      const ids = (await pf.search(null)).results.map((r) => r.id);
      const files = Math.ceil(head.sources.reduce((n, [from, to]) => n + to - from, 0) / head.chunk);
      const parts = await Promise.all(
        [...Array(files).keys()].map((n) => fetch('/pagefind/' + head.roles + n + '.json').then((r) => r.json())),
      );
      return { ids, citedBy: Object.assign({}, ...parts) };
    })();
    const results = groupSources(await window.rolesTable, (await pf.search(q)).results);
    let rank = 0;
    let bestCiting = 0;
    for (let at = 0; at < results.length && !(rank && bestCiting); at += 10) {
      const data = await Promise.all(results.slice(at, at + 10).map((r) => r.data()));
      data.forEach((d, i) => {
        const path = new URL(d.url, location.href).pathname;
        if (path === source && !rank) rank = at + i + 1;
        if (citing.includes(path) && !bestCiting) bestCiting = at + i + 1;
      });
    }
    return { rank, bestCiting };
  })(${JSON.stringify({ q, source, citing })})`);
}

const cases: { q: string; source: string; rank: number; bestCiting: number }[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  page = await openSearch(await browser.newContext(), server.url, '?q=cyber');
  for (const s of sources())
    for (const q of queries(s.title)) {
      const { rank, bestCiting } = await ranks(q, s.page, [...s.citing]);
      if (rank && bestCiting) cases.push({ q, source: s.page, rank, bestCiting });
    }
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a source's page against the entries citing it", () => {
  it('is tried on many queries that find both', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it('never comes above all of them', () => {
    const above = cases.filter((c) => c.rank < c.bestCiting);
    console.log(
      `search roles: ${cases.length} queries find a source and an entry citing it; the source first in ${above.length}`,
    );
    expect(above.map((c) => `${c.q} → ${c.source} at ${c.rank}, first citing entry at ${c.bestCiting}`)).toEqual([]);
  });
});
