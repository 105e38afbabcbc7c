/**
 * The editor's front-matter schemas, read by a JSON Schema validator (ajv, as an editor's YAML
 * service does) over YAML 1.2 data (as the Astro language server reads front matter): every real
 * file passes, and the mistakes a maintainer makes while typing are caught.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorManifest, editorSchema, editorSchemaName } from '../../../src/lib/authoring/editor-schemas.ts';
import { readContentFiles } from '../../../src/adapter/content-files.ts';
import { COLLECTIONS, type CollectionName } from '../../../src/schemas/index.ts';

const root = new URL('../../../', import.meta.url).pathname;
// Keywords editors add to JSON Schema for messages in words.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addKeyword('errorMessage');
ajv.addKeyword('patternErrorMessage');
addFormats(ajv);
const validators = Object.fromEntries(COLLECTIONS.map((c) => [c, ajv.compile(editorSchema(c))]));
const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

describe('editor schemas', () => {
  it('accept the front matter of every real content file', () => {
    // Translations (content/translations/) are checked against their originals, not by an editor schema.
    const files = readContentFiles(root).filter((f) => !f.path.startsWith('content/translations/'));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const collection = f.path.split('/')[1] as CollectionName;
      const validate = validators[collection]!;
      expect(validate(frontMatter(f.text)), `${f.path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('catch a misspelt key, a missing field, a date of the wrong kind, a bad id and a bad enum value', () => {
    const good = {
      title: 'T',
      symbol: 'PC.DEC/1202',
      body: 'permanent-council',
      adopted: '2016-03-10',
      venue: 'Vienna',
      summary: 'S',
      sources: [{ source: 'pc-dec-1202', grade: 'primary' }],
    };
    const validate = validators['decisions']!;
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, adopted: 2016 })).toBe(true);
    const { adopted: _dropped, ...missing } = good;
    expect(validate({ ...missing, adoptd: '2016-03-10' })).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(['additionalProperties', 'required']);
    for (const bad of [
      { adopted: '3 March 2016' },
      { adopted: ['2016'] },
      { body: 'Permanent Council' },
      { sources: [{ source: 'pc-dec-1202', grade: 'first-hand' }] },
    ]) {
      expect(validate({ ...good, ...bad }), JSON.stringify(bad)).toBe(false);
    }
  });

  it('describe each field in words, for hovers', () => {
    const properties = editorSchema('events')['properties'] as Record<string, { description?: string }>;
    expect(properties['kind']?.description).toBe(
      'Required: one of: conference, workshop, roundtable, meeting, training, exercise.',
    );
    expect(properties['organizers']?.description).toMatch(/^Required: a list, each item the id of an entry in bodies/);
  });

  it('map every content file, by its lower-case file URL, to its collection schema', () => {
    const manifest = editorManifest([{ collection: 'cbms', url: 'file:///P/Content/cbms/15.mdx' }]);
    expect(manifest['entries']).toEqual({ 'file:///p/content/cbms/15.mdx': editorSchemaName('cbms') });
    expect((manifest['collections'] as { name: string }[]).map((c) => c.name)).toEqual(
      COLLECTIONS.map(editorSchemaName),
    );
  });
});
