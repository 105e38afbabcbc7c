import { describe, expect, it } from 'vitest';
import { buildGraph, type PlainEntry } from '../../src/lib/graph.ts';
import { metadataRows } from '../../src/lib/metadata.ts';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';

const src = [{ source: 'pc-dec-1202', locator: 'Annex', grade: 'primary' }];
const e = (collection: CollectionName, id: string, input: Record<string, unknown>): PlainEntry => ({
  collection,
  id,
  data: schemas[collection].parse(input) as Record<string, unknown>,
});

const entries = [
  e('sources', 'pc-dec-1202', { title: 'PC.DEC/1202', publisher: 'OSCE', kind: 'issuer' }),
  e('bodies', 'permanent-council', { name: 'Permanent Council', kind: 'decision-making-body', sources: src }),
  e('decisions', 'pc-1202', { title: 'Second set', symbol: 'PC.DEC/1202', body: 'permanent-council', adopted: '2016-03-10', venue: 'Vienna', summary: 'S', sources: src }),
  e('cbms', '15', { number: 15, title: 'Critical infrastructure', introducedBy: 'pc-1202', summary: 'S', sources: src }),
  e('events', 'w', { title: 'Workshop', kind: 'workshop', start: '2025-01-29', organizers: ['permanent-council'], cbms: [15], participants: { total: 15, women: 2, men: 13 }, summary: 'S', sources: src }),
];
const graph = buildGraph(entries);

describe('the corpus graph', () => {
  it('titles, labels and URLs each entry', () => {
    expect(graph.get('cbms', '15')).toMatchObject({ title: 'CBM 15: Critical infrastructure', label: 'CBM 15', url: '/cbms/15/' });
    expect(graph.get('decisions', 'pc-1202')).toMatchObject({ label: 'PC 1202', date: '2016-03-10', url: '/decisions/pc-1202/' });
  });

  it('computes outgoing links with their field, and backlinks', () => {
    expect(graph.outgoing('cbms/15').map((l) => [l.field, l.to.key])).toEqual([
      ['introducedBy', 'decisions/pc-1202'],
      ['sources.source', 'sources/pc-dec-1202'],
    ]);
    expect(graph.incoming('cbms/15').map((l) => l.from.key)).toEqual(['events/w']);
    expect(graph.incoming('decisions/pc-1202').map((l) => l.from.key)).toEqual(['cbms/15']);
    expect(graph.incoming('sources/pc-dec-1202')).toHaveLength(4);
  });

  it('writes metadata rows with links to the exact anchor', () => {
    const rows = metadataRows(graph.get('cbms', '15')!, graph);
    expect(rows.find((r) => r.label === 'Introduced by')?.values[0]).toEqual({ text: 'PC 1202: Second set', href: '/decisions/pc-1202/#cbm-15' });
    const ev = metadataRows(graph.get('events', 'w')!, graph);
    expect(ev.find((r) => r.label === 'Participants')?.values[0]?.text).toBe('15 (2 women, 13 men)');
    expect(ev.find((r) => r.label === 'Date')?.values[0]?.text).toBe('29 January 2025');
  });
});
