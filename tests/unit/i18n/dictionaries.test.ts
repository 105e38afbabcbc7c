/** The six dictionaries: the same strings in every language, the same slots in each, dates and counts per language. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en.ts';
import { fill, parts, uiFor } from '../../../src/lib/i18n/index.ts';
import { LOCALES, PREFIXED_LOCALES, localePath, splitLocale } from '../../../src/lib/i18n/locales.ts';

type Tree = { [k: string]: string | Tree };
const isPlural = (v: Tree) => 'one' in v && 'other' in v && typeof v['one'] === 'string';
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else if (isPlural(v)) out.set(path, String(v['other']));
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  const english = leaves(en as unknown as Tree);
  it.each(PREFIXED_LOCALES)('%s has every English string, with the same slots, and nothing else', (locale) => {
    const other = leaves(uiFor(locale).t as unknown as Tree);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(slots(other.get(key)!), `${locale} ${key}`).toEqual(slots(text));
      expect(other.get(key)!.trim(), `${locale} ${key}`).not.toBe('');
    }
  });
  it('gives Russian counts their four plural forms', () => {
    const { count, t } = uiFor('ru');
    expect([1, 3, 5, 21].map((n) => count(t.index.count, n))).toEqual([
      fill(t.index.count.one, { n: 1 }),
      fill(t.index.count.few!, { n: 3 }),
      fill(t.index.count.many!, { n: 5 }),
      fill(t.index.count.one, { n: 21 }),
    ]);
    expect(new Set([t.index.count.one, t.index.count.few, t.index.count.many]).size).toBe(3);
  });
});

describe('dates and numbers per language', () => {
  it('keeps the English forms of the site', () => {
    const ui = uiFor('en');
    expect(ui.date('2016-09-12')).toBe('12 September 2016');
    expect(ui.dateRange('2015-10-29', '2015-10-30')).toBe('29–30 October 2015');
  });
  it('writes Russian and French dates with Intl, as precise as the value', () => {
    expect(uiFor('ru').date('2013-12-03')).toBe('3 декабря 2013 г.');
    expect(uiFor('ru').date('2013')).toBe('2013');
    expect(uiFor('fr').date('2016-03')).toBe('mars 2016');
    expect(uiFor('de').dateRange('2024-06-10', '2024-06-12')).toMatch(/^10\.\s?[–-]\s?12\. Juni 2024$/);
  });
  it('puts a month after «с» in the genitive, as Russian does', () => {
    const ru = uiFor('ru');
    // Intl puts a narrow no-break space before «г.».
    expect(fill(ru.t.meta.from, { date: ru.dateAfterFrom('2016-09') })).toBe('с сентября 2016\u202fг.');
    expect(ru.dateAfterFrom('2016-09-01')).toBe(ru.date('2016-09-01'));
    expect(ru.dateAfterFrom('2016')).toBe('2016');
    expect(ru.date('2016-09')).toBe('сентябрь 2016 г.');
    expect(uiFor('es').dateAfterFrom('2016-09')).toBe('septiembre de 2016');
    expect(uiFor('en').dateAfterFrom('2016-09')).toBe(uiFor('en').date('2016-09'));
  });
});

describe('URLs per language', () => {
  it('keeps English at / and prefixes the others', () => {
    expect(localePath('en', '/cbms/8/')).toBe('/cbms/8/');
    expect(localePath('ru', '/cbms/8/')).toBe('/ru/cbms/8/');
    expect(localePath('fr', '/ru/cbms/8/')).toBe('/fr/cbms/8/');
    expect(splitLocale('/ru/')).toEqual({ locale: 'ru', path: '/' });
    expect(splitLocale('/events/x/')).toEqual({ locale: 'en', path: '/events/x/' });
    expect(LOCALES).toEqual(['en', 'fr', 'de', 'it', 'ru', 'es']);
  });
  it('splits a sentence at its link slots', () => {
    expect(parts('See {link}.')).toEqual(['See ', { slot: 'link' }, '.']);
  });
});
