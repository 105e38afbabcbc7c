import { describe, expect, it } from 'vitest';
import { evidenceOf, isInferred } from '../../../src/lib/corpus/evidence.ts';

describe('evidenceOf', () => {
  it('counts grades and marks an entry with no primary source as secondary only', () => {
    const e = evidenceOf({ sources: [{ grade: 'secondary' }, { grade: 'secondary' }, { grade: 'inferred' }] });
    expect(e.counts).toEqual({ primary: 0, secondary: 2, inferred: 1 });
    expect(e.secondaryOnly).toBe(true);
  });

  it('does not mark an entry that has one primary source', () => {
    expect(evidenceOf({ sources: [{ grade: 'secondary' }, { grade: 'primary' }] }).secondaryOnly).toBe(false);
  });

  it('does not mark an entry without a sources list (a source itself)', () => {
    expect(evidenceOf({}).secondaryOnly).toBe(false);
  });

  it('lists the inferred fields once each, ignoring conflicts and gaps', () => {
    const e = evidenceOf({
      sources: [{ grade: 'primary' }],
      sourceNotes: [
        { field: 'cbms', kind: 'inference' },
        { field: 'cbms', kind: 'inference' },
        { field: 'start', kind: 'conflict' },
        { field: 'venue', kind: 'gap' },
      ],
    });
    expect(e.inferredFields).toEqual(['cbms']);
  });
});

describe('isInferred', () => {
  const mc516 = { sources: [{ grade: 'primary' as const }], sourceNotes: [{ field: 'cbms', kind: 'inference' }] };

  it('a note on a list covers each of its items', () => {
    expect(isInferred(mc516, 'cbms')).toBe(true);
    expect(isInferred(mc516, 'cbms[15]')).toBe(true);
    expect(isInferred(mc516, 'cbms[15].role')).toBe(true);
  });

  it('a note on one item covers that item only', () => {
    const e = { sourceNotes: [{ field: 'cbms[2]', kind: 'inference' }] };
    expect(isInferred(e, 'cbms[2]')).toBe(true);
    expect(isInferred(e, 'cbms[3]')).toBe(false);
    expect(isInferred(e, 'cbms')).toBe(true);
  });

  it('does not confuse fields that share a prefix', () => {
    expect(isInferred({ sourceNotes: [{ field: 'location', kind: 'inference' }] }, 'locations')).toBe(false);
    expect(isInferred({ sourceNotes: [{ field: 'location', kind: 'inference' }] }, 'location.city')).toBe(true);
  });
});
