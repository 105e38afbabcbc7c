/**
 * The benchmark's "Pagefind alone" (scripts/bench/search.ts) on the built site: it must time the
 * search page's own search, the same index, options and folded query, in a page that runs none of
 * the site's scripts, so that its figure is the floor under the typed query.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindAlone } from '../../scripts/bench/search.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { openSearch } from '../helpers/search-page.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How many results the search page says it found for `query`. */
async function shownCount(query: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await openSearch(context, server.url, `?q=${encodeURIComponent(query)}`);
    const summary = (await page.textContent('#search-summary')) ?? '';
    return Number(/^(\d+) results?\b/.exec(summary)?.[1] ?? NaN);
  } finally {
    await context.close();
  }
}

describe('Pagefind alone, the floor under the typed query', () => {
  it.each(['CBM 8', 'Hamburg', 'Mellieħa'])('finds what the search page finds for %s, and times it', async (query) => {
    const alone = await pagefindAlone(browser, server.url, query, 6);
    expect(alone.results).toBeGreaterThan(0);
    expect(alone.results).toBe(await shownCount(query));
    for (const ms of [alone.ms, alone.firstMs]) {
      expect(Number.isFinite(ms)).toBe(true);
      expect(ms).toBeGreaterThan(0);
    }
  });

  it('runs in a page without the site scripts', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(`${server.url}/robots.txt`);
      expect(scripts).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
