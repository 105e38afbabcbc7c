import { describe, expect, it } from 'vitest';
import { bodyOf, parseFrontmatter } from '../../../src/lib/check/frontmatter.ts';

const file = `---
title: "A"
start: 2016-13-45
sources:
  - source: one
    locator: "p. 2"
---

## Body
`;

describe('parseFrontmatter', () => {
  it('keeps dates as written (YAML 1.2), so impossible ones can be caught', () => {
    expect((parseFrontmatter(file).data as Record<string, unknown>)['start']).toBe('2016-13-45');
  });
  it('gives the file line of any field, nested ones included', () => {
    const parsed = parseFrontmatter(file);
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['start'])).toBe(3);
    expect(parsed.lineOf(['sources', 0, 'locator'])).toBe(6);
    expect(parsed.lineOf(['sources', 0, 'missing'])).toBe(5);
    expect(parsed.bodyLine).toBe(8);
    expect(parsed.body).toContain('## Body');
  });
  it('reports YAML syntax errors with their line', () => {
    const parsed = parseFrontmatter('---\ntitle: "A\nkind: x\n---\n');
    expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
    expect(parsed.data).toBeUndefined();
  });
  it('reports a key that is a list or a mapping, and an alias to a later anchor, without throwing', () => {
    expect(parseFrontmatter('---\ntitle: A\n? [a, b]\n: c\n---\n').syntaxErrors).toMatchObject([
      { line: 3, message: expect.stringMatching(/plain name/) },
    ]);
    expect(parseFrontmatter('---\ntitle: *x\nkind: &x y\n---\n').syntaxErrors.length).toBeGreaterThan(0);
  });
  it('reports a file without frontmatter', () => {
    expect(parseFrontmatter('## Just a body').syntaxErrors[0]?.message).toMatch(/frontmatter/);
  });
});

describe('bodyOf', () => {
  it('gives the body after the front matter without reading the YAML, as parseFrontmatter does', () => {
    const text = '---\ntitle: [not: valid\n---\n\n## Aim\n\nText.\n';
    expect(bodyOf(text)).toBe('\n## Aim\n\nText.\n');
    const valid = '---\ntitle: A\n---\nBody\n';
    expect(bodyOf(valid)).toBe(parseFrontmatter(valid).body);
    expect(bodyOf('No front matter')).toBe('No front matter');
  });
});
