/**
 * A door of the build wing for pages: an entry's rendered body and its headings, wherever the
 * build keeps it. A plain entry was rendered by the content loader into a pack file
 * (src/build/body-packs.ts); an entry that really uses MDX is a module Astro renders.
 */
import { render } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { MarkdownHeading } from 'astro';
import type { AnyEntry } from '../adapter/corpus.ts';
import { readBody, storedBody } from './body-packs.ts';

export type EntryBody =
  | { html: string; Content?: undefined; headings: MarkdownHeading[] }
  | { html?: undefined; Content: AstroComponentFactory; headings: MarkdownHeading[] };

/** The body of `entry`: its HTML, or the component that renders it, and its headings. */
export async function entryBody(entry: AnyEntry): Promise<EntryBody> {
  const stored = storedBody(entry.rendered);
  if (stored) return { html: readBody(stored), headings: stored.headings };
  const { Content, headings } = await render(entry);
  return { Content, headings };
}

/** Whether a body has anything to show. */
export function hasText(body: EntryBody, entry: AnyEntry): boolean {
  return Boolean(body.html?.trim() || entry.body?.trim());
}
