import { describe, expect, it } from 'vitest';
import { exportRows, exportSchema, withIds } from '../../../src/lib/views/exports.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('open data exports', () => {
  it('writes one row per entry: id, absolute page, the fields with references as ids, then the evidence', () => {
    const rows = exportRows(graph, 'cbms', 'https://example.org');
    expect(rows.map((r) => r['id'])).toEqual(['01', '02', '15']);
    expect(rows[2]).toMatchObject({
      id: '15',
      page: 'https://example.org/cbms/15/',
      secondaryOnly: false,
      inferredFields: [],
      number: 15,
      introducedBy: 'pc-1202',
      related: ['02'],
      sources: [{ source: 'pc-dec-1202', grade: 'primary', locator: 'Annex, CBM 15' }],
    });
    expect(withIds({ a: [{ collection: 'states', id: 'x' }], b: 1 })).toEqual({ a: ['x'], b: 1 });
  });

  it("keeps a source's own url, the outside address, beside its page", () => {
    const [row] = exportRows(graph, 'sources', 'https://example.org').filter((r) => r['id'] === 'pc-dec-1202');
    expect(row).toMatchObject({ page: 'https://example.org/sources/pc-dec-1202/' });
    expect(row).not.toHaveProperty('secondaryOnly');
  });

  it('documents references as id strings in the JSON Schema', () => {
    const schema = exportSchema('cbms', 'https://example.org') as {
      $id: string;
      items: { required: string[]; properties: Record<string, { type?: string; pattern?: string }> };
    };
    expect(schema.$id).toBe('https://example.org/data/schema/cbms.schema.json');
    expect(schema.items.required.slice(0, 2)).toEqual(['id', 'page']);
    expect(schema.items.required).toContain('secondaryOnly');
    expect(schema.items.properties['secondaryOnly']).toMatchObject({ type: 'boolean' });
    expect(schema.items.properties['introducedBy']).toMatchObject({ type: 'string' });
  });
});
