import { describe, expect, it } from 'vitest';
import { closest, levenshtein } from '../../../src/lib/check/did-you-mean.ts';

describe('did you mean', () => {
  it('counts edits', () => {
    expect(levenshtein('adoptd', 'adopted')).toBe(1);
    expect(levenshtein('pc-1203', 'pc-1202')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
  });

  it('guesses the nearest candidate within a slip, and nothing when none is near', () => {
    expect(closest('adoptd', ['title', 'adopted', 'venue'])).toBe('adopted');
    expect(closest('pc-1203', ['pc-1106', 'pc-1202', 'mc-3-04'])).toBe('pc-1202');
    expect(closest('Venue', ['venue', 'meeting'])).toBe('venue');
    expect(closest('organisers', ['organizers', 'countries'])).toBe('organizers');
    expect(closest('zzzzzz', ['title', 'adopted'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});
