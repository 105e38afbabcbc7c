/**
 * "On this page": an entry body's headings as a nested list, for the right rail of entry pages.
 * Pure: takes the headings Astro's `render()` returns (depth, slug, text).
 */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests headings between `minDepth` and `maxDepth` (default `##` and `###`): each heading goes
 * under the closest preceding heading of a smaller depth, or at the top when there is none (so a
 * body that starts with `###` still lists it). Headings outside the range are left out.
 */
export function tableOfContents(headings: readonly Heading[], { minDepth = 2, maxDepth = 3 } = {}): TocItem[] {
  const top: TocItem[] = [];
  const open: { depth: number; item: TocItem }[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth < minDepth || depth > maxDepth || !slug) continue;
    const item: TocItem = { slug, text: text.trim(), children: [] };
    while (open.length > 0 && open[open.length - 1]!.depth >= depth) open.pop();
    (open.length > 0 ? open[open.length - 1]!.item.children : top).push(item);
    open.push({ depth, item });
  }
  return top;
}

/** How many links a table of contents holds, at every level. */
export function tocSize(items: readonly TocItem[]): number {
  return items.reduce((n, item) => n + 1 + tocSize(item.children), 0);
}
