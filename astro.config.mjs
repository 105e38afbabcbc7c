// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownPlugins } from './src/lib/markdown/pipeline.ts';
import { glossaryTerms } from './src/adapter/glossary-terms.ts';
import cybercbm from './src/build/index.ts';
import { DEFAULT_LOCALE, LANGUAGE_TAG, LOCALES } from './src/lib/i18n/locales.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'https://cybercbm.example.org',
  trailingSlash: 'always',
  // SITE_URL sets the absolute URL used in canonical links, feeds, the sitemap and citations.
  // The site's own integration (src/build/index.ts): the content check, the citations and the client assets.
  // The sitemap lists each page's other languages (`xhtml:link` alternates) from its URL prefix.
  integrations: [cybercbm(), mdx(), sitemap({ i18n: { defaultLocale: DEFAULT_LOCALE, locales: LANGUAGE_TAG } })],
  // English at `/` (every URL unchanged), the OSCE's other languages under their prefix
  // (src/lib/i18n/locales.ts); the pages of those languages are routes under src/pages/[locale]/.
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  markdown: {
    // No syntax highlighting: the content has no code samples, and Shiki's colours are inline
    // styles, which the Content-Security-Policy forbids. Without it no highlighter is started.
    syntaxHighlight: false,
    // Sätteri, Astro 7's native Markdown and MDX engine, with the site's plugins (src/lib/markdown/pipeline.ts).
    // Typographic quotes are off: content is written with the right characters.
    processor: satteri({
      features: { smartPunctuation: false },
      ...markdownPlugins({ glossary: () => glossaryTerms() }),
    }),
  },
  // One shared stylesheet (public/site.css); nothing inlined, so the CSP can forbid inline styles.
  // Four pages at a time: with one, Astro's page loop waits on every file write; four overlap the
  // writes with rendering (BENCHMARKS.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
});
