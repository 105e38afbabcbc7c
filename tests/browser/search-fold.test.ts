/**
 * Folding in the browser, on the built site: every word of the record holding a letter Pagefind
 * does not fold (collected from content/ by tests/helpers/folded-names.ts, not listed by hand) is
 * found typed in ASCII, as typed with its real letters, and its excerpts keep the real spelling.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { foldedNames } from '../helpers/folded-names.ts';
import { openSearch, shownResults, type ShownResult } from '../helpers/search-page.ts';

const NAMES = foldedNames();
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let context: BrowserContext;
const found = new Map<string, { real: ShownResult[]; folded: ShownResult[] }>();

async function results(q: string): Promise<ShownResult[]> {
  const page = await openSearch(context, server.url, `?q=${encodeURIComponent(q)}`);
  const shown = await shownResults(page);
  await page.close();
  return shown;
}

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  context = await browser.newContext();
  for (const name of NAMES)
    found.set(name.word, { real: await results(name.word), folded: await results(name.folded) });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('names with letters Pagefind does not fold', () => {
  it('are collected from the content', () => {
    expect(NAMES.map((n) => n.word)).toEqual(expect.arrayContaining(['Łódź', 'Mellieħa', 'Szczygieł']));
  });

  it('are found by their real spelling, on pages whose files hold them', () => {
    for (const name of NAMES) {
      const { real } = found.get(name.word)!;
      expect(real.length, name.word).toBeGreaterThan(0);
      expect(name.pages, name.word).toContain(real[0]!.path);
    }
  });

  it('are found typed in ASCII: the first page of the real spelling comes first, or in the top three if several pages hold the name', () => {
    for (const name of NAMES) {
      const { real, folded } = found.get(name.word)!;
      const rank = folded.findIndex((r) => r.path === real[0]!.path) + 1;
      const paths = real.filter((r) => name.pages.includes(r.path)).length;
      expect(rank, `${name.folded}: ${folded.map((r) => r.path).join(', ')}`).toBeGreaterThanOrEqual(1);
      expect(rank, `${name.folded}: ${folded.map((r) => r.path).join(', ')}`).toBeLessThanOrEqual(paths > 1 ? 3 : 1);
      // Typed in ASCII, the name finds every page its real spelling finds.
      expect(
        folded.map((r) => r.path),
        name.folded,
      ).toEqual(expect.arrayContaining(real.map((r) => r.path)));
    }
  });

  it('keep their real spelling in excerpts', () => {
    for (const name of NAMES)
      for (const r of [...found.get(name.word)!.real, ...found.get(name.word)!.folded])
        expect(r.excerpt, `${name.folded} → ${r.path}`).not.toContain(name.folded);
  });
});
