/**
 * The built site in dist/ (made by `npm test`'s build step): every content file has its page,
 * measures have their anchors, pages link where they should, and internal links resolve.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { checkProject } from '../../src/adapter/content-files.ts';
import { entryUrl, indexUrl } from '../../src/lib/urls.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { FACET_FILE, readFacetTable } from '../../src/build/search-index.ts';
import { filterAndCount } from '../../src/client/search-facets.ts';
import { idsDigest } from '../../src/client/search/digest.ts';
import { splitTable } from '../../src/lib/search-facets.ts';
import { CAPABILITIES } from '../../src/schemas/capabilities.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

interface Page {
  url: string;
  ids: Set<string>;
  links: string[];
  scripts: number;
  scriptSrcs: string[];
  text: string;
}
const pages = new Map<string, Page>();

function read(path: string): Page {
  const tree: Root = fromHtml(readFileSync(path, 'utf8'));
  const rel =
    '/' +
    relative(dist, path)
      .replace(/index\.html$/, '')
      .replace(/\\/g, '/');
  const page: Page = { url: rel, ids: new Set(), links: [], scripts: 0, scriptSrcs: [], text: '' };
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text') texts.push(node.value);
    if (node.type !== 'element') return;
    const el = node as Element;
    if (typeof el.properties['id'] === 'string') page.ids.add(el.properties['id']);
    if (el.tagName === 'a' && typeof el.properties['href'] === 'string') page.links.push(el.properties['href']);
    if (el.tagName === 'script' && el.properties['type'] !== 'application/ld+json') {
      page.scripts++;
      if (typeof el.properties['src'] === 'string') page.scriptSrcs.push(el.properties['src']);
    }
  });
  page.text = texts.join(' ').replace(/\s+/g, ' ');
  return page;
}

function textOf(node: Element | Root): string {
  const parts: string[] = [];
  visit(node, 'text', (t: { value: string }) => {
    parts.push(t.value);
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const page = (url: string) => {
  const p = pages.get(url);
  if (!p) throw new Error(`no page at ${url}`);
  return p;
};

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  for (const file of htmlFiles(dist)) {
    const p = read(file);
    pages.set(p.url, p);
  }
});

describe('the built site', () => {
  it('has exactly one page for every content file, at its URL (src/lib/urls.ts)', () => {
    const { entries } = checkProject(root);
    expect(entries.length).toBeGreaterThan(100);
    for (const e of entries)
      expect(pages.has(entryUrl(e.collection, e.id)), `${e.file} → ${entryUrl(e.collection, e.id)}`).toBe(true);
    const entryPages = [...pages.keys()].filter(
      (u) => COLLECTIONS.some((c) => u.startsWith(indexUrl(c)) && u !== indexUrl(c)) && u !== '/sources/conflicts/',
    );
    expect(entryPages).toHaveLength(entries.length);
  });

  it('has a home page, an index per collection and a 404 page', () => {
    expect(page('/').links).toEqual(expect.arrayContaining(COLLECTIONS.map((c) => indexUrl(c))));
    for (const c of COLLECTIONS) expect(pages.has(indexUrl(c)), c).toBe(true);
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });

  it('gives each measure its anchor in the decision that introduced it', () => {
    const p1106 = page('/decisions/pc-1106/');
    const p1202 = page('/decisions/pc-1202/');
    for (let n = 1; n <= 11; n++) expect(p1106.ids.has(`cbm-${n}`), `cbm-${n}`).toBe(true);
    for (let n = 12; n <= 16; n++) expect(p1202.ids.has(`cbm-${n}`), `cbm-${n}`).toBe(true);
    expect(p1106.ids.has('cbm-12')).toBe(false);
  });

  it('links a measure to its exact place in its decision, and to what was done under it', () => {
    const cbm15 = page('/cbms/15/');
    expect(cbm15.links).toContain('/decisions/pc-1202/#cbm-15');
    expect(cbm15.links).toContain('/events/2025-01-29-ukraine-cyber-incident-classification-workshop/');
    expect(page('/cbms/3/').links).toContain('/decisions/pc-1106/#cbm-3');
  });

  it('links decisions to the decisions they build on, and shows backlinks', () => {
    expect(page('/decisions/mc-7-06/').links).toContain('/decisions/mc-3-04/');
    expect(page('/decisions/mc-5-16/').links).toContain('/decisions/pc-1202/');
    expect(page('/decisions/mc-3-04/').links).toContain('/decisions/mc-7-06/');
    expect(page('/bodies/permanent-council/').links).toEqual(
      expect.arrayContaining(['/decisions/pc-1106/', '/decisions/pc-1202/']),
    );
  });

  it('shows an event its metadata and where its sources differ', () => {
    const conf = page('/events/2017-11-03-austrian-chairmanship-conference/');
    expect(conf.text).toContain('3 November 2017');
    expect(conf.text).toContain('Sources differ');
    expect(conf.text).toContain('2019');
    expect(conf.links).toContain('/sources/cssii-osce-annotated-list/');
    const ws = page('/events/2025-01-29-ukraine-cyber-incident-classification-workshop/');
    expect(ws.text).toContain('15 (2 women, 13 men)');
    expect(ws.links).toContain('/states/ukraine/');
  });

  it('resolves every internal link and #anchor', () => {
    const broken: string[] = [];
    for (const p of pages.values()) {
      for (const href of p.links) {
        if (!href.startsWith('/') && !href.startsWith('#')) continue;
        const [pathAndQuery, hash] = href.startsWith('#')
          ? [p.url, href.slice(1)]
          : (href.split('#') as [string, string?]);
        const path = pathAndQuery!.split('?')[0];
        const target = pages.get(path!);
        const isFile = !target && existsSync(join(dist, path!));
        if (!target && !isFile) broken.push(`${p.url} → ${href}`);
        else if (hash && target && !target.ids.has(decodeURIComponent(hash)))
          broken.push(`${p.url} → ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('reaches every page from the home page by following links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      for (const href of pages.get(queue.shift()!)?.links ?? []) {
        const path = href.split('#')[0]!;
        if (path.startsWith('/') && pages.has(path) && !seen.has(path)) {
          seen.add(path);
          queue.push(path);
        }
      }
    }
    const unreachable = [...pages.keys()].filter((u) => !seen.has(u) && u !== '/404.html');
    expect(unreachable).toEqual([]);
  });

  it('shows the matrix: 16 rows, CBM 15 × PC 1202 introduced, linked to the anchor', () => {
    const html = readFileSync(join(dist, 'matrix/index.html'), 'utf8');
    const tree = fromHtml(html);
    const rows: Element[] = [];
    visit(tree, 'element', (el: Element) => {
      if (
        el.tagName === 'tr' &&
        (el.children as Element[]).some((c) => c.tagName === 'th' && c.properties['scope'] === 'row')
      )
        rows.push(el);
    });
    expect(rows).toHaveLength(16);
    const row15 = rows[14]!;
    const cells = (row15.children as Element[]).filter((c) => c.type === 'element');
    const headers: string[] = [];
    visit(tree, 'element', (el: Element) => {
      if (el.tagName === 'th' && el.properties['scope'] === 'col') headers.push(textOf(el));
    });
    const col = headers.findIndex((h) => h.startsWith('PC 1202'));
    expect(col).toBeGreaterThan(0);
    const cell = cells[col]!;
    expect(textOf(cell)).toBe('introduced');
    const link = (cell.children as Element[]).find((c) => c.tagName === 'a');
    expect(link?.properties['href']).toBe('/decisions/pc-1202/#cbm-15');
    expect(textOf(cells[0]!)).toContain('CBM 15');
  });

  it("lists CBMs 12–16 among PC 1202's backlinks", () => {
    const p = page('/decisions/pc-1202/');
    for (let n = 12; n <= 16; n++) expect(p.links, `CBM ${n}`).toContain(`/cbms/${n}/`);
    expect(p.text).toContain('Referenced by');
  });

  it('sets a Content-Security-Policy without unsafe-inline, and marks external links noopener', () => {
    for (const file of ['index.html', 'cbms/15/index.html', 'matrix/index.html']) {
      const html = readFileSync(join(dist, file), 'utf8');
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
    }
    const external: string[] = [];
    for (const file of htmlFiles(dist)) {
      visit(fromHtml(readFileSync(file, 'utf8')), 'element', (el: Element) => {
        const href = el.properties['href'];
        if (el.tagName === 'a' && typeof href === 'string' && /^https?:/.test(href)) {
          const rel = ([] as unknown[]).concat(el.properties['rel'] ?? []).join(' ');
          if (!rel.includes('noopener')) external.push(`${relative(dist, file)}: ${href}`);
        }
      });
    }
    expect(external).toEqual([]);
  });

  it('loads no script on content pages but the small /site.js (no Pagefind file); /compare/ adds its own small one', () => {
    const extra: string[] = [];
    for (const p of pages.values()) {
      // Each language's search page (/search/, /ru/search/) loads the search script.
      if (/^\/(?:[a-z]{2}\/)?search\/$/.test(p.url)) continue;
      if (p.url === '/compare/') {
        expect(p.scriptSrcs.filter((s) => s !== '/site.js')).toEqual(['/compare.js']);
        continue;
      }
      const srcs = p.scriptSrcs.filter((s) => s !== '/site.js');
      if (srcs.length || p.scripts !== p.scriptSrcs.length)
        extra.push(`${p.url}: ${srcs.join(', ') || 'inline script'}`);
    }
    expect(extra).toEqual([]);
    expect(statSync(join(dist, 'site.js')).size).toBeLessThan(2500);
    expect(statSync(join(dist, 'compare.js')).size).toBeLessThan(3000);
  });

  it('gives every indexed page its type filter, date sort and title', () => {
    const { entries } = checkProject(root);
    const types = {
      decisions: 'Decision',
      cbms: 'CBM',
      documents: 'Document',
      events: 'Event',
      activities: 'Activity',
      bodies: 'Body',
      states: 'State',
      sources: 'Source',
      terms: 'Term',
      frameworks: 'Framework',
      norms: 'Norm',
    };
    for (const e of entries) {
      const html = readFileSync(join(dist, entryUrl(e.collection, e.id), 'index.html'), 'utf8');
      expect(html, e.file).toContain('data-pagefind-body');
      expect(html, e.file).toContain(`data-pagefind-filter="type:${types[e.collection]}"`);
      // The date is a filter the page never fetches (the build reads it into the table's order by date).
      expect(html, e.file).toMatch(/data-pagefind-filter="sortdate:(\d{4}(-\d{2}){0,2})"/);
      expect(html, e.file).not.toContain('data-pagefind-sort');
      // The record's entries carry a weighted title; a source and reference material (the glossary,
      // frameworks, norms) a low-weighted label, so that they never outrank the record on the same words.
      expect(html, e.file).toMatch(
        CAPABILITIES[e.collection].search === 'entry' ? /data-pagefind-meta="title"/ : /data-pagefind-meta="label/,
      );
    }
    for (const c of COLLECTIONS)
      expect(readFileSync(join(dist, indexUrl(c), 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it("writes the search page's facet table from the index: every indexed page, with the values its page carries", () => {
    const table = readFacetTable(dist);
    // Written split: the head into the search page, the roles files and the facet file beside the index.
    const split = splitTable(table, idsDigest(table.ids), 'en-gb');
    expect(JSON.parse(readFileSync(join(dist, FACET_FILE), 'utf8'))).toEqual(split.facets);
    const page = readFileSync(join(dist, 'search/index.html'), 'utf8');
    const head = /data-search-head='([^']*)'/.exec(page)?.[1]?.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(JSON.parse(head ?? 'null')).toEqual(split.head);
    expect(split.roles.length).toBeGreaterThan(1);
    split.roles.forEach((part, n) =>
      expect(JSON.parse(readFileSync(join(dist, `pagefind/cybercbm-roles.${n}.json`), 'utf8'))).toEqual(part),
    );
    expect(existsSync(join(dist, `pagefind/cybercbm-roles.${split.roles.length}.json`))).toBe(false);
    // Each language's search page carries its own index's head (Russian: its own files and digest).
    const ru = readFacetTable(dist, 'ru');
    const ruHead = /data-search-head='([^']*)'/.exec(readFileSync(join(dist, 'ru/search/index.html'), 'utf8'))?.[1];
    expect(JSON.parse(ruHead?.replace(/&#39;/g, "'").replace(/&amp;/g, '&') ?? 'null')).toMatchObject({
      pages: ru.ids.length,
      digest: idsDigest(ru.ids),
      roles: 'cybercbm-roles.ru.',
      facets: 'cybercbm-facets.ru.json',
    });
    expect(ru.ids.length).toBeGreaterThan(16);
    expect(JSON.parse(readFileSync(join(dist, 'pagefind/cybercbm-facets.ru.json'), 'utf8'))).toEqual(
      splitTable(ru, idsDigest(ru.ids), 'ru').facets,
    );
    // The English index (each language has its own, by `<html lang>`: tests/build/i18n.test.ts).
    const indexed = htmlFiles(dist).filter((f) => {
      const html = readFileSync(f, 'utf8');
      return html.includes('data-pagefind-body') && html.includes('<html lang="en-GB"');
    });
    expect(table.ids).toHaveLength(indexed.length);
    expect(new Set(table.ids).size).toBe(table.ids.length);
    // With nothing chosen, each type counts the entries of its collection; each measure is one CBM page.
    const { counts } = filterAndCount(
      table,
      table.ids.map((id) => ({ id })),
      {},
    );
    const { entries } = checkProject(root);
    expect(counts['type']?.['Decision']).toBe(entries.filter((e) => e.collection === 'decisions').length);
    expect(counts['type']?.['Event']).toBe(entries.filter((e) => e.collection === 'events').length);
    expect(counts['type']?.['CBM']).toBe(16);
    expect(Object.keys(counts['cbm'] ?? {})).toHaveLength(16);
    expect(Object.keys(counts)).toEqual(['type', 'year', 'body', 'cbm']);
  });
});
