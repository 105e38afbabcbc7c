import { describe, expect, it } from 'vitest';
import { allItems, cslItem, isCitable, type CiteContext } from '../../../src/lib/views/citations.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();
const ctx: CiteContext = { graph, site: 'https://example.org', accessed: '2026-01-02', version: '0.1.0+abc' };

// Formatting (citeproc) is checked on the built pages and downloads: starting its engine takes seconds.
describe('citation items', () => {
  it('cites a decision with its council as author and its symbol as number', () => {
    expect(cslItem(graph.get('decisions', 'mc-5-16')!, ctx)).toMatchObject({
      id: 'decisions-mc-5-16',
      type: 'report',
      genre: 'Ministerial Council Decision',
      author: [{ literal: 'OSCE Ministerial Council' }],
      number: 'MC.DEC/5/16',
      issued: { 'date-parts': [[2016, 12, 9]] },
      'publisher-place': 'Hamburg',
      URL: 'https://example.org/decisions/mc-5-16/',
      note: 'CyberCBM dataset version 0.1.0+abc',
    });
  });

  it('cites a measure as a pin-cite into the decision that introduced it', () => {
    expect(cslItem(graph.get('cbms', '15')!, ctx)).toMatchObject({
      title: 'Critical infrastructure (CBM 15)',
      number: 'PC.DEC/1202, CBM 15',
      'container-title': 'OSCE CBMs to reduce the risks of conflict',
      author: [{ literal: 'OSCE Permanent Council' }],
      issued: { 'date-parts': [[2016, 3, 10]] },
      note: 'CyberCBM dataset version 0.1.0+abc',
    });
    expect(cslItem(graph.get('decisions', 'pc-1202')!, ctx)?.note).toBe(
      'CyberCBM dataset version 0.1.0+abc; official text: https://www.osce.org/pc/227281',
    );
  });

  it('cites only the citable collections, in collection then date order', () => {
    expect(isCitable('events')).toBe(true);
    expect(isCitable('states')).toBe(false);
    expect(cslItem(graph.get('states', 'ukraine')!, ctx)).toBeUndefined();
    expect(allItems(ctx).map((i) => i.id)).toEqual([
      'cbms-01',
      'cbms-02',
      'cbms-15',
      'decisions-pc-1106',
      'decisions-pc-1202',
      'decisions-mc-5-16',
      'documents-minsk-declaration',
      'events-conference',
      'events-ukraine-workshop',
    ]);
  });
});
