/**
 * The site in the OSCE's six languages, read from the built site: every language's home page with
 * its `lang`, the Russian measure, decision and glossary pages in Russian, the French measure pages
 * with their French title and summary, `hreflang` alternates that hold both ways, links that stay
 * in the reader's language where the page exists in it, and the translation status pages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../helpers/dist.ts';
import { LANGUAGE_TAG, PREFIXED_LOCALES, localePath, splitLocale } from '../../src/lib/i18n/locales.ts';
import { parseFrontmatter } from '../../src/lib/check/frontmatter.ts';
import { uiFor } from '../../src/lib/i18n/index.ts';
import { LOCALE_PAGES, RUSSIAN_VIEWS } from '../../src/lib/i18n/pages.ts';
import { proseFor } from '../../src/lib/i18n/prose/index.ts';
import { entryUrl } from '../../src/lib/urls.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

const pages = htmlFiles().filter((f) => f.endsWith('/index.html'));
const urlOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '')}`;
const html = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
const tree = (url: string) => fromHtml(html(url));

function find(node: Root | Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element' && test(n)) out.push(n);
    if ('children' in n) n.children.forEach(walk);
  };
  walk(node);
  return out;
}

/** The text of `node` the reader reads in the page's language: English-marked parts, code and scripts left out. */
function ownText(node: Root | Element): string {
  const parts: string[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'text') parts.push(n.value);
    if (n.type !== 'element' && n.type !== 'root') return;
    if (n.type === 'element') {
      const lang = String(n.properties['lang'] ?? '');
      if (lang.startsWith('en') || ['code', 'script', 'style', 'template'].includes(n.tagName)) return;
      if (n.properties['hidden'] !== undefined && n.properties['hidden'] !== false) return;
      // Search data (aria-hidden and visually hidden): a measure's symbol is searchable as "CBM 8" too.
      if (n.properties['ariaHidden'] === 'true') return;
    }
    n.children.forEach(walk);
  };
  walk(node);
  return parts.join(' ');
}

const allowed = new Set(
  readFileSync(new URL('../fixtures/i18n/ru-latin-allowed.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#')),
);

/** The Latin words of a Russian text that are neither a symbol, an address nor on the allow-list. */
function strayLatin(text: string): string[] {
  const cleaned = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[A-Z]{2,4}\.DEC\b(?:\/\d+(?:\/\d{2})?)?/g, ' ') // symbols, and their series (PC.DEC)
    .replace(/«[^»]*»/g, ' ') // quotations and the English headings of sources, kept as finding aids
    .replace(/\S*\d\S*/g, ' ') // versions, UN symbols (A/70/174) and other tokens with figures
    .replace(/\b[IVXLC]+\b/g, ' ') // Roman numerals of annexes and chapters
    .replace(/\b[A-Z]–[A-Z]\b/g, ' ') // lettered lists (norms a–k)
    .replace(/(раздел|разделы) [A-Z]\b/g, ' '); // a source's lettered section
  return (cleaned.match(/[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]/g) ?? []).filter((w) => !allowed.has(w));
}

describe('every language has a home page with its lang', () => {
  it.each(PREFIXED_LOCALES)('/%s/', (locale) => {
    const root = tree(`/${locale}/`);
    const htmlEl = find(root, (e) => e.tagName === 'html')[0]!;
    expect(htmlEl.properties['lang']).toBe(LANGUAGE_TAG[locale]);
    expect(ownText(find(root, (e) => e.tagName === 'h1')[0]!)).toBe(uiFor(locale).t.home.heading);
  });
  it('English keeps en-GB at /', () => {
    expect(find(tree('/'), (e) => e.tagName === 'html')[0]!.properties['lang']).toBe('en-GB');
  });
});

describe('the Russian measure, decision and glossary pages read in Russian', () => {
  const russian = pages.map(urlOf).filter((u) => /^\/ru\/(cbms|decisions|glossary)\/[^/]+\/$/.test(u));
  it('covers the sixteen measures, every decision and every glossary term', () => {
    expect(russian.filter((u) => u.startsWith('/ru/cbms/'))).toHaveLength(16);
    expect(russian.filter((u) => u.startsWith('/ru/decisions/')).length).toBe(
      pages.map(urlOf).filter((u) => /^\/decisions\/[^/]+\/$/.test(u)).length,
    );
    expect(russian.filter((u) => u.startsWith('/ru/glossary/')).length).toBe(
      pages.map(urlOf).filter((u) => /^\/glossary\/[^/]+\/$/.test(u)).length,
    );
  });
  it.each(russian)('%s has no Latin word outside symbols, names and English-marked text', (url) => {
    const main = find(tree(url), (e) => e.tagName === 'main')[0]!;
    expect(strayLatin(ownText(main))).toEqual([]);
  });
  it('a translated page says it is the project’s own translation, linking the English original as English', () => {
    const page = html('/ru/cbms/8/');
    expect(page).toContain(uiFor('ru').t.translation.projectOwn.split('{link}')[0]!.trim().slice(0, 40));
    expect(page).toMatch(/<a href="\/cbms\/8\/" hreflang="en-GB">/);
  });
});

