/**
 * Reading the search page as a reader sees it: open /search/?q=… and wait for its answer.
 * Shared by the browser tests of search and relevance.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ShownResult {
  /** The result's path, e.g. `/cbms/16/`. */
  path: string;
  title: string;
  type: string;
  excerpt: string;
}

/** Opens `/search/` with a query string on a new page and waits until the answer is drawn. */
export async function openSearch(context: BrowserContext, base: string, query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/search/${query}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
  return page;
}

/** The results on screen, in order, with what a reader reads of each. */
export function shownResults(page: Page): Promise<ShownResult[]> {
  return page.$$eval('#results > .result:not(.result-pending)', (items) =>
    items.map((li) => ({
      path: new URL((li.querySelector('.result-link') as HTMLAnchorElement).href).pathname,
      title: li.querySelector('.result-link')?.textContent ?? '',
      type: li.querySelector('.type')?.textContent ?? '',
      excerpt: li.querySelector(':scope > .result-excerpt')?.textContent ?? '',
    })),
  );
}

/** Scrolls through the result list, so that every placeholder is drawn, and back to the top. */
export async function drawAll(page: Page): Promise<void> {
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 300) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(20);
  }
  await page.waitForFunction(() => document.querySelectorAll('#results .result-pending').length === 0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Clicks "Load more" until every result is listed, then draws them all. */
export async function loadAll(page: Page): Promise<void> {
  for (let i = 0; i < 100 && (await page.isVisible('#load-more')); i++) {
    const before = await page.locator('#results > li').count();
    await page.click('#load-more');
    await page.waitForFunction((n) => document.querySelectorAll('#results > li').length > n, before);
  }
  await drawAll(page);
}

/** Opens the facets, which a search by relevance with no filter leaves as one button, and waits until they are drawn. */
export async function openFacets(page: Page): Promise<void> {
  if (await page.isVisible('#facets [data-open-facets]')) await page.click('#facets [data-open-facets]');
  await page.waitForSelector('#facets fieldset');
}
