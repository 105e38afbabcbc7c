import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../../src/lib/check/schema-problems.ts';
import { schemas } from '../../../src/schemas/index.ts';

const lineOf = (path: ReadonlyArray<string | number>) => 2 + path.length;
const problemsOf = (schema: z.ZodType, input: unknown) => schemaProblems('sources', 'content/sources/x.mdx', schema.safeParse(input).error?.issues ?? [], input, lineOf);
const source = { title: 'T', publisher: 'P', kind: 'issuer' };

describe('schema problems', () => {
  it('names the field of a rule over several fields when the rule gives its path', () => {
    const rule = schemas.sources.refine((s) => s.url || s.urlNote, { error: 'Expected url or urlNote', path: ['url'] });
    expect(problemsOf(rule, source)).toEqual([{ file: 'content/sources/x.mdx', line: 3, field: 'url', message: 'is missing', expected: 'url or urlNote' }]);
  });

  it('says which rule an entry breaks when the rule names no field', () => {
    const rule = schemas.sources.refine((s) => s.url || s.urlNote, { error: 'Expected url or urlNote' });
    expect(problemsOf(rule, source)).toEqual([{ file: 'content/sources/x.mdx', line: 2, field: '(frontmatter)', message: 'breaks a rule of its collection', expected: 'url or urlNote' }]);
  });

  it('reads a value that refers to itself (a YAML alias) without failing', () => {
    const looped: Record<string, unknown> = { ...source };
    looped['title'] = looped;
    expect(problemsOf(schemas.sources, looped)).toMatchObject([{ field: 'title', message: 'is a mapping', expected: 'text' }]);
  });
});
