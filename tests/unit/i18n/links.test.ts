/** The links of a page in another language (src/lib/i18n/links.ts). */
import { describe, expect, it } from 'vitest';
import { localizeLinks } from '../../../src/lib/i18n/links.ts';

const exists = (path: string) => ['/cbms/8/', '/decisions/pc-1106/', '/'].includes(path);

describe('localizeLinks', () => {
  it('sends links to pages of the language there, keeping the anchor', () => {
    expect(localizeLinks('<a href="/decisions/pc-1106/#cbm-8">x</a>', 'ru', exists)).toBe(
      '<a href="/ru/decisions/pc-1106/#cbm-8">x</a>',
    );
    expect(localizeLinks('<a class="brand" href="/">x</a>', 'fr', exists)).toBe('<a class="brand" href="/fr/">x</a>');
  });
  it('marks a link to a page that exists only in English', () => {
    expect(localizeLinks('<a href="/matrix/">x</a>', 'ru', exists)).toBe('<a href="/matrix/" hreflang="en-GB">x</a>');
  });
  it('leaves files, outside links, links that name a language and English pages alone', () => {
    for (const a of [
      '<a href="/data/events.csv">x</a>',
      '<a href="/cite/cbms/08.bib" download>x</a>',
      '<a href="https://osce.org/">x</a>',
      '<a href="/cbms/8/" hreflang="en-GB">English</a>',
      '<a href="/ru/cbms/8/">x</a>',
      '<a href="#sources">x</a>',
    ])
      expect(localizeLinks(a, 'ru', exists)).toBe(a);
    expect(localizeLinks('<a href="/matrix/">x</a>', 'en', exists)).toBe('<a href="/matrix/">x</a>');
  });
});
