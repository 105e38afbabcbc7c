import { describe, expect, it } from 'vitest';
import { aliasesOf, searchMeta } from '../../src/lib/search-meta.ts';
import { body, cbm, entry, cites, graphOf, sampleCorpus } from '../helpers/entries.ts';

const graph = sampleCorpus();

describe('search metadata', () => {
  it('indexes the ways readers write a symbol', () => {
    expect(aliasesOf(graph.get('decisions', 'pc-1202')!)).toEqual(
      expect.arrayContaining([
        'PC.DEC/1202',
        'PC 1202',
        'Decision No. 1202',
        'Decision 1202',
        'Permanent Council Decision No. 1202',
        '1202',
        'Vienna 2016',
      ]),
    );
    expect(aliasesOf(graph.get('decisions', 'mc-5-16')!)).toEqual(
      expect.arrayContaining(['MC.DEC/5/16', '5/16', 'Decision No. 5/16', 'Hamburg 2016']),
    );
    expect(aliasesOf(graph.get('cbms', '15')!)).toEqual(['CBM 15', 'CBM15', 'measure 15']);
    expect(aliasesOf(graphOf(cbm(14, 'pc-1202', 'Public–private partnerships')).get('cbms', '14')!)).toContain(
      'Public private partnerships',
    );
  });

  it('gives filters for type, year, body and measure, and a date to sort by', () => {
    expect(searchMeta(graph.get('decisions', 'pc-1202')!, graph)).toMatchObject({
      type: 'Decision',
      filters: { type: 'Decision', year: '2016', body: ['Permanent Council'], cbm: ['CBM 15'] },
      date: '2016-03-10',
      meta: { type: 'Decision', symbol: 'PC.DEC/1202', date: '2016-03-10' },
    });
    expect(searchMeta(graph.get('decisions', 'mc-5-16')!, graph).filters.cbm).toEqual(['CBM 2', 'CBM 15']);
    expect(searchMeta(graph.get('decisions', 'pc-1106')!, graph).filters.cbm).toEqual(['CBM 1', 'CBM 2']);
    expect(searchMeta(graph.get('cbms', '15')!, graph)).toMatchObject({
      type: 'CBM',
      filters: { cbm: ['CBM 15'] },
      meta: { symbol: 'CBM 15' },
      date: '0000',
    });
    expect(searchMeta(graph.get('activities', 'project')!, graph).filters).toEqual({
      type: 'Activity',
      year: '2016',
      body: ['Permanent Council'],
      cbm: ['CBM 2', 'CBM 15'],
    });
    expect(searchMeta(graph.get('states', 'ukraine')!, graph).filters).toEqual({ type: 'State', body: [], cbm: [] });
  });

  it('carries searchable meta: aliases, the adopting body, and where a body sits', () => {
    const decision = searchMeta(graph.get('decisions', 'pc-1202')!, graph).meta;
    expect(decision['aliases']).toContain('Decision No. 1202');
    expect(decision['by']).toBe('Permanent Council');
    const withTntd = graphOf(
      entry('states', 'austria', { name: 'Austria', status: 'participating', sources: cites() }),
      body('tntd', 'Transnational Threats Department', {
        shortName: 'TNTD',
        kind: 'department',
        location: { city: 'Vienna', state: 'austria' },
      }),
    );
    const tntd = searchMeta(withTntd.get('bodies', 'tntd')!, withTntd).meta;
    expect(tntd).toMatchObject({ aliases: 'TNTD', place: 'Vienna, Austria' });
    expect(tntd['by']).toBeUndefined();
  });
});
