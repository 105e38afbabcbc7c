import { describe, expect, it } from 'vitest';
import { corpusEntry } from '../../../src/lib/corpus/entries.ts';
import { schemas } from '../../../src/schemas/index.ts';
import { entry } from '../../helpers/entries.ts';

describe('typed corpus entries', () => {
  it('carries the schema output: references as { collection, id }, defaults filled in', () => {
    const e = entry('cbms', '15', {
      number: 15,
      title: 'CI',
      introducedBy: 'pc-1202',
      summary: 'S',
      elements: [{ text: 'Asks', source: 's', grade: 'secondary', locator: 'item 1' }],
      sources: [{ source: 's', grade: 'primary' }],
    });
    expect(e).toEqual({
      collection: 'cbms',
      id: '15',
      data: {
        number: 15,
        title: 'CI',
        introducedBy: { collection: 'decisions', id: 'pc-1202' },
        summary: 'S',
        themes: [],
        related: [],
        elements: [{ text: 'Asks', source: { collection: 'sources', id: 's' }, grade: 'secondary', locator: 'item 1' }],
        sources: [{ source: { collection: 'sources', id: 's' }, grade: 'primary' }],
        sourceNotes: [],
      },
    });
  });

  it('adapts data parsed elsewhere (the content check, Astro) without copying it', () => {
    const data = schemas.states.parse({
      name: 'Ukraine',
      status: 'participating',
      sources: [{ source: 's', grade: 'primary' }],
    });
    const e = corpusEntry('states', 'ukraine', data);
    expect(e.data).toBe(data);
    expect(e.collection === 'states' && e.data.chairmanships).toEqual([]);
  });

  it('builds only what a content file could hold', () => {
    expect(() =>
      entry('cbms', '15', {
        number: 15,
        title: 'CI',
        introducedBy: 'pc-1202',
        summary: 'S',
        elements: [{ text: 'Asks', source: 's', grade: 'secondary' }],
        sources: [],
      }),
    ).toThrow(/at least one source/);
  });
});
