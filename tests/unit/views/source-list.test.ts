import { describe, expect, it } from 'vitest';
import { sourceList } from '../../../src/lib/views/source-list.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('the sources of an entry', () => {
  it("lists an entry's sources with locators and its notes linked to the page of all notes", () => {
    expect(sourceList(graph.get('cbms', '15')!, graph)).toEqual({
      sources: [
        {
          href: '/sources/pc-dec-1202/',
          text: 'PC.DEC/1202',
          publisher: 'OSCE',
          locator: 'Annex, CBM 15',
          grade: 'primary',
          outside: { href: 'https://www.osce.org/pc/227281', httpOnly: false },
        },
      ],
      notes: [],
    });
    expect(sourceList(graph.get('events', 'conference')!, graph).notes).toEqual([
      {
        heading: 'Sources differ',
        field: 'start',
        source: { href: '/sources/s/', text: 'Seed page' },
        claim: 'Says 2019',
        resolution: 'Follows 2017',
        allHref: '/sources/conflicts/#events-conference-1',
      },
    ]);
    expect(sourceList(graph.get('sources', 's')!, graph).sources).toEqual([]);
  });
});
