/**
 * Search in a real browser (Debian's Chromium via Playwright) against the built site and its
 * Pagefind index, served on 127.0.0.1.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { drawAll, loadAll, openFacets, openSearch, shownResults } from '../helpers/search-page.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let context: BrowserContext;
const problems: string[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  context = await browser.newContext();
  context.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens /search/ with a query string and waits until the results are drawn. */
async function searchPage(query: string): Promise<Page> {
  const page = await openSearch(context, server.url, query);
  page.on('pageerror', (e) => problems.push(String(e)));
  return page;
}
const hrefs = (page: Page) =>
  page.$$eval('.result-link', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const types = (page: Page) => page.$$eval('.result .type', (s) => s.map((x) => x.textContent));

async function typeQuery(page: Page, text: string) {
  const before = await page.textContent('#search-summary');
  await page.fill('#q', text);
  await page.waitForFunction((b) => document.getElementById('search-summary')?.textContent !== b, before);
  await page.waitForFunction((t) => document.getElementById('search-summary')?.textContent?.includes(`“${t}”`), text);
}

describe('search', () => {
  it('finds CBM 16 among the first three results for "vulnerabilities"', async () => {
    const page = await searchPage('');
    await typeQuery(page, 'vulnerabilities');
    expect((await hrefs(page)).slice(0, 3)).toContain('/cbms/16/');
    expect(page.url()).toContain('?q=vulnerabilities');
    await page.close();
  });

  it('links a paragraph hit for "vulnerabilities" to the measure or its anchor in PC 1202', async () => {
    const page = await searchPage('?q=vulnerabilities');
    const links = await page.$$eval('.result-link, .sub-link', (as) =>
      as.map((a) => {
        const u = new URL((a as HTMLAnchorElement).href);
        return u.pathname + u.hash;
      }),
    );
    expect(links.some((l) => l === '/cbms/16/' || l === '/decisions/pc-1202/#cbm-16')).toBe(true);
    const subs = await page.$$eval('.sub-link', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(subs).toContain('#cbm-16');
    // Heading permalinks (§) stay out of sub-result titles and excerpts.
    const texts = await page.$$eval('.sub-link, .result-excerpt', (els) => els.map((e) => e.textContent ?? ''));
    expect(texts.filter((t) => /Link to this section|§/.test(t))).toEqual([]);
    expect(await page.$$eval('.result-excerpt mark', (m) => m.length)).toBeGreaterThan(0);
    await page.close();
  });

  it('puts MC 5/16 first for "Hamburg", and both terrorism decisions first for "terrorist purposes"', async () => {
    let page = await searchPage('?q=Hamburg');
    expect((await hrefs(page))[0]).toBe('/decisions/mc-5-16/');
    await page.close();
    page = await searchPage('?q=terrorist+purposes');
    // The 2005 expert workshop under MC.DEC/3/04 bears nearly that decision's title, so the two
    // decisions are in the top three rather than the top two.
    expect((await hrefs(page)).slice(0, 3)).toEqual(
      expect.arrayContaining(['/decisions/mc-3-04/', '/decisions/mc-7-06/']),
    );
    await page.close();
  });

  it('resolves OSCE symbols in every common spelling', async () => {
    for (const [q, first] of [
      ['Decision No. 1202', '/decisions/pc-1202/'],
      ['PC.DEC/1202', '/decisions/pc-1202/'],
      ['Decision 1202', '/decisions/pc-1202/'],
      ['1202', '/decisions/pc-1202/'],
      ['MC.DEC/5/16', '/decisions/mc-5-16/'],
      ['5/16', '/decisions/mc-5-16/'],
    ]) {
      const page = await searchPage(`?q=${encodeURIComponent(q!)}`);
      expect((await hrefs(page))[0], q).toBe(first);
      await page.close();
    }
  });

  it('finds a source by its name, beside the entries that cite it, with no excerpt repeating the name', async () => {
    // Serbia's CBM 9 website: its page indexes its name only, weighted low (a page with no indexed
    // words would be left out of the index altogether). The relevance set checks that sources
    // never take the record's place on topical queries.
    const page = await openSearch(
      context,
      server.url,
      `?q=${encodeURIComponent("Serbia's website national terminologies")}`,
    );
    const shown = await shownResults(page);
    const source = shown.find((r) => r.path === '/sources/cbm9-gov-rs/');
    expect(source, JSON.stringify(shown)).toMatchObject({ type: 'Source', excerpt: '' });
    expect(shown.slice(0, 3).map((r) => r.path)).toEqual(
      expect.arrayContaining(['/cbms/9/', '/activities/serbia-cbm9-terminology-sponsorship/']),
    );
    await page.close();
  });

  it('loads /search/?q=Sofia with results, MC 3/04 first', async () => {
    const page = await searchPage('?q=Sofia');
    expect(await page.inputValue('#q')).toBe('Sofia');
    expect((await hrefs(page))[0]).toBe('/decisions/mc-3-04/');
    await page.close();
  });

  it('narrows to CBMs with the type filter, keeps it in the URL, and the back button undoes it', async () => {
    const page = await searchPage('?q=critical+infrastructure');
    const all = await types(page);
    expect(new Set(all).size).toBeGreaterThan(1);
    await openFacets(page);
    await page.check('#f-type-CBM');
    await page.waitForURL(/type=CBM/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.result .type')].every((t) => t.textContent === 'CBM'),
    );
    expect(new Set(await types(page))).toEqual(new Set(['CBM']));
    expect(await page.textContent('label[for="f-type-CBM"]')).toMatch(/CBM \(\d+\)/);
    await page.goBack();
    await page.waitForFunction(
      () => new Set([...document.querySelectorAll('.result .type')].map((t) => t.textContent)).size > 1,
    );
    expect(page.url()).not.toContain('type=');
    await page.close();
  });

  it('orders by date, newest first, when the reader chooses date', async () => {
    const page = await searchPage('?q=security');
    await page.click('button[data-sort="date"]');
    await page.waitForURL(/sort=date/);
    await page.waitForFunction(
      () => document.querySelector('button[data-sort="date"]')?.getAttribute('aria-pressed') === 'true',
    );
    await page.waitForTimeout(300);
    const dates = await page.$$eval('.result', (rs) => rs.map((r) => r.getAttribute('data-date') ?? ''));
    const dated = dates.filter((d) => d && d !== '0000');
    expect(dated.length).toBeGreaterThan(3);
    expect(dated).toEqual([...dated].sort().reverse());
    await page.close();
  });

  it('lists every event for an empty query with the type filter Event', async () => {
    const page = await searchPage('?type=Event');
    await loadAll(page);
    const found = await hrefs(page);
    // Every event file, newest first (file names begin with the start date).
    const events = readdirSync('content/events')
      .map((f) => f.replace(/\.mdx$/, ''))
      .sort()
      .reverse();
    expect(found).toHaveLength(events.length);
    expect(found.every((h) => h.startsWith('/events/'))).toBe(true);
    expect(found[0]).toBe(`/events/${events[0]}/`);
    await page.close();
  });

  it('says so when nothing matches, and points to the index pages', async () => {
    const page = await searchPage('?q=zzqxjw');
    expect(await page.textContent('#search-status')).toContain('No results');
    expect(await page.isVisible('#search-none')).toBe(true);
    await page.close();
  });

  it('moves through results with the arrow keys; Enter opens one', async () => {
    const page = await searchPage('?q=measures');
    await page.focus('#q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.$$eval('.result-link', (as) => (as[1] as HTMLAnchorElement).href);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForURL(second);
    await page.close();
  });

  it('announces the result count to screen readers', async () => {
    const page = await searchPage('?q=Ukraine');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.textContent('#search-status')).toMatch(/^\d+ results? for “Ukraine”/);
    await page.close();
  });

  it('has no axe violations with results shown, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme });
      const page = await ctx.newPage();
      await page.goto(`${server.url}/search/?q=critical+infrastructure`);
      await page.waitForSelector('.result-link');
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
      await ctx.close();
    }
  });

  it('works under the CSP with no script or console error', () => {
    expect(problems.filter((p) => !p.includes('favicon'))).toEqual([]);
  });
});

