/**
 * A Markdown plugin (Sätteri, hast) that keeps an entry body's link-list sections ("Related measures", lists of
 * see-also links) out of the search index. Such a section repeats other pages' titles: indexed,
 * it makes the page rank for what it links to, gives it a sub-result named after the list and an
 * excerpt made of someone else's title. The section stays on the page as it is; only
 * `data-pagefind-ignore` is added to its heading and lists, so Pagefind skips them.
 *
 * A section is a heading with what follows it up to the next heading of the same or a higher
 * level. It counts as a link list when everything in it is a list and every item of every list
 * holds a link: one paragraph of prose is enough to keep the section indexed.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';

const HEADING = /^h([1-6])$/;

function level(node: RootContent | ElementContent): number {
  if (node.type !== 'element') return 0;
  const m = HEADING.exec(node.tagName);
  return m ? Number(m[1]) : 0;
}

function isBlank(node: RootContent | ElementContent): boolean {
  return node.type === 'text' ? node.value.trim() === '' : node.type === 'comment';
}

function holdsLink(node: ElementContent): boolean {
  if (node.type !== 'element') return false;
  return node.tagName === 'a' || node.children.some(holdsLink);
}

/** True when a list's items each hold a link. */
function isLinkList(node: RootContent | ElementContent): node is Element {
  if (node.type !== 'element' || (node.tagName !== 'ul' && node.tagName !== 'ol')) return false;
  const items = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  return items.length > 0 && items.every(holdsLink);
}

/**
 * The sections of a sequence of sibling nodes that consist of link lists only, as the heading
 * and the lists to mark.
 */
export function linkListSections(nodes: readonly (RootContent | ElementContent)[]): Element[][] {
  const found: Element[][] = [];
  nodes.forEach((node, i) => {
    const depth = level(node);
    if (!depth) return;
    const body: (RootContent | ElementContent)[] = [];
    for (const next of nodes.slice(i + 1)) {
      const nextDepth = level(next);
      if (nextDepth && nextDepth <= depth) break;
      if (!isBlank(next)) body.push(next);
    }
    if (body.length > 0 && body.every(isLinkList)) found.push([node as Element, ...(body as Element[])]);
  });
  return found;
}

/** A list item in Markdown source: `- `, `* `, `+ `, `1. ` or `1) ` at the start of a line. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/m;

const marker: HastPluginDefinition = {
  name: 'cybercbm-link-lists',
  before(root, ctx) {
    for (const section of linkListSections(root.children))
      for (const element of section) ctx.setProperty(element, 'dataPagefindIgnore', '');
  },
};

/**
 * The plugin: marks every link-list section of a rendered body with `data-pagefind-ignore`. A
 * body without a list has no such section, and is left alone without reading its tree.
 */
export const linkListsPlugin: HastPluginEntry = (ctx) => (LIST_ITEM.test(ctx.source) ? marker : undefined);
