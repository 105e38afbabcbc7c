// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import remarkGfm from 'remark-gfm';
import { remarkMeasureAnchors } from './src/lib/markdown/measure-anchors.ts';
import { rehypePagefindLinkLists } from './src/lib/rehype-pagefind-link-lists.ts';
import { remarkGlossaryLinks } from './src/lib/markdown/glossary-links.ts';
import { glossaryTerms } from './src/site/glossary-terms.ts';
import contentIntegrity from './src/integrations/content-integrity.ts';
import citations from './src/integrations/citations.ts';
import minifyPublic from './src/integrations/minify-public.ts';

/**
 * The § after each heading: a visible sign; its name for screen readers is the link's aria-label
 * (not hidden text, which Pagefind would index into every heading and excerpt).
 */
const permalinkContent = [
  { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '§' }] },
];

export default defineConfig({
  site: process.env.SITE_URL || 'https://cybercbm.example.org',
  trailingSlash: 'always',
  // SITE_URL sets the absolute URL used in canonical links, feeds, the sitemap and citations.
  integrations: [contentIntegrity(), citations(), mdx(), sitemap(), minifyPublic()],
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark plugins; the unified processor runs them.
    processor: unified({
      // Typographic quotes (SmartyPants) cost ~7 % of a 2,000-entry build (profiled); content is written with the right characters.
      smartypants: false,
      // The first use of a glossary term in an entry's body links to the term (no JavaScript).
      remarkPlugins: [remarkGfm, remarkMeasureAnchors, [remarkGlossaryLinks, { glossary: () => glossaryTerms() }]],
      rehypePlugins: [
        // Ids first (Astro would add them only after user plugins), then the § permalinks.
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            properties: { className: ['permalink'], ariaLabel: 'Link to this section', dataPagefindIgnore: '' },
            content: permalinkContent,
          },
        ],
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
        // Link-list sections ("Related measures") stay out of the search index: they name other pages.
        rehypePagefindLinkLists,
      ],
    }),
  },
  // One shared stylesheet (public/site.css); nothing inlined, so the CSP can forbid inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
});
