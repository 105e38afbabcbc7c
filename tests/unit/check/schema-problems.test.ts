import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../../src/lib/check/schema-problems.ts';
import { schemas } from '../../../src/schemas/index.ts';

const lineOf = (path: ReadonlyArray<string | number>) => 2 + path.length;
const problemsOf = (schema: z.ZodType, input: unknown) =>
  schemaProblems('sources', 'content/sources/x.mdx', schema.safeParse(input).error?.issues ?? [], input, lineOf);
const source = { title: 'T', publisher: 'P', kind: 'issuer', url: 'https://www.osce.org/x', accessed: '2026-12-01' };

describe('schema problems', () => {
  it('names the field of a rule over several fields when the rule gives its path (a source needs url or urlNote, and accessed with a url)', () => {
    const { url: _url, accessed: _accessed, ...bare } = source;
    expect(problemsOf(schemas.sources, bare)).toEqual([
      {
        file: 'content/sources/x.mdx',
        line: 3,
        field: 'url',
        message: 'is missing',
        expected: "url, the source's address (https, or http where it has none), or urlNote saying why it has none",
      },
    ]);
    const { accessed: _a, ...unread } = source;
    expect(problemsOf(schemas.sources, unread)).toEqual([
      {
        file: 'content/sources/x.mdx',
        line: 3,
        field: 'accessed',
        message: 'is missing',
        expected: 'accessed, the date the source was read at its url (YYYY-MM-DD)',
      },
    ]);
    expect(problemsOf(schemas.sources, { ...bare, urlNote: 'No public copy was found.' })).toEqual([]);
  });

  it('says which rule an entry breaks when the rule names no field', () => {
    const rule = schemas.sources.refine((s) => s.publisher !== s.title, {
      error: 'Expected a publisher other than the title',
    });
    expect(problemsOf(rule, { ...source, publisher: 'T' })).toEqual([
      {
        file: 'content/sources/x.mdx',
        line: 2,
        field: '(frontmatter)',
        message: 'breaks a rule of its collection',
        expected: 'a publisher other than the title',
      },
    ]);
  });

  it('reads a value that refers to itself (a YAML alias) without failing', () => {
    const looped: Record<string, unknown> = { ...source };
    looped['title'] = looped;
    expect(problemsOf(schemas.sources, looped)).toMatchObject([
      { field: 'title', message: 'is a mapping', expected: 'text' },
    ]);
  });
});
