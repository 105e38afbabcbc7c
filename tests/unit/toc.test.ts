import { describe, expect, it } from 'vitest';
import { tableOfContents, tocSize } from '../../src/lib/toc.ts';

const h = (depth: number, slug: string, text = slug) => ({ depth, slug, text });

describe('tableOfContents', () => {
  it('nests ### under the preceding ## and keeps document order', () => {
    const toc = tableOfContents([h(2, 'what'), h(2, 'measures'), h(3, 'cbm-12'), h(3, 'cbm-13'), h(2, 'relations')]);
    expect(toc.map((i) => i.slug)).toEqual(['what', 'measures', 'relations']);
    expect(toc[1]!.children.map((i) => i.slug)).toEqual(['cbm-12', 'cbm-13']);
    expect(tocSize(toc)).toBe(5);
  });

  it('lists a ### that comes before any ## at the top level', () => {
    const toc = tableOfContents([h(3, 'early'), h(2, 'section'), h(3, 'sub')]);
    expect(toc.map((i) => [i.slug, i.children.map((c) => c.slug)])).toEqual([
      ['early', []],
      ['section', ['sub']],
    ]);
  });

  it('leaves out headings outside the depth range and headings without an id', () => {
    const toc = tableOfContents([h(1, 'title'), h(2, 'a'), h(4, 'deep'), h(2, ''), h(3, 'b')]);
    expect(toc).toEqual([{ slug: 'a', text: 'a', children: [{ slug: 'b', text: 'b', children: [] }] }]);
  });

  it('honours a wider range and trims the text', () => {
    const toc = tableOfContents([h(2, 'a', ' A '), h(3, 'b'), h(4, 'c')], { maxDepth: 4 });
    expect(toc[0]!.text).toBe('A');
    expect(toc[0]!.children[0]!.children[0]!.slug).toBe('c');
  });

  it('returns an empty list for a body without headings', () => {
    expect(tableOfContents([])).toEqual([]);
  });
});