/** The facet labels as shown ("CBM (3)"), per facet, read in the page. */
const facetSnapshot = () =>
  Object.fromEntries(
    [...document.querySelectorAll('#facets fieldset')].map((f) => [
      (f as HTMLElement).dataset['facet'],
      [...f.querySelectorAll('.facet label')].map((l) => l.textContent?.trim()),
    ]),
  );

describe('what the index holds and how results read', () => {
  it('opens the excerpt for "vulnerabilities" in CBM 16\'s prose, without its number, type or title, and keeps link lists out', async () => {
    const page = await searchPage('?q=vulnerabilities');
    const shown = await shownResults(page);
    expect(shown[0]!.path).toBe('/cbms/16/');
    expect(shown[0]!.excerpt).not.toMatch(/^\s*(16\b|CBM\b|Responsible reporting of vulnerabilities)/);
    // No sub-result is a related-measures list or any other list of links.
    const subs = await page.$$eval('.sub-link', (as) => as.map((a) => a.textContent ?? ''));
    expect(subs.filter((t) => /Related measures|References|Referenced by|Provenance|Cite/.test(t))).toEqual([]);
    await page.close();
  });

  it('does not find a page by the titles it only links to', async () => {
    // CBM 14 and CBM 4 list CBM 16 under "Related measures": that list is not their text.
    const page = await searchPage('?q=%22Responsible+reporting+of+vulnerabilities%22');
    const paths = (await shownResults(page)).map((r) => r.path);
    expect(paths).toContain('/cbms/16/');
    expect(paths).not.toContain('/cbms/4/');
    await page.close();
  });

  it("reads in heading order: one h1, then h2, then the results' h3", async () => {
    const page = await searchPage('?q=incident');
    const levels = await page.$$eval('main h1, main h2, main h3, main h4', (hs) =>
      hs
        .filter((h) => (h as HTMLElement).offsetParent !== null || h.closest('.visually-hidden'))
        .map((h) => Number(h.tagName[1])),
    );
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i}`).toBeLessThanOrEqual(1));
    await page.close();
  });
});

describe('facets', () => {
  it('shows with the first result the counts it keeps, when filters are chosen, results are by date or the reader browses', async () => {
    for (const query of ['?q=vulnerabilities&type=CBM', '?q=critical+infrastructure&sort=date', '?type=Decision']) {
      const page = await context.newPage();
      // Record the facets at the very mutation that adds the first result.
      await page.addInitScript(
        `(${((snap: string) => {
          const take = new Function(`return (${snap})()`) as () => unknown;
          new MutationObserver((_, observer) => {
            if (document.querySelector('#results .result-link')) {
              (window as unknown as { firstFacets: unknown }).firstFacets = take();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        }).toString()})(${JSON.stringify(facetSnapshot.toString())})`,
      );
      await page.goto(`${server.url}/search/${query}`);
      await page.waitForSelector('.result-link');
      await page.waitForLoadState('networkidle');
      const first = await page.evaluate(() => (window as unknown as { firstFacets: unknown }).firstFacets);
      const final = await page.evaluate(facetSnapshot);
      expect(first, query).toEqual(final);
      const all = Object.values(final as Record<string, string[]>).flat();
      expect(all.length, query).toBeGreaterThan(0);
      // Every value shown has results under the query: no "(0)".
      expect(
        all.filter((l) => l?.endsWith('(0)')),
        query,
      ).toEqual([]);
      await page.close();
    }
  });

  it("is one button for a search by relevance with no filter, which fetches neither the facet file nor Pagefind's filters, and opens on a click with the same counts", async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/search/?q=vulnerabilities`);
    await page.waitForSelector('.result-link');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#facets fieldset').count()).toBe(0);
    const button = page.locator('#facets [data-open-facets]');
    expect(await button.textContent()).toBe('Filter by type, year, body or measure');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(
      requests.filter((p) => p.startsWith('/pagefind/cybercbm-facets') || p.startsWith('/pagefind/filter/')),
    ).toEqual([]);
    const before = await hrefs(page);
    await button.click();
    await page.waitForSelector('#facets fieldset');
    // Focus moves into the facets; the results are the same, and the counts are the query's.
    expect(await page.evaluate(() => document.activeElement?.closest('#facets') !== null)).toBe(true);
    expect(await hrefs(page)).toEqual(before);
    expect(requests.filter((p) => p === '/pagefind/cybercbm-facets.json')).toHaveLength(1);
    const counts = (await page.evaluate(facetSnapshot)) as Record<string, string[]>;
    const typeTotal = counts['type']!.reduce((n, l) => n + Number(/\((\d+)\)$/.exec(l)?.[1] ?? 0), 0);
    expect(typeTotal).toBe(Number(/^(\d+)/.exec((await page.textContent('#search-status')) ?? '')?.[1]));
    // Opened, they stay open for the next query.
    await typeQuery(page, 'incident');
    expect(await page.locator('#facets fieldset').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('sorts values by count, shows at most ten of any facet until asked, and narrows a long one as the reader types', async () => {
    const page = await searchPage('');
    await openFacets(page);
    const lists = await page.$$eval('#facets fieldset', (fs) =>
      fs.map((f) => ({
        key: (f as HTMLElement).dataset['facet'],
        counts: [...f.querySelectorAll('.facet .count')].map((c) => Number(c.textContent?.replace(/\D/g, ''))),
      })),
    );
    for (const { key, counts } of lists) {
      expect(counts.length, key).toBeLessThanOrEqual(10);
      expect(counts, key).toEqual([...counts].sort((a, b) => b - a));
    }
    const body = page.locator('fieldset[data-facet="body"]');
    const collapsed = await body.locator('.facet').count();
    await body.locator('button[data-expand]').click();
    expect(await body.locator('.facet').count()).toBeGreaterThan(collapsed);
    expect(await body.locator('button[data-expand]').getAttribute('aria-expanded')).toBe('true');
    await body.locator('input.facet-narrow').fill('council');
    const labels = await body.locator('.facet label').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => /council/i.test(l))).toBe(true);
    await page.close();
  });

  it('keeps chosen values in the URL and restores them on reload', async () => {
    const page = await searchPage('?q=security');
    await openFacets(page);
    // With eleven types the Type facet is long: its rarer values sit behind "Show all".
    if (!(await page.isVisible('#f-type-Decision'))) await page.click('[data-expand="type"]');
    await page.check('#f-type-Decision');
    await page.waitForURL(/type=Decision/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.result .type')].every((t) => t.textContent === 'Decision'),
    );
    await page.reload();
    await page.waitForSelector('.result-link');
    expect(await page.isChecked('#f-type-Decision')).toBe(true);
    expect(new Set(await types(page))).toEqual(new Set(['Decision']));
    await page.close();
  });
});

describe('search loading', () => {
  it('uses the preloaded Pagefind files (script, entry, WebAssembly, metadata) once each, browses from the head without the facet file, never fetches the filter indexes, and fetches fragments only for results near the screen', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await ctx.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/search/`);
    await page.waitForSelector('.result-link');
    await page.waitForLoadState('networkidle');
    // The metadata file's name carries the index's hash: the build writes its preload into the page.
    const meta = await page.$$eval('link[rel="preload"]', (links) =>
      links.map((l) => new URL((l as HTMLLinkElement).href).pathname).filter((p) => p.endsWith('.pf_meta')),
    );
    expect(meta).toHaveLength(1);
    for (const file of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en-gb.pagefind',
      '/search-facets.js',
      ...meta,
    ]) {
      expect(
        requests.filter((p) => p === file),
        file,
      ).toHaveLength(1);
    }
    // The facets come from the build's table: Pagefind's filter indexes are never fetched; browsing
    // ranks nothing by role, so no roles file either.
    expect(requests.filter((p) => p.startsWith('/pagefind/filter/'))).toEqual([]);
    expect(requests.filter((p) => p.startsWith('/pagefind/cybercbm-'))).toEqual([]);
    const fragments = () => requests.filter((p) => p.startsWith('/pagefind/fragment/')).length;
    // Every indexed page matches an empty query; a phone screen shows a few of the first ten.
    expect(fragments()).toBeGreaterThan(0);
    expect(fragments()).toBeLessThan(10);
    const before = fragments();
    expect(await page.locator('#results .result-pending').count()).toBeGreaterThan(0);
    await page.locator('#load-more').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('#results .result-pending').length === 0);
    expect(fragments()).toBeGreaterThan(before);
    // "Load more" orders the rest newest first with the facet file, and the first ten stay where they were.
    const firstTen = await hrefs(page);
    await page.click('#load-more');
    await page.waitForFunction(() => document.querySelectorAll('#results > li').length === 20);
    await drawAll(page);
    expect((await hrefs(page)).slice(0, 10)).toEqual(firstTen);
    const dates = await page.$$eval('#results > li', (rs) => rs.map((r) => r.getAttribute('data-date') ?? ''));
    expect(dates.filter((d) => !/^\d{4}(-\d{2}){0,2}$/.test(d))).toEqual([]);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(requests.filter((p) => p === '/pagefind/cybercbm-facets.json')).toHaveLength(1);
    await ctx.close();
  });

  it("works when the host sends Pagefind's gzip files with Content-Encoding: gzip (README, Hosting)", async () => {
    const encoded = await serveDist(undefined, { gzip: true, pagefindEncoding: true });
    const ctx = await browser.newContext();
    const errors: string[] = [];
    ctx.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    try {
      const page = await ctx.newPage();
      const encodings = new Map<string, string | undefined>();
      page.on('response', (r) => {
        const path = new URL(r.url()).pathname;
        if (/\.(pf_meta|pf_index|pf_fragment|pagefind)$/.test(path))
          encodings.set(path, r.headers()['content-encoding']);
      });
      await page.goto(`${encoded.url}/search/?q=vulnerabilities`);
      await page.waitForSelector('.result-link');
      expect((await hrefs(page)).slice(0, 3)).toContain('/cbms/16/');
      const kinds = new Set([...encodings.keys()].map((p) => p.replace(/.*\./, '')));
      expect(kinds).toEqual(new Set(['pf_meta', 'pf_index', 'pf_fragment', 'pagefind']));
      expect(new Set(encodings.values())).toEqual(new Set(['gzip']));
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
      await encoded.close();
    }
  });

  it('takes its space from the first paint: no layout shift on /search/?q=incident', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}/search/?q=incident`);
    await page.waitForSelector('.result-link');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.02);
    await page.close();
  });

  it('saves screenshots of a query and of browsing at 375 and 1280 px', async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    for (const width of [375, 1280]) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      for (const [name, query] of [
        ['vulnerabilities', '?q=vulnerabilities'],
        ['browse', ''],
      ] as const) {
        const page = await ctx.newPage();
        await page.goto(`${server.url}/search/${query}`);
        await page.waitForSelector('.result-link');
        await page.waitForLoadState('networkidle');
        // Results further down are drawn as they near the screen: scroll through them first.
        await drawAll(page);
        const file = `test-results/screenshots/search-${name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(10_000);
        await page.close();
      }
      await ctx.close();
    }
  });
});

describe('search from every page', () => {
  it('loads no Pagefind file on a content page, and "/" focuses the header field, which opens /search/?q=', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/cbms/15/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    // Focus on the header field prefetches Pagefind's script and WebAssembly for the search page.
    const prefetched = page.waitForRequest((r) => new URL(r.url()).pathname === '/pagefind/wasm.en-gb.pagefind');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    await prefetched;
    expect(requests).toContain('/pagefind/pagefind.js');
    await page.keyboard.type('Hamburg');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Hamburg/);
    await page.waitForSelector('.result-link');
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    await page.close();
  });

  it('highlights the hit on the page a result opens', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/cbms/16/?highlight=vulnerabilities`);
    await page.waitForSelector('mark');
    expect((await page.textContent('mark'))?.toLowerCase()).toContain('vulnerabilit');
    await page.close();
  });

  it('tells a reader without JavaScript that search needs it, and links the index pages', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/search/?q=Hamburg`);
    expect(await page.textContent('noscript')).toContain('Search needs JavaScript');
    expect(await page.isVisible('#search-empty a[href="/decisions/"]')).toBe(true);
    await ctx.close();
  });
});
