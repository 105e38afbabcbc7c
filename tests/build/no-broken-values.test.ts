/**
 * No page of dist/ shows a value the templates failed to fill: `undefined`, `NaN`,
 * `[object Object]` or `Invalid Date`, in its visible text or in any attribute (titles, hrefs,
 * meta tags, Pagefind data).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../helpers/dist.ts';

const BROKEN = /\bundefined\b|\bNaN\b|\[object Object\]|Invalid Date/;

/** Every broken value on one page, as `where: text`. */
function brokenValues(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html) as Root, (node, _index, parent) => {
    const inScript = parent?.type === 'element' && ['script', 'style'].includes((parent as Element).tagName);
    if (node.type === 'text' && !inScript && BROKEN.test(node.value))
      found.push(`text: ${node.value.trim().slice(0, 120)}`);
    if (node.type !== 'element') return;
    for (const [name, value] of Object.entries((node as Element).properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (BROKEN.test(text)) found.push(`<${(node as Element).tagName} ${name}>: ${text.slice(0, 120)}`);
    }
  });
  return found;
}

describe('the built pages', () => {
  it('finds a broken value where one is planted (the check itself works)', () => {
    expect(brokenValues('<p title="x">Adopted NaN</p><a href="/cbms/undefined/">y</a><p>[object Object]</p>')).toEqual([
      'text: Adopted NaN',
      '<a href>: /cbms/undefined/',
      'text: [object Object]',
    ]);
    expect(brokenValues('<script type="application/ld+json">{"a":"undefined"}</script><p>fine</p>')).toEqual([]);
  });

  it('show no undefined, NaN, [object Object] or Invalid Date in text or attributes', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) =>
      brokenValues(readFileSync(file, 'utf8')).map((p) => `${relative(DIST, file)}  ${p}`),
    );
    expect(problems).toEqual([]);
  });
});
