/**
 * The prose of the pages that exist in English and Russian only (src/lib/i18n/prose/): the same
 * texts in both, with the same slots and every figure of the English in the Russian, and the
 * Russian counts with their four plural forms.
 */
import { describe, expect, it } from 'vitest';
import { proseEn } from '../../../src/lib/i18n/prose/en.ts';
import { proseFor } from '../../../src/lib/i18n/prose/index.ts';
import { LOCALE_PAGES, RUSSIAN_VIEWS } from '../../../src/lib/i18n/pages.ts';

type Tree = { [k: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const figures = (s: string) => [...s.replace(/\{\w+\}/g, '').matchAll(/\d+/g)].map((m) => m[0]).sort();

describe('the prose of the about page, the matrix, the timeline and the cross-walk', () => {
  const english = leaves(proseEn as unknown as Tree);
  const russian = leaves(proseFor('ru') as unknown as Tree);
  it('is in Russian for every English text (Russian plurals add their few and many forms), with the same slots', () => {
    const plural = /\.(few|many)$/;
    expect([...russian.keys()].filter((k) => !plural.test(k)).sort()).toEqual([...english.keys()].sort());
    // A collection's timeline is given both its name in lower case and its title as written: a language takes the form it needs.
    const either = new Set(['timeline.titleOf', 'timeline.descriptionOf']);
    for (const [key, text] of english) {
      if (either.has(key))
        expect(
          slots(russian.get(key)!).every((s) => s === 'name' || s === 'title'),
          key,
        ).toBe(true);
      else expect(slots(russian.get(key)!), key).toEqual(slots(text));
      // Every text with words is translated (a template of slots and punctuation alone may stay).
      if (/\p{L}/u.test(text.replace(/\{\w+\}/g, ''))) expect(russian.get(key), key).not.toBe(text);
    }
  });
  it('keeps every figure of the English', () => {
    for (const [key, text] of english) expect(figures(russian.get(key)!), key).toEqual(figures(text));
  });
  it('gives the Russian counts their four forms', () => {
    const ru = proseFor('ru');
    for (const p of [ru.timeline.entries, ru.crosswalk.counted.source, ru.crosswalk.counted.reading])
      expect(new Set([p.one, p.few, p.many]).size).toBe(3);
  });
  it('other languages read the English, and have none of these pages', () => {
    expect(proseFor('fr')).toBe(proseEn);
    for (const path of RUSSIAN_VIEWS) {
      expect(LOCALE_PAGES.ru).toContain(path);
      expect(LOCALE_PAGES.fr).not.toContain(path);
    }
  });
});
