/**
 * The performance budget, in sizes (timing belongs to `npm run bench`, never to a test):
 * content pages stay small, load one shared stylesheet and no JavaScript but the tiny /site.js.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const CONTENT = /^(decisions|cbms|documents|events|activities|bodies|states|sources)\/[^/]+\/index\.html$/;
/** Budgets: HTML+CSS per content page, gzip; the shared stylesheet; the one small script. */
const PAGE_GZIP_BUDGET = 8 * 1024;
/**
 * Pages that were already above 8 KB when that budget was set (the longest decision, and the list of
 * every source conflict, which grows with the record). Named so that no other page may pass 8 KB and
 * these two may not pass 8.5 KB; split or trim them, then remove them from this list.
 */
const OVER_BUDGET: Record<string, number> = {
  'decisions/pc-1106/index.html': 8.5 * 1024,
  'sources/conflicts/index.html': 8.5 * 1024,
};
const CSS_GZIP_BUDGET = 4 * 1024;
const SITE_JS_GZIP_BUDGET = 1024;

const pages = htmlFiles(dist).filter((f) => CONTENT.test(relative(dist, f)));
const gz = (buf: Buffer | string) => gzipSync(buf).length;

describe('performance budget (sizes)', () => {
  it('has content pages to measure', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('links one small shared stylesheet from every page, and nothing inlines styles', () => {
    const sheets = new Set<string>();
    for (const f of htmlFiles(dist)) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) sheets.add(m[1]!);
      expect(html, relative(dist, f)).not.toMatch(/<style[\s>]/);
    }
    expect([...sheets].filter((s) => !s.startsWith('/pagefind/'))).toEqual(['/site.css']);
    expect(gz(readFileSync(join(dist, 'site.css')))).toBeLessThan(CSS_GZIP_BUDGET);
  });

  it('keeps every content page under 8 KB of HTML+CSS, gzip (minified CSS)', () => {
    const css = gz(readFileSync(join(dist, 'site.css')));
    const over = pages.map((f) => [relative(dist, f), gz(readFileSync(f)) + css] as const).filter(([page, size]) => size > (OVER_BUDGET[page] ?? PAGE_GZIP_BUDGET));
    expect(over).toEqual([]);
  });

  it('loads no JavaScript on content pages but /site.js, which stays tiny and fetches no Pagefind file', () => {
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !attrs.includes('application/ld+json'));
      expect(scripts.map((a) => /src="([^"]+)"/.exec(a)?.[1] ?? 'inline'), relative(dist, f)).toEqual(['/site.js']);
    }
    const siteJs = readFileSync(join(dist, 'site.js'));
    expect(gz(siteJs)).toBeLessThan(SITE_JS_GZIP_BUDGET);
    // Pagefind is only imported behind ?highlight= (a page opened from a search result).
    expect(siteJs.toString()).toMatch(/has\(["']highlight["']\)\)?\s*(\{|&&)\s*import\(["']\/pagefind\//);
  });
});
