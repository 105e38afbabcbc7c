import { describe, expect, it } from 'vitest';
import { buildGraph, type PlainEntry } from '../../src/lib/graph.ts';
import { aliasesOf, searchMeta } from '../../src/lib/search-meta.ts';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';

const src = [{ source: 's', grade: 'primary' }];
const e = (collection: CollectionName, id: string, input: Record<string, unknown>): PlainEntry => ({ collection, id, data: schemas[collection].parse(input) as Record<string, unknown> });
const graph = buildGraph([
  e('bodies', 'pc', { name: 'Permanent Council', kind: 'decision-making-body', sources: src }),
  e('decisions', 'pc-1202', { title: 'Second set', symbol: 'PC.DEC/1202', body: 'pc', adopted: '2016-03-10', venue: 'Vienna', summary: 'S', sources: src }),
  e('decisions', 'mc-5-16', { title: 'Hamburg', symbol: 'MC.DEC/5/16', body: 'pc', adopted: '2016-12-09', venue: 'Hamburg', summary: 'S', cbms: [{ cbm: 15, role: 'reaffirms' }], sources: src }),
  e('cbms', '15', { number: 15, title: 'CI', introducedBy: 'pc-1202', summary: 'S', sources: src }),
  e('states', 'ukraine', { name: 'Ukraine', status: 'participating', sources: src }),
  e('states', 'austria', { name: 'Austria', status: 'participating', sources: src }),
  e('bodies', 'tntd', { name: 'Transnational Threats Department', shortName: 'TNTD', kind: 'department', location: { city: 'Vienna', state: 'austria' }, sources: src }),
]);

describe('search metadata', () => {
  it('indexes the ways readers write a symbol', () => {
    expect(aliasesOf(graph.get('decisions', 'pc-1202')!)).toEqual(
      expect.arrayContaining(['PC.DEC/1202', 'PC 1202', 'Decision No. 1202', 'Decision 1202', 'Permanent Council Decision No. 1202', '1202', 'Vienna 2016']),
    );
    expect(aliasesOf(graph.get('decisions', 'mc-5-16')!)).toEqual(expect.arrayContaining(['MC.DEC/5/16', '5/16', 'Decision No. 5/16']));
  });

  it('gives filters for type, year, body and measure, and a date to sort by', () => {
    expect(searchMeta(graph.get('decisions', 'pc-1202')!, graph)).toMatchObject({
      type: 'Decision',
      filters: { type: 'Decision', year: '2016', body: ['Permanent Council'], cbm: ['CBM 15'] },
      date: '2016-03-10',
      meta: { type: 'Decision', symbol: 'PC.DEC/1202', date: '2016-03-10' },
    });
    expect(searchMeta(graph.get('decisions', 'mc-5-16')!, graph).filters.cbm).toEqual(['CBM 15']);
    expect(searchMeta(graph.get('cbms', '15')!, graph)).toMatchObject({ type: 'CBM', filters: { cbm: ['CBM 15'] }, meta: { symbol: 'CBM 15' }, date: '0000' });
    expect(searchMeta(graph.get('states', 'ukraine')!, graph).filters).toEqual({ type: 'State', body: [], cbm: [] });
  });

  it('carries searchable meta: aliases, the adopting body, and where a body sits', () => {
    const decision = searchMeta(graph.get('decisions', 'pc-1202')!, graph).meta;
    expect(decision['aliases']).toContain('Decision No. 1202');
    expect(decision['by']).toBe('Permanent Council');
    const body = searchMeta(graph.get('bodies', 'tntd')!, graph).meta;
    expect(body).toMatchObject({ aliases: 'TNTD', place: 'Vienna, Austria' });
    expect(body['by']).toBeUndefined();
  });
});
