/**
 * The Highwire `citation_*` meta tags that Zotero and Google Scholar read: on decision, measure and
 * document pages, equal to the CSL-JSON item the page's own "Cite this" download gives
 * (`/cite/<collection>/<id>.json`); none on event pages, which keep their JSON-LD.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';

const page = (path: string) => fromHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
function metaTags(path: string): [string, string][] {
  const tags: [string, string][] = [];
  visit(page(path), 'element', (el: Element) => {
    const name = String(el.properties['name'] ?? '');
    if (el.tagName === 'meta' && name.startsWith('citation_')) tags.push([name, String(el.properties['content'])]);
  });
  return tags;
}
function jsonLdCount(path: string): number {
  let n = 0;
  visit(page(path), 'element', (el: Element) => {
    if (el.tagName === 'script' && el.properties['type'] === 'application/ld+json') n++;
  });
  return n;
}
interface CslJson {
  title: string;
  author: { literal: string }[];
  issued: { 'date-parts': number[][] };
  publisher: string;
  number?: string;
  language: string;
  URL: string;
}
const item = (collection: string, id: string) =>
  (JSON.parse(readFileSync(join(DIST, 'cite', collection, `${id}.json`), 'utf8')) as CslJson[])[0]!;
const date = (parts: number[]) => parts.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('/');
const expected = (i: CslJson): [string, string][] => [
  ['citation_title', i.title],
  ...i.author.map((a): [string, string] => ['citation_author', a.literal]),
  ['citation_publication_date', date(i.issued['date-parts'][0]!)],
  ['citation_publisher', i.publisher],
  ...(i.number ? [['citation_technical_report_number', i.number] as [string, string]] : []),
  ['citation_language', i.language],
  ['citation_public_url', i.URL],
];
const ids = (collection: string) =>
  readdirSync(join(DIST, 'cite', collection))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length));

describe('citation meta tags', () => {
  it('PC.DEC/1202 carries its council, date, symbol, publisher and language as in its CSL item', () => {
    const tags = metaTags('decisions/pc-1202');
    expect(tags).toEqual(expected(item('decisions', 'pc-1202')));
    expect(tags).toContainEqual(['citation_author', 'OSCE Permanent Council']);
    expect(tags).toContainEqual(['citation_publication_date', '2016/03/10']);
    expect(tags).toContainEqual(['citation_technical_report_number', 'PC.DEC/1202']);
  });

  it('every decision, measure and document page carries tags equal to its CSL item', () => {
    const checked: string[] = [];
    for (const [collection, segment] of [
      ['decisions', 'decisions'],
      ['documents', 'documents'],
      ['cbms', 'cbms'],
    ] as const) {
      for (const id of ids(collection)) {
        const i = item(collection, id);
        const path = new URL(i.URL).pathname.replace(/^\/|\/$/g, '');
        expect(path.startsWith(`${segment}/`)).toBe(true);
        expect(metaTags(path), path).toEqual(expected(i));
        checked.push(path);
      }
    }
    expect(checked).toContain('documents/' + ids('documents')[0]);
    expect(checked.filter((p) => p.startsWith('cbms/'))).toHaveLength(16);
  });

  it('event pages carry no citation_* tag but keep their JSON-LD', () => {
    const events = ids('events');
    expect(events.length).toBeGreaterThan(0);
    for (const id of events) {
      const path = new URL(item('events', id).URL).pathname.replace(/^\/|\/$/g, '');
      expect(metaTags(path), path).toEqual([]);
      expect(jsonLdCount(path), path).toBe(1);
    }
  });
});
