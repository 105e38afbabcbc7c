import { describe, expect, it } from 'vitest';
import { feed, siteFeed } from '../../../src/lib/views/feed.ts';
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
});
