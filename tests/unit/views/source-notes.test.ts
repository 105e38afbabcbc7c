import { describe, expect, it } from 'vitest';
import { conflictsPage, notesOf, sourceNotes } from '../../../src/lib/views/source-notes.ts';
import { sourceList } from '../../../src/lib/views/source-list.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('notes on the sources', () => {
  it('collects every note, conflicts first, each with its anchor', () => {
    expect(sourceNotes(graph).map((n) => [n.kind, n.anchor, n.source?.id])).toEqual([
      ['conflict', 'events-conference-1', 's'],
      ['inference', 'events-ukraine-workshop-1', 's'],
    ]);
    expect(notesOf(graph.get('cbms', '15')!, graph)).toEqual([]);
  });

  it('groups the page by kind, with counts, leaving out empty kinds', () => {
    expect(conflictsPage(graph).groups.map((g) => [g.id, g.heading, g.notes.length])).toEqual([
      ['conflict', 'Where sources disagree (1)', 1],
      ['inference', 'What the site infers (1)', 1],
    ]);
  });

  it("lists an entry's sources with locators and its notes linked to the page of all notes", () => {
    expect(sourceList(graph.get('cbms', '15')!, graph)).toEqual({
      sources: [{ href: '/sources/pc-dec-1202/', text: 'PC.DEC/1202', publisher: 'OSCE', locator: 'Annex, CBM 15' }],
      notes: [],
    });
    expect(sourceList(graph.get('events', 'conference')!, graph).notes).toEqual([
      { heading: 'Sources differ', field: 'start', source: { href: '/sources/s/', text: 'Seed page' }, claim: 'Says 2019', resolution: 'Follows 2017', allHref: '/sources/conflicts/#events-conference-1' },
    ]);
    expect(sourceList(graph.get('sources', 's')!, graph).sources).toEqual([]);
  });
});
