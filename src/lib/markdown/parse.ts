/**
 * The one Markdown/MDX parser of the project's own code: Sätteri (Astro 7's native Markdown and
 * MDX engine, the one that renders the site), reading MDX with GFM into an mdast tree. The content
 * lint, the corpus rules (measure anchors) and the content loader's "does this body need the MDX
 * compiler?" test all parse here.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { measureAnchor } from './measure-anchors.ts';

/** A content file's front matter block: `---`, the YAML, `---` (the body follows it). */
export const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A file's MDX body, after its front matter, without reading the YAML (the whole text when there is none). */
export function bodyOf(source: string): string {
  const match = FENCE.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** A parsed body, or where and why it cannot be read (line 1-based, relative to the body). */
export type ParsedBody =
  { tree: Root; error?: undefined } | { tree?: undefined; error: { line: number; message: string } };

/** Parses an MDX body; a syntax error is returned, never thrown. */
export function parseMdx(body: string): ParsedBody {
  try {
    return { tree: mdxToMdast(body, { features: { smartPunctuation: false } }) as Root };
  } catch (error) {
    // Sätteri's messages start with the place: "5:1: Unexpected end of file … (mdx-jsx:…)".
    const text = (error as Error)?.message ?? String(error);
    const place = /^(\d+):(\d+):\s*/.exec(text);
    return {
      error: {
        line: place ? Number(place[1]) : 1,
        message: (place ? text.slice(place[0].length) : text).replace(/\s*\([a-z-]+:[a-z-]+\)$/, ''),
      },
    };
  }
}

/** The heading anchors a body will have on its page, as the heading-link plugin sets them. */
export function headingAnchors(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node);
    ids.push(measureAnchor(text) ?? slugger.slug(text));
  });
  return ids;
}
