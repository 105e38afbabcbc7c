import { describe, expect, it } from 'vitest';
import { buildTimeline, timelineGaps, timelinePage } from '../../../src/lib/views/timeline.ts';
import { sampleCorpus } from '../../helpers/entries.ts';
import { uiFor } from '../../../src/lib/i18n/index.ts';

const graph = sampleCorpus();

describe('the timeline', () => {
  it('groups dated entries by year, year-only dates first within the year', () => {
    const years = buildTimeline(graph);
    expect(years.map((y) => y.year)).toEqual([2013, 2016, 2017, 2025]);
    expect(years[1]!.items.map((i) => i.node.id)).toEqual(['project', 'pc-1202', 'mc-5-16']);
    expect(years[1]!.items[0]).toMatchObject({ date: '2016', ongoing: true });
    expect(years[2]!.items.map((i) => [i.node.id, i.end])).toEqual([
      ['minsk-declaration', undefined],
      ['conference', '2017-11-04'],
    ]);
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
    expect(page.years[0]).toEqual({
      year: 2013,
      id: 'y2013',
      items: [
        {
          when: '3 December 2013',
          type: 'Decision',
          href: '/decisions/pc-1106/',
          text: 'PC 1106: Initial set of OSCE CBMs',
        },
      ],
    });
  });

  it('filters to one collection', () => {
    const page = timelinePage(graph, 'events');
    expect(page.title).toBe('Timeline: events');
    expect(page.description).toBe('The events in the corpus, year by year.');
    expect(page.summary).toBe('2 entries, 2017–2025.');
    expect(page.filters.find((f) => f.current)?.label).toBe('Events');
    expect(page.years.flatMap((y) => y.items.map((i) => i.when))).toEqual(['3–4 November 2017', '29 January 2025']);
  });

  it('writes the page in Russian: title, filters, counts, dates, types and gaps', () => {
    const page = timelinePage(graph, 'events', uiFor('ru'));
    expect(page.title).toBe('Хронология: мероприятия');
    expect(page.description).toBe('Мероприятия из материалов сайта, по годам.');
    expect(page.summary).toBe('2 записи, 2017–2025.');
    expect(page.filters.map((f) => f.label)).toEqual(['Все', 'Решения', 'Документы', 'Мероприятия', 'Деятельность']);
    expect(page.years[0]!.items[0]!.type).toBe('Мероприятие');
    expect(page.years[0]!.items[0]!.when).toBe(uiFor('ru').dateRange('2017-11-03', '2017-11-04'));
    expect(page.gaps[0]!.text).toBe(
      'За эти годы в материалах сайта нет мероприятий: в источниках, изученных проектом, их не обнаружено.',
    );
    expect(timelinePage(graph, undefined, uiFor('ru')).summary).toBe('7 записей, 2013–2025.');
  });
});

describe('years without entries', () => {
  it('names each stretch of empty years between the first and the last, after the year before it', () => {
    const gaps = timelineGaps([2004, 2006, 2012, 2013, 2016], 'entry');
    expect(gaps.map((g) => [g.after, g.id, g.label])).toEqual([
      [2004, 'y2005', '2005'],
      [2006, 'y2007', '2007–2011'],
      [2013, 'y2014', '2014–2015'],
    ]);
    expect(gaps[0]!.text).toBe('No entry in the record for this year: the sources the project has searched show none.');
    expect(gaps[1]!.text).toContain('for these years');
  });

  it('finds no gap in consecutive years or a single year', () => {
    expect(timelineGaps([2012, 2013, 2014], 'entry')).toEqual([]);
    expect(timelineGaps([2016], 'decisions')).toEqual([]);
  });
});
