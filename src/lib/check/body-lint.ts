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
import type { BodyFacts, BodyNote, EntryFile, Problem } from './types.ts';

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
    anchors.set(entryUrl(f.collection, f.id), f.bodyFacts ? new Set([...PAGE_IDS, ...f.bodyFacts.anchors]) : undefined);
  return anchors;
}

/**
 * Reads what the checks need from a body's syntax tree: its heading anchors, the problems it has on
 * its own, and the links and imports that are judged against the whole corpus (`lintBodies`).
 */
export function bodyFacts(tree: Root): BodyFacts {
  const notes: BodyNote[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;
  const problem = (node: RootContent, message: string, expected: string) =>
    notes.push({ kind: 'problem', line: lineOf(node), message, expected });
  const url = (node: RootContent, value: string) => notes.push({ kind: 'url', line: lineOf(node), url: value });

  visit(tree, (node) => {
    switch (node.type) {
      case 'heading':
        if ((node as Heading).depth === 1)
          problem(
            node as RootContent,
            `has a level-1 heading "${toString(node)}"`,
            'headings from level 2 (##); the page title is the level-1 heading',
          );
        break;
      case 'listItem':
        if (typeof (node as { checked?: boolean | null }).checked === 'boolean')
          problem(
            node as RootContent,
            'has a task-list item ([ ] or [x])',
            'plain list items (task lists render inaccessible checkboxes)',
          );
        break;
      case 'link':
      case 'definition':
      case 'image':
        url(node as RootContent, (node as Link).url);
        break;
      case 'mdxjsEsm': {
        const text = (node as { value: string }).value;
        if (/^\s*export\b/m.test(text)) problem(node as RootContent, 'exports code', 'no export statements in content');
        for (const m of text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm))
          notes.push({ kind: 'import', line: lineOf(node), from: m[1] ?? m[2] ?? '' });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problem(
          node as RootContent,
          `has a code expression {${(node as { value: string }).value.slice(0, 40)}}`,
          'plain text: write a literal brace as \\{',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const el = node as { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };
        const name = el.name ?? '';
        if (FORBIDDEN_ELEMENTS.has(name.toLowerCase()))
          problem(
            node as RootContent,
            `has a <${name}> element`,
            'no script, iframe, object, embed, style or form elements in content',
          );
        for (const attr of el.attributes) {
          if (attr.type !== 'mdxJsxAttribute') {
            problem(node as RootContent, `has a spread attribute on <${name}>`, 'plain attributes');
            continue;
          }
          if (/^on/i.test(attr.name ?? ''))
            problem(node as RootContent, `has an inline event handler ${attr.name} on <${name}>`, 'no on… attributes');
          if (
            ['href', 'src', 'action', 'formaction', 'xlink:href'].includes((attr.name ?? '').toLowerCase()) &&
            typeof attr.value === 'string'
          )
            url(node as RootContent, attr.value);
        }
        break;
      }
    }
  });
  return { anchors: headingAnchors(tree), notes };
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
    if (entry.bodyFacts) problems.push(...lintBody(entry, entry.bodyFacts, anchors, allowedComponents));
  }
  return problems;
}

/** Judges one body's notes: its own problems as they are, its links and imports against the corpus. */
function lintBody(
  entry: EntryFile,
  facts: BodyFacts,
  anchors: Map<string, Set<string> | undefined>,
  allowedComponents: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const ownUrl = entryUrl(entry.collection, entry.id);
  let line = 1;
  const add = (message: string, expected: string, didYouMean?: string) =>
    problems.push({
      file: entry.file,
      line: entry.bodyLine + line - 1,
      field: 'body',
      message,
      expected,
      ...(didYouMean ? { didYouMean } : {}),
    });

  for (const note of facts.notes) {
    line = note.line;
    if (note.kind === 'problem') add(note.message, note.expected);
    else if (note.kind === 'url') checkUrl(note.url);
    else {
      const name = note.from.split('/').pop() ?? '';
      const allowed = note.from.includes(CONTENT_COMPONENT_DIR) && allowedComponents.includes(name);
      if (!allowed)
        add(
          `imports "${note.from}"`,
          `an import of a content component from ${CONTENT_COMPONENT_DIR}${allowedComponents.length ? ` (${allowedComponents.join(', ')})` : ' (there are none yet)'}`,
        );
    }
  }

  function checkUrl(url: string) {
    const trimmed = url.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
    if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') {
      add(`links to a ${scheme}: URL`, 'an https:// link or a site path such as /cbms/15/');
      return;
    }
    if (scheme && scheme !== 'https' && scheme !== 'mailto') {
      add(`links to "${trimmed}" (${scheme}:)`, 'https:// for external links');
      return;
    }
    if (scheme) return;
    if (trimmed.startsWith('#')) {
      const id = safeDecode(trimmed.slice(1));
      const own = anchors.get(ownUrl);
      if (own && !own.has(id))
        add(
          `links to #${id}, which is not on this page`,
          `one of this page's anchors: ${[...own].join(', ')}`,
          closest(id, own),
        );
      return;
    }
    if (!trimmed.startsWith('/')) {
      add(
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
        `links to ${path}, a page that does not exist`,
        'the URL of an entry (/cbms/15/, /decisions/pc-1202/) or of a site page',
        closest(normalised, anchors.keys()),
      );
      return;
    }
    if (path !== normalised) add(`links to ${path} without the trailing slash`, normalised);
    const target = anchors.get(normalised);
    if (hash && target && !target.has(safeDecode(hash))) {
      add(
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
