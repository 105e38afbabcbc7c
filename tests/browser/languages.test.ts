/**
 * The six languages in a real browser: Russian search finds a decision by the city where it was
 * adopted (with Russian stemming), the phone header stays under 100 px with its menu working
 * without JavaScript, and a measure prints as a briefing of at most two A4 pages in every language.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { parseFrontmatter } from '../../src/lib/check/frontmatter.ts';
import { LOCALES, localePath } from '../../src/lib/i18n/locales.ts';
import { openFacets, shownResults } from '../helpers/search-page.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The Russian venue of each decision, from its translation, and the decisions adopted there. */
const venues = new Map<string, string[]>();
for (const id of ['mc-3-04', 'mc-5-16', 'mc-5-17', 'mc-7-06', 'pc-1039', 'pc-1063', 'pc-1106', 'pc-1202']) {
  const { data } = parseFrontmatter(readFileSync(`content/translations/ru/decisions/${id}.mdx`, 'utf8')) as {
    data: { venue: string };
  };
  venues.set(data.venue, [...(venues.get(data.venue) ?? []), id]);
}

async function searchRu(query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/ru/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
  const results = await shownResults(page);
  const lang = await page.evaluate(() => document.documentElement.lang);
  await context.close();
  return { results, lang };
}

describe('Russian search', () => {
  const unique = [...venues].filter(([, ids]) => ids.length === 1);
  it('has decisions adopted in a city of their own to look for', () => {
    expect(unique.length).toBeGreaterThanOrEqual(3);
  });
  it.each(unique)('finds the Russian page of the decision adopted in %s in the top three', async (city, ids) => {
    const { results, lang } = await searchRu(city);
    expect(lang).toBe('ru');
    expect(results.slice(0, 3).map((r) => r.path)).toContain(`/ru/decisions/${ids[0]}/`);
    // Only Russian pages: the Russian index is its own (Pagefind splits the index by <html lang>).
    expect(results.every((r) => r.path.startsWith('/ru/'))).toBe(true);
  });
  it('stems Russian: "в Гамбурге" finds the decision adopted in Гамбург', async () => {
    const hamburg = venues.get('Гамбург');
    expect(hamburg).toBeDefined();
    const { results } = await searchRu('в Гамбурге');
    expect(results.slice(0, 3).map((r) => r.path)).toContain(`/ru/decisions/${hamburg![0]}/`);
  });
  it('labels results and facets in Russian', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/ru/search/?q=${encodeURIComponent('контактные пункты')}`);
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
    expect(await page.locator('#search-summary').textContent()).toMatch(/результат/);
    expect(await page.locator('#facets [data-open-facets]').textContent()).toBe(
      'Фильтровать по типу, году, органу или мере',
    );
    await openFacets(page);
    expect(await page.locator('#facets legend').first().textContent()).toBe('Тип');
    await context.close();
  });
});

describe('the phone header', () => {
  const paths = ['/', '/cbms/8/', '/ru/cbms/8/', '/fr/cbms/8/', '/de/', '/ru/search/', '/events/'];
  it.each(paths)('is at most 100 px tall at 375 px on %s, and its menu opens without JavaScript', async (path) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + path);
    const height = await page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(100);
    await expect(page.locator('.site-search input').isVisible()).resolves.toBe(true);
    await expect(page.locator('.main-nav').isVisible()).resolves.toBe(false);
    await page.locator('.menu summary').click();
    await expect(page.locator('.menu nav a').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
  it('keeps the desktop header as it was: the navigation in the open, no menu button', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/cbms/8/`);
    await expect(page.locator('.main-nav').isVisible()).resolves.toBe(true);
    await expect(page.locator('.menu').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

/** PDF pages in a PDF Chromium printed. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('a measure prints as a briefing', () => {
  it.each(LOCALES)(
    'CBM 8 in %s prints on at most two A4 pages, without navigation, search or buttons',
    async (locale) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url + localePath(locale, '/cbms/8/'));
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-search', '.main-nav', '.rail', '.pager', '.menu'])
        await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
      await expect(page.locator('.provenance').isVisible()).resolves.toBe(true);
      await expect(page.locator('.elements').isVisible()).resolves.toBe(true);
      await expect(page.locator('.provenance .print-only').isVisible()).resolves.toBe(true);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pdfPages(pdf), `${locale}: pages`).toBeLessThanOrEqual(2);
      await context.close();
    },
  );
});
