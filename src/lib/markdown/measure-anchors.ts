/**
 * A remark plugin that gives measure headings stable anchors. A heading whose text starts with
 * "CBM 15" gets the id `cbm-15`, so provenance links (`/decisions/pc-1202/#cbm-15`) land on the
 * measure whatever its heading says after the number. Astro's heading-id step keeps an id that
 * is already set and slugs every other heading as usual.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export const MEASURE_HEADING = /^\s*CBM\s+(\d{1,2})\b/;

/** The anchor id a heading text earns, or undefined for an ordinary heading. */
export function measureAnchor(headingText: string): string | undefined {
  const m = MEASURE_HEADING.exec(headingText);
  return m ? `cbm-${Number(m[1])}` : undefined;
}

/** The remark plugin: sets the `cbm-N` id on measure headings before Astro slugs the rest. */
export function remarkMeasureAnchors() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      const id = measureAnchor(toString(node));
      if (!id) return;
      // mdast-util-to-hast copies `data.hProperties` onto the HTML element.
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id };
    });
  };
}
