/**
 * Accessibility in a real browser: axe-core (WCAG 2.2 AA) over every kind of page, in light and in
 * dark mode. A file of its own so that it runs beside the other browser tests.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/server.ts';

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

/** One page of each kind: every index and view, and an entry of every collection. */
const PAGES = [
  '/',
  // The other languages: a home page, the measure, a decision, a glossary term, an index, search, the status page.
  '/ru/',
  '/ru/cbms/8/',
  '/fr/cbms/8/',
  '/ru/decisions/pc-1106/',
  '/ru/glossary/point-of-contact/',
  '/ru/events/',
  '/ru/search/',
  '/de/translations/',
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
  '/glossary/',
  '/glossary/point-of-contact/',
  '/crosswalk/',
  '/norms/gge-2015-13j/',
  '/frameworks/un-gge-2015/',
  '/states/',
  '/states/austria/',
  '/compare/?items=decisions/pc-1106,decisions/pc-1202',
  '/compare/decisions-pc-1106--decisions-pc-1202/',
];

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  // One test per page, each with its own time limit: the whole set takes over a minute on a busy
  // two-core machine, and a failure names its page.
  it.each(PAGES)('has no violations on %s, in light and in dark mode', async (path) => {
    const found: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    expect((await page.goto(server.url + path))?.status(), path).toBe(200);
    // One load per page, both colour schemes: the stylesheet follows prefers-color-scheme.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const v of result.violations)
        found.push(`${path} (${colorScheme}): ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
    await context.close();
    expect(found).toEqual([]);
  });

  it('tests dark mode for real: the emulated scheme changes the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url + '/cbms/15/');
    const background = async (colorScheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme });
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    expect(await background('dark')).not.toBe(await background('light'));
    await context.close();
  });
});
