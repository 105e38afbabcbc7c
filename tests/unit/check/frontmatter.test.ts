import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { frontmatterFacts, parseFrontmatter, parsedFrom } from '../../../src/lib/check/frontmatter.ts';
import { bodyOf } from '../../../src/lib/markdown/parse.ts';
import { fileFactsStore } from '../../../src/build/file-facts.ts';
import { fileFacts } from '../../../src/lib/check/index.ts';

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

describe('front-matter facts, stored between builds', () => {
  const nested = `---
kind: a
empty:
list:
  - plain
  -
  - name: x
    parts: [1, 2]
"7": seven
---
Body
`;

  it('give every line the parsed document gives, after a trip through the store', () => {
    const stored = parsedFrom(
      nested,
      deserialize(serialize(frontmatterFacts(nested))) as ReturnType<typeof frontmatterFacts>,
    );
    const cases: [(string | number)[], number][] = [
      [['kind'], 2],
      [['empty'], 3],
      [['empty', 'below'], 3], // a key with no value: its own line
      [['list'], 4],
      [['list', 0], 5],
      [['list', 1], 6],
      [['list', 2, 'name'], 7],
      [['list', 2, 'parts', 1], 8],
      [['list', '0'], 4], // a list is indexed by numbers only
      [['list', 9], 4],
      [[7], 9], // a key is matched as written, whatever its type
      [['missing'], 1],
    ];
    // Keys that are names of Object.prototype are keys like any other.
    const odd = '---\nkind: a\nconstructor: b\n__proto__: c\nlast: d\n---\n';
    const oddStored = parsedFrom(
      odd,
      deserialize(serialize(frontmatterFacts(odd))) as ReturnType<typeof frontmatterFacts>,
    );
    expect([['constructor'], ['__proto__'], ['last'], ['toString']].map((p) => oddStored.lineOf(p))).toEqual([
      3, 4, 5, 1,
    ]);
    for (const [path, line] of cases) {
      expect(stored.lineOf(path), JSON.stringify(path)).toBe(line);
      expect(parseFrontmatter(nested).lineOf(path), JSON.stringify(path)).toBe(line);
    }
    expect(stored.data).toEqual({
      kind: 'a',
      empty: null,
      list: ['plain', null, { name: 'x', parts: [1, 2] }],
      '7': 'seven',
    });
    expect(stored.body).toBe('Body\n');
    expect(stored.bodyLine).toBe(11);
  });

  it('are read once per text, with the body: a second store of the same project hands them back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cybercbm-frontmatter-'));
    try {
      const first = fileFactsStore(dir);
      first.facts(nested);
      first.facts(nested);
      first.facts(file);
      // The same text twice is read once and counted once.
      expect(first.counts).toEqual({ stored: 0, read: 2 });
      first.save();
      expect(readdirSync(dir)).toHaveLength(1);
      const second = fileFactsStore(dir);
      expect(second.facts(file)).toEqual(fileFacts(file));
      second.facts('---\ntitle: new\n---\n');
      expect(second.counts).toEqual({ stored: 1, read: 1 });
      // What was not seen again is not kept.
      second.save();
      const third = fileFactsStore(dir);
      third.facts(nested);
      expect(third.counts).toEqual({ stored: 0, read: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
