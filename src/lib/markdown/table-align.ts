/**
 * A GFM table's column alignment as a class (`align-left`, `align-center`, `align-right`) instead
 * of the inline `style="text-align: …"` Sätteri writes: the site's Content-Security-Policy
 * (`style-src 'self'`) blocks style attributes, so an aligned column would lose its alignment;
 * the stylesheet (public/site.css) aligns the classes. remark-gfm writes `align="…"` for the same
 * table; tests/content/gfm-reference.test.ts holds the two equal.
 */
import type { HastPluginDefinition } from 'satteri';

const ALIGN = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/;

export const tableAlignPlugin: HastPluginDefinition = {
  name: 'cybercbm-table-align',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties?.['style'];
      const align = typeof style === 'string' ? ALIGN.exec(style)?.[1] : undefined;
      if (!align) return;
      ctx.setProperty(node, 'style', undefined);
      ctx.setProperty(node, 'className', [`align-${align}`]);
    },
  },
};
