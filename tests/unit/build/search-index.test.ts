import { describe, expect, it } from 'vitest';
import { withMetaPreload } from '../../../src/build/search-index.ts';

describe('search index step', () => {
  it("puts a preload of each language's metadata file before the entry file's preload", () => {
    const html = '<head><link rel="preload" href="/pagefind/pagefind-entry.json?ts=1" as="fetch"></head>';
    expect(withMetaPreload(html, ['en-gb_abc'])).toBe(
      '<head><link rel="preload" href="/pagefind/pagefind.en-gb_abc.pf_meta" as="fetch" crossorigin="anonymous">' +
        '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=1" as="fetch"></head>',
    );
  });

  it('replaces the preloads of an earlier run instead of adding more', () => {
    const html = '<head><link rel="preload" href="/pagefind/pagefind-entry.json?ts=1" as="fetch"></head>';
    expect(withMetaPreload(withMetaPreload(html, ['en-gb_old']), ['en-gb_new'])).toBe(
      withMetaPreload(html, ['en-gb_new']),
    );
  });

  it('fails loudly when the search page no longer has the entry preload to stand beside', () => {
    expect(() => withMetaPreload('<head></head>', ['en-gb_abc'])).toThrow(/pagefind-entry\.json/);
  });
});
