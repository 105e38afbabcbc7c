import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { linkListSections, linkListsPlugin } from '../../../src/lib/markdown/link-lists.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

/** Finds the sections in an HTML fragment; returns each top-level element as `tag:ignored?`. */
const run = (html: string) => {
  const tree: Root = fromHtml(html, { fragment: true });
  const marked = new Set(linkListSections(tree.children).flat());
  return tree.children
    .filter((n): n is Element => n.type === 'element')
    .map((e) => `${e.tagName}${marked.has(e) ? ':ignored' : ''}`);
};

describe('link-list sections out of the search index', () => {
  it('marks a "Related measures" section of links, heading and list, and leaves prose sections alone', () => {
    expect(
      run(
        '<h2 id="how">How it is used</h2>\n<p>Prose that links <a href="/cbms/14/">CBM 14</a>.</p>\n' +
          '<h2 id="related-measures">Related measures</h2>\n<ul>\n<li><a href="/cbms/4/">CBM 4</a>: information on the Internet</li>\n<li>The measure in its decision: <a href="/decisions/pc-1202/">PC.DEC/1202</a></li>\n</ul>',
      ),
    ).toEqual(['h2', 'p', 'h2:ignored', 'ul:ignored']);
  });

  it('keeps a section indexed when it has a paragraph, or a list item without a link', () => {
    expect(run('<h2>See also</h2><p>Why these matter.</p><ul><li><a href="/a/">A</a></li></ul>')).toEqual([
      'h2',
      'p',
      'ul',
    ]);
    expect(
      run('<h2>Participants</h2><ul><li><a href="/states/ukraine/">Ukraine</a></li><li>fifteen experts</li></ul>'),
    ).toEqual(['h2', 'ul']);
  });

  it('ends a section at the next heading of the same or a higher level, not at a deeper one', () => {
    // The h3 section is a link list; the h2 above it also holds a heading, so it stays indexed.
    expect(
      run('<h2>Measures</h2><h3>CBM 8</h3><ul><li><a href="/cbms/8/">CBM 8</a></li></ul><h2>Text</h2><p>Prose.</p>'),
    ).toEqual(['h2', 'h3:ignored', 'ul:ignored', 'h2', 'p']);
  });

  it('marks the heading and lists of such a section in rendered Markdown, as the site renders it', () => {
    const html = renderMarkdown(
      '## How it is used\n\nProse about [CBM 14](/cbms/14/).\n\n## Related measures\n\n- [CBM 4](/cbms/4/)\n- [CBM 5](/cbms/5/)\n',
      { hastPlugins: [linkListsPlugin] },
    );
    expect(html).toContain('<h2>How it is used</h2>');
    expect(html).toContain('<h2 data-pagefind-ignore="">Related measures</h2>');
    expect(html).toContain('<ul data-pagefind-ignore="">');
  });
});
