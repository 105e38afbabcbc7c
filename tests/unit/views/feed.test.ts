import { describe, expect, it } from 'vitest';
import { entryFeed, feed, siteFeed } from '../../../src/lib/views/feed.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('feeds', () => {
  it('lists every dated entry of the timeline collections, newest first', () => {
    const items = siteFeed(graph).items;
    expect(items.map((i) => i.link)).toEqual([
      '/events/ukraine-workshop/',
      '/events/conference/',
      '/documents/minsk-declaration/',
      '/decisions/mc-5-16/',
      '/decisions/pc-1202/',
      '/activities/project/',
      '/decisions/pc-1106/',
    ]);
    expect(items[4]).toEqual({
      title: 'PC 1202: OSCE CBMs to reduce the risks of conflict',
      link: '/decisions/pc-1202/',
      pubDate: new Date('2016-03-10T00:00:00Z'),
      description: 'Summary of PC.DEC/1202',
      categories: ['decisions'],
    });
    expect(items[5]!.pubDate).toEqual(new Date('2016-01-01T00:00:00Z'));
  });

  it('puts every entry of a collection in its feed: dated newest first, then undated by title', () => {
    const sources = feed(graph, 'sources');
    expect(sources.title).toBe('CyberCBM: Sources');
    expect(sources.items.map((i) => [i.title, i.pubDate?.toISOString()])).toEqual([
      ['PC.DEC/1202', '2016-03-10T00:00:00.000Z'],
      ['Seed page', undefined],
    ]);
    expect(feed(graph, 'cbms').items.map((i) => i.title)).toEqual([
      'CBM 1: Views on threats',
      'CBM 15: Critical infrastructure',
      'CBM 2: Co-operation',
    ]);
    expect(feed(graph, 'sources').items[1]!.description).toBe('');
  });

  it('gives a measure the entries that name it, stated or read, with its introducing decision, newest first', () => {
    const cbm15 = entryFeed(graph, graph.get('cbms', '15')!)!;
    expect(cbm15.title).toBe('CyberCBM: CBM 15: Critical infrastructure');
    expect(cbm15.items.map((i) => i.link)).toEqual([
      '/events/ukraine-workshop/',
      '/events/conference/',
      '/documents/minsk-declaration/',
      '/decisions/mc-5-16/',
      '/decisions/pc-1202/',
      '/activities/project/',
    ]);
    expect(entryFeed(graph, graph.get('cbms', '01')!)!.items.map((i) => i.link)).toEqual(['/decisions/pc-1106/']);
  });

  it('gives a State the entries that name it and the events of its Chairmanship years; other entries get none', () => {
    expect(entryFeed(graph, graph.get('states', 'ukraine')!)!.items.map((i) => i.link)).toEqual([
      '/events/ukraine-workshop/',
    ]);
    expect(entryFeed(graph, graph.get('states', 'japan')!)!.items).toEqual([]);
    const chaired = entryFeed(graph, {
      ...graph.get('states', 'japan')!,
      data: { ...graph.get('states', 'japan')!.data, chairmanships: [2017] },
    } as never)!;
    expect(chaired.items.map((i) => i.link)).toEqual(['/events/conference/']);
    expect(entryFeed(graph, graph.get('decisions', 'pc-1202')!)).toBeUndefined();
  });
});