describe('the Russian about, matrix, timeline and cross-walk pages read in Russian', () => {
  const views = RUSSIAN_VIEWS.map((p) => localePath('ru', p));
  const ru = proseFor('ru');
  it('are built: the about page, the matrix, the timeline whole and by type, the cross-walk', () => {
    expect(views).toEqual([
      '/ru/about/',
      '/ru/matrix/',
      '/ru/timeline/',
      '/ru/timeline/decisions/',
      '/ru/timeline/documents/',
      '/ru/timeline/events/',
      '/ru/timeline/activities/',
      '/ru/crosswalk/',
    ]);
    for (const url of views) expect(existsSync(join(DIST, url, 'index.html')), url).toBe(true);
  });
  it.each(views)('%s has lang ru, no stray Latin word, and says the translation is the project’s own', (url) => {
    const root = tree(url);
    expect(find(root, (e) => e.tagName === 'html')[0]!.properties['lang']).toBe('ru');
    const main = find(root, (e) => e.tagName === 'main')[0]!;
    expect(strayLatin(ownText(main))).toEqual([]);
    const notice = find(
      main,
      (e) => (e.properties['className'] as string[] | undefined)?.includes('translation-notice') === true,
    )[0]!;
    expect(ownText(notice)).toContain(uiFor('ru').t.translation.projectOwn.split('{link}')[0]!.trim());
    expect(html(url)).toContain(`<a href="${splitLocale(url).path}" hreflang="en-GB">`);
  });
  it('the headings are the Russian ones', () => {
    const h1 = (url: string) => ownText(find(tree(url), (e) => e.tagName === 'h1')[0]!);
    expect(h1('/ru/about/')).toBe(ru.about.title);
    expect(h1('/ru/matrix/')).toBe('Матрица «МД — решения»');
    expect(h1('/ru/timeline/')).toBe('Хронология');
    expect(h1('/ru/timeline/events/')).toBe('Хронология: мероприятия');
    expect(h1('/ru/crosswalk/')).toBe(ru.crosswalk.heading);
  });
  it('/ru/matrix/ links the Russian measures and decisions, with roles and dates in Russian', () => {
    const page = html('/ru/matrix/');
    expect(page).toContain('<a href="/ru/cbms/8/">МД 8</a>');
    expect(page).toContain('<a href="/ru/decisions/pc-1106/#cbm-8">введена</a>');
    expect(page).toContain('<span class="note">7 декабря 2004 г.</span>');
    expect(page).not.toMatch(/>(introduced|reaffirmed|referenced)</);
  });
  it('/ru/timeline/ counts in Russian and filters to the Russian timelines of each type', () => {
    const page = html('/ru/timeline/');
    expect(page).toMatch(/<p class="note">\d+ записей, 2004–\d{4}\.<\/p>/);
    expect(page).toContain('<a href="/ru/timeline/events/">Мероприятия</a>');
    expect(html('/ru/timeline/decisions/')).toContain(
      'За эти годы в материалах сайта нет решений: в источниках, изученных проектом, их не обнаружено.',
    );
  });
  it('/ru/crosswalk/ names each link’s basis in Russian and marks the untranslated norms as English', () => {
    const page = html('/ru/crosswalk/');
    expect(page).toContain(
      '<span class="visually-hidden">МД 8 и <span lang="en-GB">13(h)</span>: прочтение сайта</span>',
    );
    expect(page).toMatch(/<p class="note">0 связей указано источником, \d+ связ[а-яё]* — прочтение сайта\.<\/p>/);
    expect(page).toMatch(/<a href="\/norms\/gge-2015-13e\/" hreflang="en-GB" lang="en-GB">/);
  });
  it('/ru/about/ and /about/ name each other as alternates', () => {
    const alternates = (url: string) =>
      find(tree(url), (e) => e.tagName === 'link' && e.properties['rel']?.toString() === 'alternate')
        .filter((l) => l.properties['hrefLang'] !== undefined)
        .map((l) => `${String(l.properties['hrefLang'])} ${new URL(String(l.properties['href'])).pathname}`);
    expect(alternates('/ru/about/')).toEqual(['en-GB /about/', 'ru /ru/about/', 'x-default /about/']);
    expect(alternates('/about/')).toEqual(['en-GB /about/', 'ru /ru/about/', 'x-default /about/']);
    // The English page's language switcher offers the Russian one, and only it.
    expect(html('/about/')).toContain('<a href="/ru/about/" hreflang="ru" lang="ru">Русский</a>');
    expect(html('/about/')).not.toContain('href="/fr/about/"');
  });
  it('the counts on /ru/about/ link the Russian indexes, and the sources’ index in English', () => {
    const page = html('/ru/about/');
    expect(page).toContain('<a href="/ru/decisions/">Решения</a>: 8');
    expect(page).toMatch(/<a href="\/sources\/" hreflang="en-GB">Источники<\/a>: \d+/);
    expect(page).toContain('<code>secondaryOnly: true</code>');
  });
});

