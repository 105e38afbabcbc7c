import { describe, expect, it } from 'vitest';
import {
  contentFile,
  entryOfFile,
  entryUrl,
  measureAnchorUrl,
  NAV_PAGES,
  STATIC_PAGES,
  timelineUrl,
  citationUrl,
  indexUrl,
} from '../../src/lib/urls.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';

describe('urls', () => {
  it('builds entry URLs: measures by number without a leading zero', () => {
    expect(entryUrl('cbms', '01')).toBe('/cbms/1/');
    expect(entryUrl('decisions', 'pc-1202')).toBe('/decisions/pc-1202/');
    expect(measureAnchorUrl('pc-1202', 15)).toBe('/decisions/pc-1202/#cbm-15');
    expect(citationUrl('events', 'x', 'ris')).toBe('/cite/events/x.ris');
  });

  it('maps entries to their files and back', () => {
    expect(contentFile('cbms', '15')).toBe('content/cbms/15.mdx');
    expect(entryOfFile('content/cbms/15.mdx')).toEqual({ collection: 'cbms', id: '15' });
    expect(entryOfFile('content/nope/15.mdx')).toBeUndefined();
    expect(entryOfFile('README.md')).toBeUndefined();
  });

  it('lists every static page once: home, indexes, matrix, timeline and its filters, the fixed pages', () => {
    const urls = STATIC_PAGES.map((p) => p.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const c of COLLECTIONS) expect(urls).toContain(indexUrl(c));
    expect(urls).toEqual(
      expect.arrayContaining([
        '/',
        '/matrix/',
        '/timeline/',
        '/timeline/events/',
        '/search/',
        '/data/',
        '/contribute/',
        '/changelog/',
        '/sources/conflicts/',
      ]),
    );
    expect(urls).not.toContain(timelineUrl('cbms'));
    expect(urls.every((u) => u.startsWith('/') && u.endsWith('/'))).toBe(true);
  });

  it('gives the header navigation in its order', () => {
    expect(NAV_PAGES.map((p) => p.nav)).toEqual([
      'Decisions',
      'CBMs',
      'Matrix',
      'Timeline',
      'Events',
      'Activities',
      'Documents',
      'Search',
      'Data',
      'Contribute',
    ]);
  });
});
