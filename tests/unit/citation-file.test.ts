/**
 * CITATION.cff at the repository's root: valid against the Citation File Format 1.2.0 JSON Schema
 * (vendored in tests/fixtures/schemas/, draft-07), with package.json's version and licence.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const cff = parse(read('CITATION.cff')) as {
  version: string;
  license: string;
  type: string;
  references: { type: string; version: string; license: string }[];
};
const pkg = JSON.parse(read('package.json')) as { version: string; license: string };

describe('CITATION.cff', () => {
  it('validates against the Citation File Format 1.2.0 schema', () => {
    const schema = JSON.parse(read('tests/fixtures/schemas/citation-file-format-1.2.0.schema.json')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(cff), ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
  });

  it("cites the dataset under CC BY 4.0 and the software under package.json's licence, both at package.json's version", () => {
    expect(cff).toMatchObject({ type: 'dataset', license: 'CC-BY-4.0', version: pkg.version });
    const software = cff.references.find((r) => r.type === 'software');
    expect(software).toMatchObject({ version: pkg.version, license: pkg.license });
  });

  it('fails the schema when a required field is missing (the validator is not a no-op)', () => {
    const schema = JSON.parse(read('tests/fixtures/schemas/citation-file-format-1.2.0.schema.json')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    const { authors: _authors, ...withoutAuthors } = cff as unknown as Record<string, unknown>;
    expect(validate(withoutAuthors)).toBe(false);
  });
});
