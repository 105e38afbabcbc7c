/**
 * The built site in a real browser: navigation a diplomat would take, accessibility (axe-core,
 * WCAG 2.2 AA) in light and dark mode, and screenshots at phone and desktop widths, written to
 * test-results/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/bench/browser.ts';
import { serveDist } from '../../scripts/bench/server.ts';

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

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return { page, context };
}

const PAGES = [
  '/',
  '/matrix/',
  '/timeline/',
  '/sources/conflicts/',
  '/decisions/',
  '/decisions/pc-1202/',
  '/cbms/',
  '/cbms/15/',
  '/documents/minsk-declaration-2017/',
  '/events/2025-01-29-ukraine-cyber-incident-classification-workshop/',
  '/activities/ncis-severity-scales-project/',
  '/bodies/',
  '/bodies/transnational-threats-department/',
  '/states/ukraine/',
  '/sources/unidir-cyber-policy-portal-osce/',
];

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

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no violations in ${colorScheme} mode`, async () => {
      const found: string[] = [];
      for (const path of PAGES) {
        const { page, context } = await open(path, { colorScheme });
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        for (const v of result.violations) found.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
        await context.close();
      }
      expect(found).toEqual([]);
    });
  }
});

describe('screenshots', () => {
  it('writes the home, a CBM card and the matrix at 375 px and 1280 px, light and dark', async () => {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const [name, path] of [['home', '/'], ['cbm-15', '/cbms/15/'], ['matrix', '/matrix/'], ['pc-1202', '/decisions/pc-1202/']] as const) {
          const { page, context } = await open(path, { width, colorScheme });
          await page.screenshot({ path: `${SHOTS}/${name}-${width}-${colorScheme}.png`, fullPage: true });
          await context.close();
        }
      }
    }
    // At 375 px the page itself does not scroll sideways; only the matrix's own region may.
    const { page, context } = await open('/matrix/', { width: 375 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
