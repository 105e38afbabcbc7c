/**
 * GitHub Flavored Markdown against its reference. Maintainers preview a pull request on GitHub,
 * which renders GFM; the site renders with Sätteri (Astro 7's engine, chosen for speed: BENCHMARKS.md).
 * remark with remark-gfm (test dependencies only) is the reference: every body of the real corpus
 * and a fixture of each GFM construct are rendered both ways and the HTML compared once the site's
 * own additions are taken out (heading ids and permalinks, glossary links, `rel` on external links,
 * Pagefind's ignore marks, measure anchors) and alignment is read from either spelling (Sätteri's
 * inline `style="text-align: …"`, which the site turns into a class because its Content-Security-Policy
 * forbids inline styles, against remark's `align`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { glossaryTerms } from '../../../src/adapter/glossary-terms.ts';
import { readContentFiles } from '../../../src/adapter/content-files.ts';
import { markdownPlugins } from '../../../src/lib/markdown/pipeline.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = readFileSync(join(root, 'tests/fixtures/gfm/constructs.md'), 'utf8');

// The site's processor as astro.config.mjs sets it up, and a bare one for the fixture.
const site = await createSatteriMarkdownProcessor({
  syntaxHighlight: false,
  features: { smartPunctuation: false },
  ...markdownPlugins({ glossary: () => glossaryTerms(root) }),
} as Parameters<typeof createSatteriMarkdownProcessor>[0]);
// Raw HTML in a body (<q>, <abbr>) passes through, as GitHub's renderer lets it (then sanitises it).
const reference = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true });

async function ours(markdown: string): Promise<string> {
  const { code } = (await site.render(markdown, {} as never)) as unknown as { code: string };
  return code;
}
const theirs = async (markdown: string) => String(await reference.process(markdown));

type Hast = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Hast[] };

/** The HTML with the site's own additions taken out, in one canonical spelling. */
function normalise(html: string): string {
  const tree = fromHtml(html, { fragment: true }) as unknown as Hast;
  const out: string[] = [];
  const walk = (node: Hast) => {
    if (node.type === 'text') return void out.push(node.value!.replace(/\s+/g, ' '));
    if (node.type !== 'element') return void node.children?.forEach(walk);
    const props = { ...node.properties };
    const classes = ((props['className'] as string[] | undefined) ?? []).filter((c) => !c.startsWith('align-'));
    // A permalink the site appends to a heading, and a glossary link: the site's own.
    if (node.tagName === 'a' && classes.includes('permalink')) return;
    if (node.tagName === 'a' && classes.includes('term')) return void node.children?.forEach(walk);
    const align =
      (props['align'] as string | undefined) ??
      /text-align:\s*(\w+)/.exec(String(props['style'] ?? ''))?.[1] ??
      ((node.properties?.['className'] as string[] | undefined) ?? []).find((c) => c.startsWith('align-'))?.slice(6);
    for (const key of ['id', 'rel', 'style', 'align', 'className', 'dataPagefindIgnore']) delete props[key];
    if (/^h[1-6]$/.test(node.tagName!) === false && node.properties?.['id'] !== undefined)
      props['id'] = node.properties['id'];
    const attrs = [
      ...(align ? [`align=${align}`] : []),
      ...(classes.length ? [`class=${classes.join(' ')}`] : []),
      ...Object.entries(props)
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(' ') : String(v)}`)
        .sort(),
    ];
    out.push(`<${node.tagName}${attrs.map((a) => ` ${a}`).join('')}>`);
    node.children?.forEach(walk);
    out.push(`</${node.tagName}>`);
  };
  walk(tree);
  return out
    .join('')
    .replace(/\s*(<\/?(p|li|ul|ol|table|thead|tbody|tr|th|td|h[1-6]|section|blockquote)\b[^>]*>)\s*/g, '$1');
}

describe('GitHub Flavored Markdown: the site renders as remark-gfm does', () => {
  it('renders each GFM construct of the fixture as the reference does', async () => {
    expect(normalise(await ours(fixture))).toBe(normalise(await theirs(fixture)));
  });

  it('sees a difference where there is one (the comparison is not blind)', () => {
    expect(normalise('<p><del>withdrawn</del> kept</p>')).not.toBe(normalise('<p>withdrawn kept</p>'));
    expect(normalise('<th align="right">a</th>')).not.toBe(normalise('<th>a</th>'));
    expect(normalise('<p>a<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup></p>')).not.toBe(
      normalise('<p>a<sup>1</sup></p>'),
    );
    // …and none where the site only adds its own marks.
    expect(normalise('<h2 id="x">T<a class="permalink" href="#x"></a></h2>')).toBe(normalise('<h2>T</h2>'));
  });

  it('draws table alignment with a class, never an inline style (the Content-Security-Policy forbids them)', async () => {
    const html = await ours('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n');
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-left">a</th>');
    expect(html).toContain('<td class="align-center">2</td>');
    expect(html).toContain('<td class="align-right">3</td>');
  });

  const bodies = readContentFiles(root)
    .filter((f) => f.path.endsWith('.mdx'))
    .map((f) => [f.path, parseFrontmatter(f.text).content] as const)
    .filter(([, body]) => body.trim() !== '');

  it(`renders every body of the real corpus as the reference does (${bodies.length} bodies)`, async () => {
    expect(bodies.length).toBeGreaterThan(400);
    const differ: string[] = [];
    for (const [path, body] of bodies) {
      const [a, b] = [normalise(await ours(body)), normalise(await theirs(body))];
      if (a === b) continue;
      let at = 0;
      while (a[at] === b[at]) at++;
      const around = (x: string) => x.slice(Math.max(0, at - 80), at + 120);
      differ.push(`${path}\n  site:      …${around(a)}\n  reference: …${around(b)}`);
    }
    expect(differ.slice(0, 5).join('\n')).toBe('');
  });
});
