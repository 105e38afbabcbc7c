import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReferenceMarkdown } from '../../../src/lib/authoring/field-reference.ts';
import { fieldRows } from '../../../src/schemas/introspect.ts';

describe('field reference, from the schemas', () => {
  it('lists required and optional fields with their kinds', () => {
    const rows = fieldRows('decisions');
    expect(rows.find((r) => r.name === 'symbol')).toMatchObject({ required: true, kind: 'text' });
    expect(rows.find((r) => r.name === 'body')).toMatchObject({ required: true, kind: 'id of an entry in bodies' });
    expect(rows.find((r) => r.name === 'relations[].type')).toMatchObject({
      kind: 'one of: builds-on, endorses, supersedes, references',
    });
    expect(rows.find((r) => r.name === 'adopted')?.kind).toContain('YYYY-MM-DD');
    expect(rows.find((r) => r.name === 'officialUrl')).toMatchObject({ required: false, kind: 'https URL' });
    expect(rows.find((r) => r.name === 'meeting')?.required).toBe(false);
  });

  it('keeps CONTRIBUTING.md in step with the schemas (run npm run fields)', () => {
    expect(readFileSync('CONTRIBUTING.md', 'utf8')).toContain(fieldReferenceMarkdown());
  });
});
