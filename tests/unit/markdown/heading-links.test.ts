import { describe, expect, it } from 'vitest';
import { isExternal } from '../../../src/lib/markdown/heading-links.ts';
import { markdownPlugins } from '../../../src/lib/markdown/pipeline.ts';
import { headingAnchors, parseMdx } from '../../../src/lib/markdown/parse.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

const plugins = markdownPlugins({ glossary: () => [] });
const render = (markdown: string) => renderMarkdown(markdown, plugins);

describe('heading links and external links (the site pipeline)', () => {
  const body =
    '## Aim\n\n## CBM 8 — Contact points\n\n### Aim\n\nSee [the text](https://example.org/a) and [CBM 4](/cbms/4/).\n';

  it('gives every heading an id (measures cbm-N, others slugged in order) and a § permalink to it', () => {
    const html = render(body);
    expect(html).toContain(
      '<h2 id="aim">Aim<a href="#aim" class="permalink" aria-label="Link to this section" data-pagefind-ignore=""></a></h2>',
    );
    expect(html).toContain('<h2 id="cbm-8">CBM 8 — Contact points<a href="#cbm-8" class="permalink"');
    expect(html).toContain('<h3 id="aim-1">Aim<a href="#aim-1"');
  });

  it('sets the same ids the content lint checks links against', () => {
    const ids = [...render(body).matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(headingAnchors(parseMdx(body).tree!));
  });

  it('adds rel="noopener noreferrer" to links that leave the site, and only to them', () => {
    const html = render(body);
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer">the text</a>');
    expect(html).toContain('<a href="/cbms/4/">CBM 4</a>');
    expect([isExternal('//cdn.example/x'), isExternal('HTTP://x.org'), isExternal('/a/'), isExternal('#x')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
