/**
 * A Markdown plugin that gives measure headings stable anchors. A heading whose text starts with
 * "CBM 15" gets the id `cbm-15`, so provenance links (`/decisions/pc-1202/#cbm-15`) land on the
 * measure whatever its heading says after the number. The heading-link plugin keeps an id that
 * is already set and slugs every other heading (./heading-links.ts).
 */
import type { MdastPluginDefinition } from 'satteri';

// The measure's short label in each of the site's languages (src/lib/i18n/*.ts, `cbm.label`):
// a translated decision heads its measures "МД 15 — …", and the anchor must be the same.
export const MEASURE_HEADING = /^\s*(?:CBM|МД|MDC|VBM|MFC)\s+(\d{1,2})(?!\d)/u;

/** The anchor id a heading text earns, or undefined for an ordinary heading. */
export function measureAnchor(headingText: string): string | undefined {
  const m = MEASURE_HEADING.exec(headingText);
  return m ? `cbm-${Number(m[1])}` : undefined;
}

/** The Markdown plugin (Sätteri, mdast): sets the `cbm-N` id on measure headings before the other headings get theirs. */
export const measureAnchorsPlugin: MdastPluginDefinition = {
  name: 'cybercbm-measure-anchors',
  heading(node, ctx) {
    const id = measureAnchor(ctx.textContent(node));
    // The mdast-to-hast step copies `data.hProperties` onto the HTML element.
    if (id) ctx.setProperty(node, 'data', { ...node.data, hProperties: { id } });
  },
};
