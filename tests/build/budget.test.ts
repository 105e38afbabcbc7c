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
// Content pages in every language: `/cbms/8/`, `/ru/cbms/8/`.
const CONTENT =
  /^(?:(?:fr|de|it|ru|es)\/)?(decisions|cbms|documents|events|activities|bodies|states|sources)\/[^/]+\/index\.html$/;
/**
 * Budgets, gzip. A content page's frame — everything but what the entry itself says (its prose, its
 * list of sources and its notes on them, which grow with the record by design) — stays under 9 KB of
 * HTML+CSS; the whole page stays under 16 KB; the shared stylesheet and the one small script below.
 */
// 9 KB: the head grew by the citation_* tags and the foot by the edit and report links (the
// README's "Performance" table says what each part of the head costs); the languages added the
// switcher, the hreflang links and the phone menu. The frame is the interface only (`frameOf`).
const FRAME_GZIP_BUDGET = 9 * 1024;
const PAGE_GZIP_BUDGET = 16 * 1024;
const CSS_GZIP_BUDGET = 4 * 1024;
const SITE_JS_GZIP_BUDGET = 1024;

// /sources/conflicts/ sits under /sources/ but is a listing of every note, not an entry page.
const pages = htmlFiles(dist).filter(
  (f) => CONTENT.test(relative(dist, f)) && !relative(dist, f).startsWith('sources/conflicts/'),
);
const gz = (buf: Buffer | string) => gzipSync(buf).length;
/**
 * A page's frame: the interface around what the entry says, in any language. Left out is the
 * entry's own text, which grows with the record (and, on a translated page, is in the reader's
 * script): its summary, its elements, the lists and history of a measure's card, its body, its
 * cross-walk items, its references and backlinks, its sources and its notes on them. The whole
 * page, with all of that, has its own budget.
 */
const frameOf = (html: string) =>
  html
    .replace(
      /(<div class="body"[^>]*>)[\s\S]*?(<\/div>\s*(?:<section aria-labelledby="crosswalk"|<div class="links"))/,
      '$1$2',
    )
    .replace(/(<section aria-labelledby="sources"[^>]*>)[\s\S]*?(<\/section>)/, '$1$2')
    .replace(/(<section aria-labelledby="source-notes"[^>]*>)[\s\S]*?(<\/section>)/, '$1$2')
    .replace(/(<p class="lead"[^>]*>)[\s\S]*?(<\/p>)/, '$1$2')
    .replace(/(<section class="elements"[^>]*>)[\s\S]*?(<\/section>)/, '$1$2')
    .replace(/(<dd class="[^"]*practice-lists[^"]*">)[\s\S]*?(<\/dd>)/g, '$1$2')
    .replace(/(<section class="provenance"[\s\S]*?<ol class="timeline">)[\s\S]*?(<\/ol>)/, '$1$2')
    .replace(/(<ul class="entry-list xw-list">)[\s\S]*?(<\/ul>)/g, '$1$2')
    .replace(/(<div class="links"[^>]*>)[\s\S]*?(<\/div>\s*<div class="rail")/, '$1$2');

describe('performance budget (sizes)', () => {
  it('has content pages to measure', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('links one small shared stylesheet from every page, and nothing inlines styles', () => {
    const sheets = new Set<string>();
    for (const f of htmlFiles(dist)) {
      const html = readFileSync(f, 'utf8');
      // The screen stylesheet, and the print one (media="print": it never delays a screen's first paint).
      for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"([^>]*)>/g))
        sheets.add(m[2]!.includes('media="print"') ? `${m[1]} (print)` : m[1]!);
      expect(html, relative(dist, f)).not.toMatch(/<style[\s>]/);
    }
    expect([...sheets].filter((s) => !s.startsWith('/pagefind/')).sort()).toEqual(['/print.css (print)', '/site.css']);
    expect(gz(readFileSync(join(dist, 'site.css')))).toBeLessThan(CSS_GZIP_BUDGET);
  });

  it("keeps every content page's frame under 9 KB of HTML+CSS and the whole page under 16 KB, gzip (minified CSS)", () => {
    const css = gz(readFileSync(join(dist, 'site.css')));
    const sizes = pages.map((f) => {
      const html = readFileSync(f, 'utf8');
      return { page: relative(dist, f), whole: gz(html) + css, frame: gz(frameOf(html)) + css };
    });
    expect(sizes.filter((s) => s.frame > FRAME_GZIP_BUDGET).map((s) => [s.page, s.frame])).toEqual([]);
    expect(sizes.filter((s) => s.whole > PAGE_GZIP_BUDGET).map((s) => [s.page, s.whole])).toEqual([]);
    // The frame really leaves out the prose: CBM 15's page without its body is smaller than with it.
    const cbm15 = sizes.find((s) => s.page === 'cbms/15/index.html')!;
    expect(cbm15.frame).toBeLessThan(cbm15.whole - 500);
  });

  it('loads no JavaScript on content pages but /site.js, which stays tiny and fetches no Pagefind file', () => {
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
        .map((m) => m[1]!)
        .filter((attrs) => !attrs.includes('application/ld+json'));
      expect(
        scripts.map((a) => /src="([^"]+)"/.exec(a)?.[1] ?? 'inline'),
        relative(dist, f),
      ).toEqual(['/site.js']);
    }
    const siteJs = readFileSync(join(dist, 'site.js'));
    expect(gz(siteJs)).toBeLessThan(SITE_JS_GZIP_BUDGET);
    // Pagefind is only imported behind ?highlight= (a page opened from a search result): its one
    // dynamic import, of Pagefind's highlighter, named by a string or by a constant holding it.
    const code = siteJs.toString();
    const guarded = /has\(["']highlight["']\)\)?\s*(?:\{|&&)\s*import\((?:["'](\/pagefind\/[^"']+)["']|(\w+))\)/.exec(
      code,
    );
    expect(guarded, 'the import behind ?highlight=').not.toBeNull();
    const specifier = guarded![1] ?? new RegExp(`\\b${guarded![2]}="([^"]+)"`).exec(code)?.[1];
    expect(specifier).toBe('/pagefind/pagefind-highlight.js');
    expect(code.match(/\bimport\(/g)).toHaveLength(1);
  });
});
