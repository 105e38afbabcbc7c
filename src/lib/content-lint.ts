/**
 * The content lint: rules over each MDX body's syntax tree (remark + remark-mdx + remark-gfm),
 * so that a pull request cannot put scripts, unsafe links, broken internal links or scaffold
 * placeholders on the site. Pure: it gets the entries and returns problems.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { CheckedEntry, Problem } from './integrity.ts';
import { measureAnchor } from './remark-measure-anchors.ts';
import { entryUrl, STATIC_PAGES } from './urls.ts';

/** The marker `npm run new` writes where a maintainer still has to fill something in. */
export const PLACEHOLDER = 'TODO(cybercbm)';

/** Components MDX content may import: the files in src/components/content/ (by file name). */
export const CONTENT_COMPONENT_DIR = 'src/components/content/';

/** Elements that must never appear in content, whatever their attributes. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'form', 'frame', 'frameset', 'base', 'meta', 'link']);

/** Ids every entry page has besides its headings' (see src/pages/[collection]/[slug].astro). */
const PAGE_IDS = ['main', 'references', 'referenced-by', 'sources', 'source-notes', 'provenance'];

/** Site pages that are not entries. */
export function fixedPages(): string[] {
  return STATIC_PAGES.map((p) => p.url);
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses an MDX body; a syntax error becomes a problem. */
export function parseBody(body: string): { tree?: Root; error?: { line: number; message: string } } {
  try {
    return { tree: parser.parse(body) as Root };
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    return { error: { line: e.line ?? e.place?.line ?? e.place?.start?.line ?? 1, message: e.reason ?? e.message } };
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

/**
 * Lints every entry's body.
 * @param entries schema-valid entries
 * @param allowedComponents file names in src/components/content/
 */
export function lintContent(entries: CheckedEntry[], allowedComponents: string[] = []): Problem[] {
  const problems: Problem[] = [];
  const trees = new Map<CheckedEntry, Root>();
  const anchors = new Map<string, Set<string>>();
  for (const page of fixedPages()) anchors.set(page, new Set(['main']));

  for (const entry of entries) {
    const { tree, error } = parseBody(entry.body);
    if (error) {
      problems.push({ file: entry.file, line: entry.bodyLine + error.line - 1, field: 'body', message: `MDX cannot be read: ${error.message}`, expected: 'valid MDX (braces { } and < start code in MDX; write them as \\{ \\} and &lt;)' });
      continue;
    }
    trees.set(entry, tree!);
    anchors.set(entryUrl(entry.collection, entry.id), new Set([...PAGE_IDS, ...headingAnchors(tree!)]));
  }

  for (const [entry, tree] of trees) {
    const at = (node: { position?: { start: { line: number } } }) => entry.bodyLine + (node.position?.start.line ?? 1) - 1;
    const add = (node: RootContent | Root, message: string, expected: string) =>
      problems.push({ file: entry.file, line: at(node), field: 'body', message, expected });
    const ownUrl = entryUrl(entry.collection, entry.id);

    visit(tree, (node) => {
      switch (node.type) {
        case 'heading':
          if ((node as Heading).depth === 1) add(node, `has a level-1 heading "${toString(node)}"`, 'headings from level 2 (##); the page title is the level-1 heading');
          break;
        case 'listItem':
          if (typeof (node as { checked?: boolean | null }).checked === 'boolean') add(node, 'has a task-list item ([ ] or [x])', 'plain list items (task lists render inaccessible checkboxes)');
          break;
        case 'link':
        case 'definition':
        case 'image':
          checkUrl((node as Link).url, node as RootContent);
          break;
        case 'mdxjsEsm': {
          const text = (node as { value: string }).value;
          if (/^\s*export\b/m.test(text)) add(node, 'exports code', 'no export statements in content');
          for (const m of text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
            const from = m[1] ?? m[2] ?? '';
            const name = from.split('/').pop() ?? '';
            const allowed = from.includes(CONTENT_COMPONENT_DIR) && allowedComponents.includes(name);
            if (!allowed) add(node, `imports "${from}"`, `an import of a content component from ${CONTENT_COMPONENT_DIR}${allowedComponents.length ? ` (${allowedComponents.join(', ')})` : ' (there are none yet)'}`);
          }
          break;
        }
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          add(node, `has a code expression {${(node as { value: string }).value.slice(0, 40)}}`, 'plain text: write a literal brace as \\{');
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const el = node as { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };
          const name = el.name ?? '';
          if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) add(node, `has a <${name}> element`, 'no script, iframe, object, embed, style or form elements in content');
          for (const attr of el.attributes) {
            if (attr.type !== 'mdxJsxAttribute') {
              add(node, `has a spread attribute on <${name}>`, 'plain attributes');
              continue;
            }
            if (/^on/i.test(attr.name ?? '')) add(node, `has an inline event handler ${attr.name} on <${name}>`, 'no on… attributes');
            if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes((attr.name ?? '').toLowerCase()) && typeof attr.value === 'string') checkUrl(attr.value, node as RootContent);
          }
          break;
        }
      }
    });

    function checkUrl(url: string, node: RootContent) {
      const trimmed = url.trim();
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
      if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') {
        add(node, `links to a ${scheme}: URL`, 'an https:// link or a site path such as /cbms/15/');
        return;
      }
      if (scheme && scheme !== 'https' && scheme !== 'mailto') {
        add(node, `links to "${trimmed}" (${scheme}:)`, 'https:// for external links');
        return;
      }
      if (scheme) return;
      if (trimmed.startsWith('#')) {
        const id = decodeURIComponent(trimmed.slice(1));
        if (!anchors.get(ownUrl)?.has(id)) add(node, `links to #${id}, which is not on this page`, `one of this page's anchors: ${[...(anchors.get(ownUrl) ?? [])].join(', ')}`);
        return;
      }
      if (!trimmed.startsWith('/')) {
        add(node, `links to the relative address "${trimmed}"`, 'a site path starting with / (e.g. /decisions/pc-1202/) or an https:// URL');
        return;
      }
      const [pathAndQuery, hash] = trimmed.split('#') as [string, string?];
      const path = pathAndQuery.split('?')[0]!;
      const normalised = path.endsWith('/') ? path : `${path}/`;
      const target = anchors.get(normalised);
      if (!target) {
        add(node, `links to ${path}, a page that does not exist`, 'the URL of an entry (/cbms/15/, /decisions/pc-1202/) or of a site page');
        return;
      }
      if (path !== normalised) add(node, `links to ${path} without the trailing slash`, normalised);
      if (hash && !target.has(decodeURIComponent(hash))) {
        add(node, `links to ${normalised}#${hash}, an anchor that page does not have`, `one of: ${[...target].slice(0, 12).join(', ')}`);
      }
    }
  }
  return problems;
}

/** Every line of a file that still holds the scaffold's placeholder marker. */
export function placeholderProblems(file: string, source: string): Problem[] {
  return source.split('\n').flatMap((text, i) =>
    text.includes(PLACEHOLDER)
      ? [{ file, line: i + 1, field: fieldOnLine(text), message: `still has the placeholder ${PLACEHOLDER} from npm run new`, expected: 'the real value, from a source' }]
      : [],
  );
}

function fieldOnLine(text: string): string {
  return /^\s*-?\s*([A-Za-z][\w]*)\s*:/.exec(text)?.[1] ?? 'body';
}
