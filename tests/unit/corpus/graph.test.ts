import { describe, expect, it } from 'vitest';
import { neighbours, readingOrder, referrers } from '../../../src/lib/corpus/graph.ts';
import { describeNode, headingOf } from '../../../src/lib/corpus/naming.ts';
import { cbm, decision, graphOf, sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('the corpus graph', () => {
  it('titles, labels, dates and URLs each entry from its typed data', () => {
    expect(graph.get('cbms', '15')).toMatchObject({
      title: 'CBM 15: Critical infrastructure',
      label: 'CBM 15',
      url: '/cbms/15/',
      date: undefined,
    });
    expect(graph.get('decisions', 'pc-1202')).toMatchObject({
      label: 'PC 1202',
      date: '2016-03-10',
      url: '/decisions/pc-1202/',
    });
    expect(graph.get('decisions', 'mc-5-16')?.label).toBe('MC 5/16');
    expect(graph.get('bodies', 'pc')).toMatchObject({ title: 'Permanent Council', label: 'Permanent Council' });
    expect(graph.get('sources', 'pc-dec-1202')?.date).toBe('2016-03-10');
    expect(graph.get('activities', 'project')?.date).toBe('2016');
  });

  it('keeps each node typed: a decision node carries its symbol, a measure its number', () => {
    const d = graph.get('decisions', 'mc-5-16')!;
    expect(d.data.symbol).toBe('MC.DEC/5/16');
    expect(d.data.cbms.map((c) => [c.cbm.id, c.role])).toEqual([
      ['15', 'reaffirms'],
      ['02', 'references'],
    ]);
    expect(graph.get('cbms', '15')!.data.number).toBe(15);
  });

  it('heads a decision by its symbol and describes a node by label and date', () => {
    expect(headingOf(graph.get('decisions', 'pc-1202')!)).toBe('PC 1202: OSCE CBMs to reduce the risks of conflict');
    expect(headingOf(graph.get('cbms', '15')!)).toBe('CBM 15: Critical infrastructure');
    expect(describeNode(graph.get('decisions', 'pc-1106')!)).toBe('PC 1106 · 3 December 2013');
    expect(describeNode(graph.get('cbms', '01')!)).toBe('CBM 1');
  });

  it('computes outgoing links with their field, and backlinks', () => {
    expect(graph.outgoing('cbms/15').map((l) => [l.field, l.to.key])).toEqual([
      ['introducedBy', 'decisions/pc-1202'],
      ['related', 'cbms/02'],
      ['elements.source', 'sources/s'],
      ['sources.source', 'sources/pc-dec-1202'],
    ]);
    expect(graph.incoming('cbms/15').map((l) => l.from.key)).toEqual([
      'decisions/mc-5-16',
      'events/ukraine-workshop',
      'events/conference',
      'activities/project',
      'documents/minsk-declaration',
    ]);
    expect(graph.incoming('decisions/pc-1202').map((l) => [l.from.key, l.field])).toEqual([
      ['decisions/mc-5-16', 'relations.decision'],
      ['cbms/15', 'introducedBy'],
    ]);
  });

  it('lists a collection in its reading order, once per graph', () => {
    expect(graph.nodesOf('cbms').map((n) => n.data.number)).toEqual([1, 2, 15]);
    expect(graph.nodesOf('decisions').map((n) => n.id)).toEqual(['pc-1106', 'pc-1202', 'mc-5-16']);
    expect(graph.nodesOf('states').map((n) => n.id)).toEqual(['japan', 'ukraine']);
    expect(graph.nodesOf('events')).toBe(graph.nodesOf('events'));
    expect(readingOrder('events', [...graph.nodesOf('events')].reverse()).map((n) => n.id)).toEqual([
      'conference',
      'ukraine-workshop',
    ]);
  });

  it('gives previous and next in reading order, only for the collections read in sequence', () => {
    const { previous, next } = neighbours(graph.get('decisions', 'pc-1202')!, graph);
    expect([previous?.id, next?.id]).toEqual(['pc-1106', 'mc-5-16']);
    expect(neighbours(graph.get('cbms', '01')!, graph)).toEqual({ next: graph.get('cbms', '02') });
    expect(neighbours(graph.get('states', 'japan')!, graph)).toEqual({});
  });

  it('finds the distinct referrers of one collection', () => {
    expect(referrers(graph, graph.get('cbms', '15')!, 'events').map((n) => n.id)).toEqual([
      'ukraine-workshop',
      'conference',
    ]);
    expect(referrers(graph, graph.get('cbms', '01')!, 'events')).toEqual([]);
  });

  it('leaves out references to entries that are not in the graph', () => {
    const small = graphOf(cbm(3, 'pc-9999', 'Orphan'), decision('pc-1', 'PC.DEC/1', '2010'));
    expect(small.outgoing('cbms/03')).toEqual([]);
    expect(small.get('cbms', '03')?.url).toBe('/cbms/3/');
  });
});
