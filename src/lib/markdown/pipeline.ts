/**
 * The site's Markdown pipeline: the plugins Sätteri (Astro 7's Markdown and MDX engine) runs on
 * every entry body, in order. astro.config.mjs hands them to `satteri()`; MDX files inherit them.
 */
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { glossaryLinksPlugin, type GlossaryTerm } from './glossary-links.ts';
import { externalLinksPlugin, headingLinksPlugin } from './heading-links.ts';
import { linkListsPlugin } from './link-lists.ts';
import { measureAnchorsPlugin } from './measure-anchors.ts';
import { tableAlignPlugin } from './table-align.ts';

export function markdownPlugins(options: { glossary: () => readonly GlossaryTerm[] }): {
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
} {
  return {
    // Measure headings get their `cbm-N` ids; the first use of a glossary term links to it (no JavaScript).
    mdastPlugins: [measureAnchorsPlugin, glossaryLinksPlugin(options)],
    // Ids and § permalinks; external links' rel; link-list sections ("Related measures") kept out of
    // search; table alignment as classes (the CSP blocks style attributes).
    hastPlugins: [headingLinksPlugin, externalLinksPlugin, linkListsPlugin, tableAlignPlugin],
  };
}
