/**
 * `STATIC_PAGES` (src/lib/urls.ts) is the list of pages that are not entries, read by the
 * navigation and the content lint: it must name exactly the built pages that are not entry pages.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../helpers/dist.ts';
import { checkProject } from '../../src/adapter/content-files.ts';
import { entryUrl, isComparePairUrl, STATIC_PAGES } from '../../src/lib/urls.ts';
import { splitLocale } from '../../src/lib/i18n/locales.ts';

describe('the list of static pages', () => {
  it('names every built page that is not an entry or a pre-rendered comparison, and nothing else', () => {
    const { entries } = checkProject(fileURLToPath(new URL('../../', import.meta.url)));
    const entryPages = new Set(entries.map((e) => entryUrl(e.collection, e.id)));
    const built = htmlFiles()
      .map(
        (file) =>
          '/' +
          relative(DIST, file)
            .replace(/\\/g, '/')
            .replace(/index\.html$/, ''),
      )
      // The pre-rendered comparisons are derived from the decisions, like entry pages.
      // The pages of the other languages are listed by src/lib/i18n/pages.ts (tests/build/i18n.test.ts).
      .filter((url) => url !== '/404.html' && !entryPages.has(url) && !isComparePairUrl(url))
      .filter((url) => splitLocale(url).locale === 'en');
    expect(STATIC_PAGES.map((p) => p.url).sort()).toEqual(built.sort());
  });
});
