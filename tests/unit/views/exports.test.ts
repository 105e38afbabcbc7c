import { describe, expect, it } from 'vitest';
import { exportRows, exportSchema, withIds } from '../../../src/lib/views/exports.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('open data exports', () => {
  it('writes one row per entry: id, absolute url, then the fields with references as ids', () => {
    const rows = exportRows(graph, 'cbms', 'https://example.org');
    expect(rows.map((r) => r['id'])).toEqual(['01', '02', '15']);
    expect(rows[2]).toMatchObject({ id: '15', url: 'https://example.org/cbms/15/', number: 15, introducedBy: 'pc-1202', related: ['02'], sources: [{ source: 'pc-dec-1202', grade: 'primary', locator: 'Annex, CBM 15' }] });
    expect(withIds({ a: [{ collection: 'states', id: 'x' }], b: 1 })).toEqual({ a: ['x'], b: 1 });
  });

  it('documents references as id strings in the JSON Schema', () => {
    const schema = exportSchema('cbms', 'https://example.org') as { $id: string; items: { required: string[]; properties: Record<string, { type?: string; pattern?: string }> } };
    expect(schema.$id).toBe('https://example.org/data/schema/cbms.schema.json');
    expect(schema.items.required.slice(0, 2)).toEqual(['id', 'url']);
    expect(schema.items.properties['introducedBy']).toMatchObject({ type: 'string' });
  });
});
