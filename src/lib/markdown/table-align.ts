/**
 * Table alignment as a class: Sätteri writes a GFM column's alignment as an inline style
 * (`style="text-align: right"`), which the site's Content-Security-Policy forbids, so a browser
 * would drop it. This hast plugin turns it into `class="align-right"` (public/site.css draws it);
 * remark-gfm, the reference in tests/unit/markdown/gfm-reference.test.ts, writes `align="right"`.
 */
import type { HastPluginDefinition } from 'satteri';

export const tableAlignPlugin: HastPluginDefinition = {
  name: 'cybercbm-table-align',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties?.['style'];
      const align =
        typeof style === 'string' ? /^\s*text-align:\s*(left|center|right)\s*;?\s*$/.exec(style)?.[1] : undefined;
      if (!align) return;
      ctx.setProperty(node, 'style', undefined);
      const classes = node.properties?.['className'];
      ctx.setProperty(node, 'className', [...(Array.isArray(classes) ? classes : []), `align-${align}`]);
    },
  },
};