describe('French measure pages', () => {
  it.each(Array.from({ length: 16 }, (_, i) => i + 1))(
    '/fr/cbms/%i/ shows the French interface, title and summary',
    (n) => {
      const root = tree(`/fr/cbms/${n}/`);
      const file = `content/translations/fr/cbms/${String(n).padStart(2, '0')}.mdx`;
      const { data } = parseFrontmatter(readFileSync(file, 'utf8')) as { data: { title: string; summary: string } };
      const h1 = ownText(find(root, (e) => e.tagName === 'h1')[0]!).trim();
      expect(h1).toBe(`MDC ${n} : ${data.title}`.replace(' : ', ': '));
      const lead = find(
        root,
        (e) => e.tagName === 'p' && (e.properties['className'] as string[] | undefined)?.includes('lead') === true,
      )[0]!;
      expect(ownText(lead).trim()).toBe(data.summary);
      expect(html(`/fr/cbms/${n}/`)).toContain(`>${uiFor('fr').t.cbm.whatItAsks}<`);
      // The measure's text is not translated into French: it is shown in English, marked so.
      expect(
        find(root, (e) => (e.properties['className'] as string[] | undefined)?.includes('body') === true)[0]!
          .properties['lang'],
      ).toBe('en-GB');
    },
  );
});

describe('hreflang alternates hold both ways', () => {
  const withAlternates = pages
    .map(urlOf)
    .map((url) => {
      const links = find(
        tree(url),
        (e) =>
          e.tagName === 'link' &&
          e.properties['rel']?.toString() === 'alternate' &&
          e.properties['hrefLang'] !== undefined,
      );
      return {
        url,
        links: links.map((l) => ({
          lang: String(l.properties['hrefLang']),
          href: new URL(String(l.properties['href'])).pathname,
        })),
      };
    })
    .filter((p) => p.links.length);
  const byUrl = new Map(withAlternates.map((p) => [p.url, p.links]));
  it('covers every translated page', () => {
    expect(withAlternates.length).toBeGreaterThan(300);
  });
  it.each(withAlternates.map((p) => [p.url, p.links] as const))('%s', (url, links) => {
    // It names itself, and each page it names exists and names it back.
    expect(links.some((l) => l.href === url && l.lang !== 'x-default')).toBe(true);
    for (const l of links) {
      expect(existsSync(join(DIST, l.href, 'index.html')), `${url} names ${l.href}`).toBe(true);
      if (l.lang === 'x-default') {
        expect(l.href).toBe(splitLocale(url).path);
        continue;
      }
      expect(
        byUrl.get(l.href)?.some((back) => back.href === url),
        `${l.href} names ${url} back`,
      ).toBe(true);
    }
  });
});

