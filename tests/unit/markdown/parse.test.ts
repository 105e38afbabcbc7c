import { describe, expect, it } from 'vitest';
import { headingAnchors, parseMdx } from '../../../src/lib/markdown/parse.ts';

describe('parseMdx', () => {
  it('parses MDX with GFM tables and JSX', () => {
    const { tree, error } = parseMdx('## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<div />\n');
    expect(error).toBeUndefined();
    expect(tree?.children.map((n) => n.type)).toEqual(['heading', 'table', 'mdxJsxFlowElement']);
  });

  it('returns a syntax error with its line instead of throwing', () => {
    const { tree, error } = parseMdx('## A\n\ntext\n\n<div\n');
    expect(tree).toBeUndefined();
    expect(error?.line).toBeGreaterThanOrEqual(5);
    expect(error?.message).toBeTruthy();
  });
});

describe('headingAnchors', () => {
  it('finds the anchors a decision body will have: measure ids and slugs, made unique as on the page', () => {
    const { tree } = parseMdx('## Intro\n\n### CBM 12 — Exchanges\n\ntext\n\n### CBM 13 — Channels\n\n## Intro\n');
    expect(headingAnchors(tree!)).toEqual(['intro', 'cbm-12', 'cbm-13', 'intro-1']);
  });
});
