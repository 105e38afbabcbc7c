/**
 * The built site in a real browser: navigation a diplomat would take, compare's address, the wide
 * layout's rail, and screenshots at phone and desktop widths, written to test-results/screenshots/
 * for a person to look at. Accessibility is tested in accessibility.test.ts.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { DIST, htmlFiles } from '../helpers/dist.ts';
import { serveDist } from '../../scripts/lib/server.ts';

const SHOTS = 'test-results/screenshots';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  path: string,
  options: { colorScheme?: 'light' | 'dark'; width?: number } = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return { page, context };
}

describe('navigation', () => {
  it('goes home → CBM 15 → the measure in its decision', async () => {
    const { page, context } = await open('/');
    await page.getByRole('link', { name: 'CBM 15', exact: true }).first().click();
    await page.waitForURL('**/cbms/15/');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^CBM 15/);
    await page.getByRole('link', { name: 'PC 1202, measure 15' }).click();
    await page.waitForURL('**/decisions/pc-1202/#cbm-15');
    const heading = page.locator('#cbm-15');
    await expect(heading.textContent()).resolves.toMatch(/^CBM 15/);
    const box = await heading.boundingBox();
    expect(box && box.y).toBeLessThan(200); // scrolled to the measure
    await context.close();
  });

  it('reaches the matrix cell CBM 15 × PC 1202 and follows it to the anchor', async () => {
    const { page, context } = await open('/matrix/');
    const row = page.getByRole('row', { name: /CBM 15/ });
    await row.getByRole('link', { name: 'introduced' }).click();
    await page.waitForURL('**/decisions/pc-1202/#cbm-15');
    await context.close();
  });
});

describe('compare', () => {
  const headings = (page: Page) => page.locator('#compare-result thead th a').allTextContents();

  it('draws the items named in the address, keeps a new choice in the address, and goes back', async () => {
    const { page, context } = await open('/compare/?items=decisions/pc-1106,decisions/pc-1202');
    await page.locator('#compare-result table').waitFor();
    await expect(headings(page)).resolves.toEqual(['PC 1106', 'PC 1202']);
    await expect(page.locator('#compare-0').inputValue()).resolves.toBe('decisions/pc-1106');
    const introduced = page.locator('#compare-result tr', { hasText: 'Measures introduced' });
    const second = await introduced.locator('td').nth(1).locator('a').allTextContents();
    expect(second.map((t) => t.split(':')[0])).toEqual(['CBM 12', 'CBM 13', 'CBM 14', 'CBM 15', 'CBM 16']);

    await page.locator('#compare-2').selectOption('states/austria');
    await page.waitForURL('**/compare/?items=decisions/pc-1106,decisions/pc-1202,states/austria');
    await expect(headings(page)).resolves.toEqual(['PC 1106', 'PC 1202', 'Austria']);

    await page.reload();
    await page.locator('#compare-result table').waitFor();
    await expect(headings(page)).resolves.toEqual(['PC 1106', 'PC 1202', 'Austria']);
    await expect(page.locator('#compare-2').inputValue()).resolves.toBe('states/austria');

    await page.goBack();
    await page.waitForURL('**/compare/?items=decisions/pc-1106,decisions/pc-1202');
    await expect(headings(page)).resolves.toEqual(['PC 1106', 'PC 1202']);
    await context.close();
  });

  it('asks for a second item when the address names one, and ignores unknown items', async () => {
    const { page, context } = await open('/compare/?items=decisions/pc-1106,decisions/nope');
    await page.waitForFunction(() => document.getElementById('compare-status')?.textContent !== '');
    await expect(page.locator('#compare-status').textContent()).resolves.toBe('Choose at least two items to compare.');
    await expect(page.locator('#compare-result table').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('screenshots and layout', () => {
  it('writes the home, a CBM card, a decision and the matrix at 375, 1280 and 1600 px, light and dark', async () => {
    for (const width of [375, 1280, 1600]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const [name, path] of [
          ['home', '/'],
          ['cbm-15', '/cbms/15/'],
          ['matrix', '/matrix/'],
          ['pc-1202', '/decisions/pc-1202/'],
        ] as const) {
          const { page, context } = await open(path, { width, colorScheme });
          await page.screenshot({ path: `${SHOTS}/${name}-${width}-${colorScheme}.png`, fullPage: true });
          await context.close();
        }
      }
    }
  });

  it('at 375 px the page itself never scrolls sideways (only the matrix region may)', async () => {
    for (const path of [
      '/cbms/15/',
      '/decisions/pc-1202/',
      '/matrix/',
      '/',
      '/crosswalk/',
      '/glossary/ict/',
      '/states/austria/',
      '/compare/?items=decisions/pc-1106,decisions/pc-1202,states/austria',
      '/frameworks/un-gge-2015/',
    ]) {
      const { page, context } = await open(path, { width: 375 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expect(page.locator('.toc').isVisible(), path).resolves.toBe(false);
      await context.close();
    }
  });

  it('from 1280 px puts "On this page" and Cite this in a rail right of the text, and the header on one line', async () => {
    for (const width of [1280, 1600]) {
      const { page, context } = await open('/decisions/pc-1202/', { width });
      const text = (await page.locator('.body').boundingBox())!;
      const toc = (await page.locator('.toc').boundingBox())!;
      const cite = (await page.locator('.rail .cite').boundingBox())!;
      expect(toc.x, `${width}`).toBeGreaterThan(text.x + text.width);
      expect(cite.x).toBe(toc.x);
      expect(toc.y).toBeLessThan(text.y); // beside the top of the entry, not after its body
      await expect(
        page
          .getByRole('navigation', { name: 'On this page' })
          .getByRole('link', { name: /CBM 15/ })
          .getAttribute('href'),
      ).resolves.toBe('#cbm-15');
      // Header: brand, navigation and search field on one line.
      const nav = (await page.locator('.site-header .main-nav').boundingBox())!;
      const search = (await page.locator('.site-search').boundingBox())!;
      expect(Math.abs(search.y + search.height / 2 - (nav.y + nav.height / 2)), `${width}`).toBeLessThan(8);
      // Scrolled to a measure, the rail stays in view and marks that section.
      await page.evaluate(() => document.getElementById('cbm-15')!.scrollIntoView());
      await expect.poll(() => page.locator('.toc a[aria-current]').getAttribute('href')).toBe('#cbm-15');
      const stuck = (await page.locator('.toc').boundingBox())!;
      expect(stuck.y).toBeGreaterThanOrEqual(0);
      await context.close();
    }
  });

  it('keeps the rail (positioned beside the entry) within the entry on every citable page at 1280 px', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const paths = htmlFiles()
      .map((f) => `/${relative(DIST, f).replace(/index\.html$/, '')}`)
      .filter((p) => /^\/(decisions|cbms|documents|events)\/[^/]+\/$/.test(p));
    expect(paths.length).toBeGreaterThan(20);
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(server.url + path);
      const over = await page.evaluate(() => {
        const rail = document.querySelector('.rail');
        const article = document.querySelector('main > article');
        return rail?.lastElementChild && article
          ? rail.lastElementChild.getBoundingClientRect().bottom - article.getBoundingClientRect().bottom
          : 0;
      });
      if (over > 0) overflowing.push(`${path} (${Math.round(over)} px)`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });
});
