/**
 * No page of the built site shows a value that went missing on its way from the content to the
 * page: `undefined`, `NaN`, `[object Object]` or `Invalid Date`, in text or in an attribute.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';

const BROKEN = /\b(undefined|NaN)\b|\[object Object\]|Invalid Date/;

describe('the built site', () => {
  it('has no page with undefined, NaN, [object Object] or Invalid Date', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => {
      // Scripts may say `undefined` legitimately; what a reader sees and links to may not.
      const html = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '');
      const m = BROKEN.exec(html);
      return m ? [`${file}: …${html.slice(Math.max(0, m.index - 60), m.index + 30)}…`] : [];
    });
    expect(found).toEqual([]);
  });
});
