import { describe, expect, it } from 'vitest';
import { metadataRows } from '../../../src/lib/views/metadata.ts';
import { graphOf, sampleCorpus, source } from '../../helpers/entries.ts';

const graph = sampleCorpus();
const rows = (collection: Parameters<typeof graph.get>[0], id: string) =>
  metadataRows(graph.get(collection, id)!, graph);
const row = (list: ReturnType<typeof rows>, label: string) => list.find((r) => r.label === label)?.values;

describe('metadata rows', () => {
  it("links a measure's introducing decision to the measure's own anchor", () => {
    const cbm = rows('cbms', '15');
    expect(cbm.map((r) => r.label)).toEqual(['Number', 'Introduced by', 'Related measures', 'Themes']);
    expect(row(cbm, 'Introduced by')).toEqual([
      { text: 'PC 1202: OSCE CBMs to reduce the risks of conflict', href: '/decisions/pc-1202/#cbm-15' },
    ]);
    expect(row(cbm, 'Related measures')).toEqual([{ text: 'CBM 2: Co-operation', href: '/cbms/2/' }]);
    expect(row(cbm, 'Themes')).toEqual([{ text: 'Critical infrastructure' }, { text: 'Co-operation' }]);
  });

  it('writes a decision: symbol, body, date, relations and measures with their roles', () => {
    const d = rows('decisions', 'mc-5-16');
    expect(row(d, 'Symbol')).toEqual([{ text: 'MC.DEC/5/16' }]);
    expect(row(d, 'Adopted by')).toEqual([{ text: 'Ministerial Council', href: '/bodies/mc/' }]);
    expect(row(d, 'Adopted')).toEqual([{ text: '9 December 2016' }]);
    expect(row(d, 'Relations')).toEqual([
      { text: 'OSCE CBMs to reduce the risks of conflict', href: '/decisions/pc-1202/', note: 'Endorses' },
    ]);
    expect(row(d, 'Measures')).toEqual([
      { text: 'CBM 15: Critical infrastructure', href: '/cbms/15/', note: 'Reaffirms' },
      { text: 'CBM 2: Co-operation', href: '/cbms/2/', note: 'References' },
    ]);
    expect(row(rows('decisions', 'pc-1202'), 'Official text')).toEqual([
      { text: 'https://www.osce.org/pc/227281', href: 'https://www.osce.org/pc/227281', external: true },
    ]);
  });

  it('writes an event: date, place, participants; absent fields are left out', () => {
    const ev = rows('events', 'ukraine-workshop');
    expect(row(ev, 'Date')).toEqual([{ text: '29 January 2025' }]);
    expect(row(ev, 'Place')).toEqual([{ text: 'Kyiv' }, { text: 'Ukraine', href: '/states/ukraine/' }]);
    expect(row(ev, 'Participants')).toEqual([{ text: '15 (2 women, 13 men)' }]);
    expect(row(ev, 'Part of')).toBeUndefined();
    expect(row(rows('events', 'conference'), 'Date')).toEqual([{ text: '3–4 November 2017' }]);
  });

  it('writes an ongoing activity, a body, a state and a source', () => {
    expect(row(rows('activities', 'project'), 'Dates')).toEqual([{ text: '2016 – ongoing' }]);
    expect(row(rows('bodies', 'pc'), 'Part of')).toEqual([{ text: 'OSCE', href: '/bodies/osce/' }]);
    expect(rows('states', 'japan')).toEqual([{ label: 'Status', values: [{ text: 'Asian partner' }] }]);
    expect(rows('sources', 'pc-dec-1202').map((r) => r.label)).toEqual([
      'Publisher',
      'Kind',
      'Symbol',
      'Published',
      'Address',
      'Accessed',
    ]);
  });

  it("says on a source's page when no copy of its text was read, and nothing when it was", () => {
    const unread = graphOf(source('pc-dec-1106', { read: false }), source('s'));
    expect(row(metadataRows(unread.get('sources', 'pc-dec-1106')!, unread), 'Read')).toEqual([
      { text: 'No copy of this text was read: what the site says of it rests on other sources' },
    ]);
    expect(row(metadataRows(unread.get('sources', 's')!, unread), 'Read')).toBeUndefined();
  });
});
