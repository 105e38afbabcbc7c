import { describe, expect, it } from 'vitest';
import { dataTables, tableCsv } from '../../../src/lib/views/data-package.ts';
import { cellOf, columnsOf, referenceOf } from '../../../src/lib/views/table-schema.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const tables = dataTables(sampleCorpus(), 'https://example.org');
const table = (name: string) => tables.find((t) => t.name === name)!;

describe('Table Schemas from the export JSON Schemas', () => {
  it('makes scalars columns, objects dotted columns, and leaves lists to link tables', () => {
    const columns = columnsOf(
      {
        type: 'object',
        required: ['id', 'location'],
        properties: {
          id: { type: 'string' },
          body: { type: 'string', description: 'id of an entry in bodies (its file name)' },
          location: { type: 'object', required: ['city'], properties: { city: { type: 'string' } } },
          themes: { type: 'array', items: { type: 'string' } },
          kind: { type: 'string', enum: ['a', 'b'] },
        },
      },
      'skip',
    );
    expect(columns.map((c) => [c.field.name, c.field.type, c.field.constraints, c.reference])).toEqual([
      ['id', 'string', { required: true }, undefined],
      ['body', 'string', undefined, 'bodies'],
      ['location.city', 'string', { required: true }, undefined],
      ['kind', 'string', { enum: ['a', 'b'] }, undefined],
    ]);
    expect(referenceOf({ description: 'id of an entry in cbms (its file name)' })).toBe('cbms');
    expect(cellOf({ a: { b: 2 } }, ['a', 'b'])).toBe('2');
    expect(cellOf({ a: [1] }, ['a'])).toBe('[1]');
    expect(cellOf({}, ['a'])).toBe('');
  });

  it('gives each collection a table keyed by id, with references as foreign keys', () => {
    expect(table('decisions').primaryKey).toEqual(['id']);
    expect(table('decisions').foreignKeys).toContainEqual({
      fields: ['body'],
      reference: { resource: 'bodies', fields: ['id'] },
    });
    expect(table('decisions').fields.map((f) => f.name)).not.toContain('relations');
  });

  it('makes each list a link table in the list order, and every `sources` list one citations table', () => {
    const relations = table('decisions-relations');
    expect(relations.fields.map((f) => f.name)).toEqual(['entry', 'position', 'decision', 'type', 'locator']);
    expect(relations.foreignKeys.map((k) => `${k.fields[0]}>${k.reference.resource}`)).toEqual([
      'entry>decisions',
      'decision>decisions',
    ]);
    expect(tableCsv(table('citations')).split('\n').slice(0, 4)).toEqual([
      'collection,entry,position,source,locator,grade',
      'decisions,mc-5-16,1,s,,primary',
      'decisions,pc-1106,1,s,,primary',
      'decisions,pc-1202,1,pc-dec-1202,Annex,primary',
    ]);
    expect(tables.some((t) => t.name === 'decisions-sources')).toBe(false);
  });
});
