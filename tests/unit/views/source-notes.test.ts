import { describe, expect, it } from 'vitest';
import { conflictsPage, notesOf, sourceNotes } from '../../../src/lib/views/source-notes.ts';
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
});
