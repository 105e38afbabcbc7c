import { describe, expect, it } from 'vitest';
import { homePage } from '../../../src/lib/views/home.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('the home page', () => {
  it('counts every collection and lists the decisions in date order and the latest events', () => {
    const page = homePage(graph);
    // Each count names its collection in the plural form its number takes ("1 document", "2 events").
    expect(page.counts.map((c) => [c.href, c.count, c.label])).toEqual([
      ['/decisions/', 3, 'decisions'],
      ['/cbms/', 3, 'confidence-building measures'],
      ['/documents/', 1, 'document'],
      ['/events/', 2, 'events'],
      ['/activities/', 1, 'activity'],
      ['/bodies/', 3, 'bodies'],
      ['/states/', 2, 'states'],
      ['/sources/', 2, 'sources'],
      ['/glossary/', 0, 'glossary terms'],
      ['/frameworks/', 0, 'frameworks'],
      ['/norms/', 0, 'norms'],
    ]);
    expect(page.decisions[0]).toEqual({
      date: '3 December 2013',
      href: '/decisions/pc-1106/',
      text: 'PC 1106: Initial set of OSCE CBMs',
    });
    expect(page.latestEvents).toEqual([
      { href: '/events/ukraine-workshop/', text: 'Incident classification workshop', when: '29 January 2025' },
      { href: '/events/conference/', text: 'Chairmanship conference', when: '3–4 November 2017' },
    ]);
    expect(page.measures.map((m) => m.introduced?.href)).toEqual([
      '/decisions/pc-1106/#cbm-1',
      '/decisions/pc-1106/#cbm-2',
      '/decisions/pc-1202/#cbm-15',
    ]);
  });
});
