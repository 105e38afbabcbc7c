/**
 * The content lint: rules over each MDX body's syntax tree, so that a pull request cannot put
 * scripts, unsafe links, broken internal links or code on the site. Pure: it gets the parsed
 * entry files and returns problems.
 */
import type { Heading, Link, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { entryUrl, STATIC_PAGES } from '../urls.ts';
import { headingAnchors } from '../markdown/parse.ts';
import { closest } from './did-you-mean.ts';
import type { EntryFile, Problem } from './types.ts';

/** Components MDX content may import: the files in src/components/content/ (by file name). */
export const CONTENT_COMPONENT_DIR = 'src/components/content/';

/** Elements that must never appear in content, whatever their attributes. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'form',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
]);

/** Ids every entry page has besides its headings' (see src/pages/[collection]/[slug].astro). */
const PAGE_IDS = ['main', 'references', 'referenced-by', 'sources', 'source-notes', 'provenance'];

/** Site pages that are not entries: the one list in src/lib/urls.ts that the navigation reads too. */
export function fixedPages(): string[] {
  return STATIC_PAGES.map((p) => p.url);
}

/**
 * The anchors of every page a body may link to: site pages, and each entry's page with its
 * heading ids. An entry whose body cannot be read still has a page; its anchors are then
 * unknown (`undefined`), and links into it are not judged.
 */
export function pageAnchors(files: readonly EntryFile[]): Map<string, Set<string> | undefined> {
  const anchors = new Map<string, Set<string> | undefined>();
  for (const page of fixedPages()) anchors.set(page, new Set(['main']));
  for (const f of files)
    anchors.set(entryUrl(f.collection, f.id), f.tree ? new Set([...PAGE_IDS, ...headingAnchors(f.tree)]) : undefined);
  return anchors;
}

/**
 * Lints every entry's body.
 * @param files every entry file of the corpus (an invalid front matter does not stop the body's lint)
 * @param allowedComponents file names in src/components/content/
 */
export function lintBodies(files: readonly EntryFile[], allowedComponents: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  const anchors = pageAnchors(files);
  for (const entry of files) {
    if (entry.bodyError) {
      problems.push({
        file: entry.file,
        line: entry.bodyLine + entry.bodyError.line - 1,
        field: 'body',
        message: `MDX cannot be read: ${entry.bodyError.message}`,
        expected: 'valid MDX (braces { } and < start code in MDX; write them as \\{ \\} and &lt;)',
      });
    }
    if (entry.tree) problems.push(...lintBody(entry, entry.tree, anchors, allowedComponents));
  }
  return problems;
}

function lintBody(
  entry: EntryFile,
  tree: Root,
  anchors: Map<string, Set<string> | undefined>,
  allowedComponents: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const at = (node: { position?: { start: { line: number } } }) =>
    entry.bodyLine + (node.position?.start.line ?? 1) - 1;
  const add = (node: RootContent | Root, message: string, expected: string, didYouMean?: string) =>
    problems.push({
      file: entry.file,
      line: at(node),
      field: 'body',
      message,
      expected,
      ...(didYouMean ? { didYouMean } : {}),
    });
  const ownUrl = entryUrl(entry.collection, entry.id);

  visit(tree, (node) => {
    switch (node.type) {
      case 'heading':
        if ((node as Heading).depth === 1)
          add(
            node,
            `has a level-1 heading "${toString(node)}"`,
            'headings from level 2 (##); the page title is the level-1 heading',
          );
        break;
      case 'listItem':
        if (typeof (node as { checked?: boolean | null }).checked === 'boolean')
          add(
            node,
            'has a task-list item ([ ] or [x])',
            'plain list items (task lists render inaccessible checkboxes)',
          );
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
          if (!allowed)
            add(
              node,
              `imports "${from}"`,
              `an import of a content component from ${CONTENT_COMPONENT_DIR}${allowedComponents.length ? ` (${allowedComponents.join(', ')})` : ' (there are none yet)'}`,
            );
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          `has a code expression {${(node as { value: string }).value.slice(0, 40)}}`,
          'plain text: write a literal brace as \\{',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const el = node as { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };
        const name = el.name ?? '';
        if (FORBIDDEN_ELEMENTS.has(name.toLowerCase()))
          add(node, `has a <${name}> element`, 'no script, iframe, object, embed, style or form elements in content');
        for (const attr of el.attributes) {
          if (attr.type !== 'mdxJsxAttribute') {
            add(node, `has a spread attribute on <${name}>`, 'plain attributes');
            continue;
          }
          if (/^on/i.test(attr.name ?? ''))
            add(node, `has an inline event handler ${attr.name} on <${name}>`, 'no on… attributes');
          if (
            ['href', 'src', 'action', 'formaction', 'xlink:href'].includes((attr.name ?? '').toLowerCase()) &&
            typeof attr.value === 'string'
          )
            checkUrl(attr.value, node as RootContent);
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
      const id = safeDecode(trimmed.slice(1));
      const own = anchors.get(ownUrl);
      if (own && !own.has(id))
        add(
          node,
          `links to #${id}, which is not on this page`,
          `one of this page's anchors: ${[...own].join(', ')}`,
          closest(id, own),
        );
      return;
    }
    if (!trimmed.startsWith('/')) {
      add(
        node,
        `links to the relative address "${trimmed}"`,
        'a site path starting with / (e.g. /decisions/pc-1202/) or an https:// URL',
      );
      return;
    }
    const [pathAndQuery, hash] = trimmed.split('#') as [string, string?];
    const path = pathAndQuery.split('?')[0]!;
    const normalised = path.endsWith('/') ? path : `${path}/`;
    if (!anchors.has(normalised)) {
      add(
        node,
        `links to ${path}, a page that does not exist`,
        'the URL of an entry (/cbms/15/, /decisions/pc-1202/) or of a site page',
        closest(normalised, anchors.keys()),
      );
      return;
    }
    if (path !== normalised) add(node, `links to ${path} without the trailing slash`, normalised);
    const target = anchors.get(normalised);
    if (hash && target && !target.has(safeDecode(hash))) {
      add(
        node,
        `links to ${normalised}#${hash}, an anchor that page does not have`,
        `one of: ${[...target].slice(0, 12).join(', ')}`,
        closest(safeDecode(hash), target),
      );
    }
  }
  return problems;
}

/** Percent-decoding that keeps a malformed escape (`#%E0%A4%A`) as written instead of throwing. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
