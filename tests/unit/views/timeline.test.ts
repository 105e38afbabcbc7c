import { describe, expect, it } from 'vitest';
import { buildTimeline, timelinePage } from '../../../src/lib/views/timeline.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('the timeline', () => {
  it('groups dated entries by year, year-only dates first within the year', () => {
    const years = buildTimeline(graph);
    expect(years.map((y) => y.year)).toEqual([2013, 2016, 2017, 2025]);
    expect(years[1]!.items.map((i) => i.node.id)).toEqual(['project', 'pc-1202', 'mc-5-16']);
    expect(years[1]!.items[0]).toMatchObject({ date: '2016', ongoing: true });
    expect(years[2]!.items.map((i) => [i.node.id, i.end])).toEqual([['minsk-declaration', undefined], ['conference', '2017-11-04']]);
  });

  it('writes the page: filters, the span and each line', () => {
    const page = timelinePage(graph);
    expect(page.title).toBe('Timeline');
    expect(page.summary).toBe('7 entries, 2013–2025.');
    expect(page.filters.map((f) => [f.label, f.href, f.current])).toEqual([
      ['All', '/timeline/', true],
      ['Decisions', '/timeline/decisions/', false],
      ['Documents', '/timeline/documents/', false],
      ['Events', '/timeline/events/', false],
      ['Activities', '/timeline/activities/', false],
    ]);
    expect(page.years[0]).toEqual({ year: 2013, id: 'y2013', items: [{ when: '3 December 2013', type: 'Decision', href: '/decisions/pc-1106/', text: 'PC 1106: Initial set of OSCE CBMs' }] });
  });

  it('filters to one collection', () => {
    const page = timelinePage(graph, 'events');
    expect(page.title).toBe('Timeline: events');
    expect(page.description).toBe('The events in the corpus, year by year.');
    expect(page.summary).toBe('2 entries, 2017–2025.');
    expect(page.filters.find((f) => f.current)?.label).toBe('Events');
    expect(page.years.flatMap((y) => y.items.map((i) => i.when))).toEqual(['3–4 November 2017', '29 January 2025']);
  });
});
