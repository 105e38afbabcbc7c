/**
 * Headings in an entry's body get an id and a permalink (the § after the heading), and links
 * that leave the site get `rel="noopener noreferrer"`: two Markdown plugins (Sätteri, hast).
 *
 * Ids: a measure heading keeps the `cbm-N` id set by ./measure-anchors.ts; every other heading is
 * slugged with github-slugger in document order, as Astro would, so ./parse.ts's
 * `headingAnchors()` (which the content lint checks links against) gives the same ids. Astro's own
 * heading step runs after this one, keeps the ids and lists the headings for "On this page".
 *
 * The permalink holds no text: its name for screen readers is its aria-label, and the § is drawn
 * by the stylesheet (`.permalink::after`), so neither the headings' text ("On this page") nor
 * Pagefind's index and excerpts pick it up.
 */
import GithubSlugger from 'github-slugger';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** A fresh plugin per document (each has its own slugger). */
export const headingLinksPlugin: HastPluginEntry = () => {
  const slugger = new GithubSlugger();
  const plugin: HastPluginDefinition = {
    name: 'cybercbm-heading-links',
    element: {
      filter: HEADINGS,
      visit(node, ctx) {
        const given = node.properties?.['id'];
        const id = typeof given === 'string' ? given : slugger.slug(ctx.textContent(node));
        if (typeof given !== 'string') ctx.setProperty(node, 'id', id);
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: {
            href: `#${id}`,
            className: ['permalink'],
            ariaLabel: 'Link to this section',
            dataPagefindIgnore: '',
          },
          children: [],
        });
      },
    },
  };
  return plugin;
};

/** Whether a link leaves the site: an absolute http(s) or protocol-relative address. */
export function isExternal(href: unknown): boolean {
  return typeof href === 'string' && /^(https?:)?\/\//i.test(href);
}

/** Links that leave the site open without handing it the opener or the referrer. */
export const externalLinksPlugin: HastPluginDefinition = {
  name: 'cybercbm-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      if (isExternal(node.properties?.['href'])) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
    },
  },
};