describe('links stay in the reader’s language where the page exists in it', () => {
  it('the Russian CBM 8 links its decision, its events and the Russian measures index in Russian', () => {
    const page = html('/ru/cbms/8/');
    expect(page).toContain('href="/ru/decisions/pc-1106/#cbm-8"');
    expect(page).toContain('href="/ru/events/2024-06-10-cbm8-points-of-contact-annual-meeting/"');
    expect(page).toContain('href="/ru/cbms/"');
  });
  it('a link to a page that exists only in English is marked hreflang en-GB', () => {
    const page = html('/ru/cbms/8/');
    expect(page).toMatch(/href="\/sources\/[^"]+" hreflang="en-GB"/);
    expect(page).toMatch(/href="\/contribute\/" hreflang="en-GB"/);
    // The matrix exists in Russian: the measure links it there.
    expect(page).toContain('href="/ru/matrix/"');
  });
  it('the French home page links the French measures and English events, marked', () => {
    const page = html('/fr/');
    expect(page).toContain('href="/fr/cbms/8/"');
    expect(page).toMatch(/href="\/events\/[^"]+" hreflang="en-GB"/);
  });
  it('an index in Russian lists untranslated entries with a link to English, marked', () => {
    const page = html('/ru/sources/'.replace('/ru/sources/', '/ru/norms/'));
    expect(page).toMatch(
      /<a href="\/norms\/[^"]+" hreflang="en-GB" lang="en-GB">|<a href="\/norms\/[^"]+" lang="en-GB" hreflang="en-GB">/,
    );
    expect(page).toContain(uiFor('ru').t.index.inEnglish);
  });
});

describe('the pages of each language', () => {
  it('are its fixed pages (src/lib/i18n/pages.ts) and its translated entries, and nothing else', () => {
    for (const locale of PREFIXED_LOCALES) {
      const built = pages
        .map(urlOf)
        .filter((u) => u.startsWith(`/${locale}/`))
        .map((u) => splitLocale(u).path);
      const translated = readdirSync(join('content/translations', locale)).flatMap((c) =>
        readdirSync(join('content/translations', locale, c)).map((f) =>
          entryUrl(c as CollectionName, f.replace(/\.mdx$/, '')),
        ),
      );
      expect(built.sort()).toEqual([...LOCALE_PAGES[locale], ...translated].sort());
    }
  });
});

describe('citations and data in other languages', () => {
  it('the Russian decision page keeps the official English title in its citation tags, in the page’s language', () => {
    const page = html('/ru/decisions/pc-1106/');
    expect(page).toContain('<meta name="citation_language" content="ru">');
    expect(page).toMatch(/<meta name="citation_title" content="[^"]*Initial Set of OSCE Confidence-Building Measures/);
    expect(page).toMatch(/class="edit-link" href="[^"]*content\/translations\/ru\/decisions\/pc-1106\.mdx"/);
  });
  it('the exports add the translated titles and summaries as title_<lang> and summary_<lang>', () => {
    const cbms = JSON.parse(readFileSync(join(DIST, 'data/cbms.json'), 'utf8')) as Record<string, string>[];
    for (const row of cbms)
      for (const locale of PREFIXED_LOCALES) {
        expect(row[`title_${locale}`], `${row['id']} ${locale}`).toBeTruthy();
        expect(row[`summary_${locale}`], `${row['id']} ${locale}`).toBeTruthy();
      }
    expect(readFileSync(join(DIST, 'data/cbms.csv'), 'utf8').split('\n')[0]).toContain('title_ru,summary_ru');
    const pkg = readFileSync(join(DIST, 'data/datapackage.json'), 'utf8');
    expect(pkg).toContain('"title_ru"');
  });
});

describe('the sitemap', () => {
  it('lists each page’s other languages as alternates', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const entry = /<url><loc>[^<]*\/cbms\/8\/<\/loc>([\s\S]*?)<\/url>/.exec(sitemap)![1]!;
    for (const locale of PREFIXED_LOCALES) expect(entry).toContain(`hreflang="${LANGUAGE_TAG[locale]}" href="https://`);
    expect(entry).toContain('hreflang="en-GB"');
  });
});

describe('the translation status pages', () => {
  it.each(PREFIXED_LOCALES)('/%s/translations/ lists the translated measures', (locale) => {
    const page = html(localePath(locale, '/translations/'));
    expect(page).toContain(`href="/${locale}/cbms/8/"`);
  });
});

describe('404 offers every language', () => {
  it('has the message in all six languages, each with its lang', () => {
    const root = fromHtml(readFileSync(join(DIST, '404.html'), 'utf8'));
    for (const locale of PREFIXED_LOCALES) {
      const section = find(root, (e) => e.tagName === 'section' && e.properties['lang'] === LANGUAGE_TAG[locale])[0];
      expect(section, locale).toBeDefined();
      expect(ownText(section!)).toContain(uiFor(locale).t.notFound.title);
    }
  });
});
