// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkMeasureAnchors } from './src/lib/remark-measure-anchors.ts';
import contentIntegrity from './src/integrations/content-integrity.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://cybercbm.example.org',
  trailingSlash: 'always',
  integrations: [contentIntegrity(), mdx()],
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark plugins; the unified processor runs them.
    processor: unified({ remarkPlugins: [remarkGfm, remarkMeasureAnchors] }),
  },
  build: { format: 'directory' },
});
