/**
 * The one Markdown/MDX parser of the project's own code: remark with the MDX and GFM syntax, the
 * same grammar the site's MDX integration reads. The content lint, the corpus rules (measure
 * anchors) and the content loader's "does this body need the MDX compiler?" test all parse here.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { measureAnchor } from './measure-anchors.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** A parsed body, or where and why it cannot be read (line 1-based, relative to the body). */
export type ParsedBody =
  { tree: Root; error?: undefined } | { tree?: undefined; error: { line: number; message: string } };

/** Parses an MDX body; a syntax error is returned, never thrown. */
export function parseMdx(body: string): ParsedBody {
  try {
    return { tree: parser.parse(body) as Root };
  } catch (error) {
    const e = error as {
      line?: number;
      place?: { line?: number; start?: { line?: number } };
      reason?: string;
      message?: string;
    };
    return {
      error: {
        line: e.line ?? e.place?.line ?? e.place?.start?.line ?? 1,
        message: e.reason ?? e.message ?? String(error),
      },
    };
  }
}

/** The heading anchors a body will have on its page, as Astro and the measure plugin set them. */
export function headingAnchors(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node);
    ids.push(measureAnchor(text) ?? slugger.slug(text));
  });
  return ids;
}
