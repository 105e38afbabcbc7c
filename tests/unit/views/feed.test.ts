import { describe, expect, it } from 'vitest';
import { feed, measureFeed, siteFeed, stateFeed } from '../../../src/lib/views/feed.ts';
import { event, graphOf, sampleCorpus, sampleEntries } from '../../helpers/entries.ts';

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
});

describe('the feed of a measure and of a State', () => {
  const sample = sampleCorpus();
  const links = (f: { items: { link: string; categories: string[] }[] }) =>
    f.items.map((i) => [i.link, i.categories[1]]);

  it("lists a measure's decisions and practice, stated apart from read, newest first", () => {
    const graph = graphOf(
      ...sampleEntries(),
      event('crisis-talks', 'Crisis communication talks', '2019-03-01', {
        readings: [{ cbm: 15, reason: 'the talks tested channels for incidents affecting critical infrastructure' }],
      }),
    );
    const f = measureFeed(graph, graph.get('cbms', '15')!);
    expect(f.title).toBe('CyberCBM: CBM 15, Critical infrastructure');
    expect(links(f)).toEqual([
      ['/events/ukraine-workshop/', 'stated'],
      ['/events/crisis-talks/', 'read as practice'],
      ['/events/conference/', 'stated'],
      ['/documents/minsk-declaration/', 'stated'],
      ['/decisions/mc-5-16/', 'decision'],
      ['/decisions/pc-1202/', 'introduced'],
      // A year alone sorts after the days of that year.
      ['/activities/project/', 'stated'],
    ]);
    const read = f.items.find((i) => i.link === '/events/crisis-talks/')!;
    expect(read.description).toMatch(/^The site's reading: the talks tested channels/);
    // A measure nothing names has only its introducing decision.
    expect(links(measureFeed(sample, sample.get('cbms', '01')!))).toEqual([['/decisions/pc-1106/', 'introduced']]);
  });

  it('lists what names a State and the events of its Chairmanship years', () => {
    const graph = graphOf(
      ...sampleEntries().map((e) =>
        e.collection === 'states' && e.id === 'japan' ? { ...e, data: { ...e.data, chairmanships: [2017] } } : e,
      ),
    );
    expect(links(stateFeed(graph, graph.get('states', 'ukraine')!))).toEqual([
      ['/events/ukraine-workshop/', 'names the State'],
    ]);
    expect(links(stateFeed(graph, graph.get('states', 'japan')!))).toEqual([
      ['/events/conference/', 'Chairmanship year'],
    ]);
  });
});
