/**
 * GitHub Flavored Markdown against the reference: every body of the real corpus and a fixture of
 * each GFM construct (tests/fixtures/gfm/constructs.md: aligned tables, footnotes, autolinks,
 * strikethrough, nested lists, escapes) rendered with the site's pipeline (Sätteri with the site's
 * plugins, src/lib/markdown/pipeline.ts) and with remark-parse + remark-gfm + remark-rehype, the
 * renderer a pull request's preview agrees with (inline HTML passed through, as GitHub does). The HTML must be equal once the site's own
 * additions are taken out: heading ids and § permalinks, glossary links, `rel`, the search
 * index's attributes; and a column's alignment, which the site writes as a class because its CSP
 * blocks style attributes (src/lib/markdown/table-align.ts), is compared as the alignment.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/project.ts';
import { glossaryTerms } from '../../src/adapter/glossary-terms.ts';
import { bodyOf } from '../../src/lib/markdown/parse.ts';
import { markdownPlugins } from '../../src/lib/markdown/pipeline.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { renderMarkdown } from '../helpers/markdown.ts';

const terms = glossaryTerms(ROOT);
const site = (markdown: string, path: string) =>
  renderMarkdown(markdown, { ...markdownPlugins({ glossary: () => terms }), path });
const reference = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      // Inline HTML the content check allows (`<q>`, `<abbr>`) passes through, as on GitHub.
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(markdown),
  );

const HEADING = /^h[1-6]$/;
const classes = (el: Element) => (el.properties['className'] as string[] | undefined) ?? [];

const BLOCK = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol li table thead tbody tr th td section blockquote pre hr div br'.split(' '),
);
const isBlock = (n: ElementContent | undefined) => n?.type === 'element' && BLOCK.has(n.tagName);

/** The tree without the site's additions; adjacent texts merged, whitespace beside a block dropped. */
function normalise(nodes: (RootContent | ElementContent)[]): ElementContent[] {
  const out = nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'comment' || node.type === 'doctype') return [];
    if (node.type === 'text') return [{ type: 'text', value: node.value.replace(/\s+/g, ' ') }];
    if (node.type !== 'element') return [];
    if (node.tagName === 'a' && classes(node).includes('permalink')) return [];
    // A glossary link is the site's own (the first use of a term): compared as its text.
    if (node.tagName === 'a' && classes(node).includes('term')) return normalise(node.children);
    const properties = { ...node.properties };
    delete properties['rel'];
    for (const k of Object.keys(properties)) if (k.startsWith('dataPagefind')) delete properties[k];
    if (HEADING.test(node.tagName) && properties['id'] !== 'footnote-label') delete properties['id'];
    const align = classes(node).find((c) => c.startsWith('align-'));
    if (align) {
      properties['align'] = align.slice('align-'.length);
      const rest = classes(node).filter((c) => c !== align);
      if (rest.length) properties['className'] = rest;
      else delete properties['className'];
    }
    return [{ ...node, properties, children: normalise(node.children), position: undefined }];
  });
  const merged: ElementContent[] = [];
  for (const n of out) {
    const last = merged.at(-1);
    if (n.type === 'text' && last?.type === 'text') last.value += n.value;
    else merged.push(n);
  }
  return merged.filter(
    (n, i) => n.type !== 'text' || n.value.trim() || !(i === 0 || i === merged.length - 1 || isBlock(merged[i - 1]) || isBlock(merged[i + 1])),
  );
}
const html = (source: string) => {
  const root: Root = { type: 'root', children: normalise(fromHtml(source, { fragment: true }).children) };
  return unified().use(rehypeStringify).stringify(root);
};

const bodies = COLLECTIONS.flatMap((c) =>
  readdirSync(join(ROOT, 'content', c))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ path: join(ROOT, 'content', c, f), body: bodyOf(readFileSync(join(ROOT, 'content', c, f), 'utf8')) })),
);

describe('GitHub Flavored Markdown: the site renders as remark-gfm does', () => {
  it('renders every GFM construct of the fixture as the reference does', () => {
    const path = join(ROOT, 'tests/fixtures/gfm/constructs.md');
    const markdown = readFileSync(path, 'utf8');
    const ours = html(site(markdown, path));
    expect(ours).toBe(html(reference(markdown)));
    // The fixture does hold each construct, and the site writes alignment as classes, not styles.
    for (const part of ['align="center"', 'align="right"', '<del>', 'data-footnote-ref', '<ul>', 'href="http://www.osce.org"'])
      expect(ours).toContain(part);
    expect(site(markdown, path)).not.toMatch(/style="/);
  });

  it('renders every body of the corpus as the reference does', () => {
    expect(bodies.length).toBeGreaterThan(400);
    const differ = bodies.filter(({ path, body }) => html(site(body, path)) !== html(reference(body)));
    const first = differ[0];
    expect(
      differ.map((d) => d.path.slice(ROOT.length)),
      first && `${first.path}\n--- site\n${html(site(first.body, first.path))}\n--- remark-gfm\n${html(reference(first.body))}`,
    ).toEqual([]);
  });
});
