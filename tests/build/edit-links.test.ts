/**
 * Every entry page links to editing its own file in the repository and to reporting an error about
 * it (a new issue prefilled with the entry's id, file and page address), both outside the
 * Pagefind index. Entry pages are found from content/ itself, so a page without its links fails.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit, SKIP } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/project.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { contentFile, entryUrl } from '../../src/lib/urls.ts';
import { DIST } from '../helpers/dist.ts';

const REPO = 'https://github.com/cybercbm/cybercbm';
const entries = COLLECTIONS.flatMap((collection) =>
  readdirSync(join(ROOT, 'content', collection))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ collection, id: f.slice(0, -'.mdx'.length) })),
);

/** The page's links with the given class, and whether each sits inside a data-pagefind-ignore element. */
function linksOf(html: string, className: string): { href: string; ignored: boolean }[] {
  const found: { href: string; ignored: boolean }[] = [];
  const walk = (el: Element, ignored: boolean) => {
    const here = ignored || el.properties['dataPagefindIgnore'] !== undefined;
    const classes = (el.properties['className'] as string[] | undefined) ?? [];
    if (el.tagName === 'a' && classes.includes(className))
      found.push({ href: String(el.properties['href']), ignored: here });
    for (const c of el.children) if (c.type === 'element') walk(c, here);
  };
  visit(fromHtml(html), 'element', (el: Element) => {
    walk(el, false);
    return SKIP;
  });
  return found;
}

describe('edit and report links', () => {
  it('finds every entry of content/ to check', () => {
    expect(entries.length).toBeGreaterThan(400);
  });

  it("each entry page's edit link opens its own file, which exists, and its report link names the entry and page", () => {
    for (const { collection, id } of entries) {
      const url = entryUrl(collection, id);
      const html = readFileSync(join(DIST, url, 'index.html'), 'utf8');
      const file = contentFile(collection, id);
      const [edit, ...moreEdits] = linksOf(html, 'edit-link');
      expect(moreEdits, url).toEqual([]);
      expect(edit, url).toEqual({ href: `${REPO}/edit/main/${file}`, ignored: true });
      const path = new URL(edit!.href).pathname.replace('/cybercbm/cybercbm/edit/main/', '');
      expect(path).toBe(file);
      expect(existsSync(join(ROOT, path)), path).toBe(true);

      const [report] = linksOf(html, 'report-link');
      expect(report?.ignored, url).toBe(true);
      const issue = new URL(report!.href);
      expect(`${issue.origin}${issue.pathname}`).toBe(`${REPO}/issues/new`);
      expect(issue.searchParams.get('title'), url).toMatch(new RegExp(`^Error in ${collection}/${id}: `));
      const body = issue.searchParams.get('body') ?? '';
      expect(body, url).toContain(`Entry: ${collection}/${id} (${file})\nPage: https://cybercbm.example.org${url}\n`);
      expect(body).toContain('### What is wrong');
      expect(body).toContain('### The source that shows it');
    }
  });
});
