/** The benchmark's protocol helpers: medians and the order of the cold runs (no timing here). */
import { describe, expect, it } from 'vitest';
import { coldRunOrder, median } from '../../scripts/bench/protocol.ts';
import { selfTime } from '../../scripts/bench/search.ts';

describe('median', () => {
  it('is the middle value of an odd count, in any order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10.5])).toBe(10.5);
  });
  it('is the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is NaN for no values, and leaves its input alone', () => {
    expect(median([])).toBeNaN();
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('coldRunOrder', () => {
  it('alternates the sites, one round per run', () => {
    expect(coldRunOrder(['ours', 'starlight'], 3)).toEqual([
      'ours',
      'starlight',
      'ours',
      'starlight',
      'ours',
      'starlight',
    ]);
  });
  it('repeats a single site', () => {
    expect(coldRunOrder(['ours'], 2)).toEqual(['ours', 'ours']);
  });
});

describe("our share of the search page's time", () => {
  it("sums the samples whose top frame is in the site's scripts, each lasting until the next sample", () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { url: '' } },
        { id: 2, callFrame: { url: 'http://127.0.0.1:4321/search.js' } },
        { id: 3, callFrame: { url: 'http://127.0.0.1:4321/pagefind/pagefind.js' } },
        { id: 4, callFrame: { url: 'http://127.0.0.1:4321/search-facets.js?x' } },
      ],
      // Samples at 100, 300, 600, 1000 and 1100 µs; the profile ends at 1500.
      samples: [2, 3, 4, 1, 2],
      timeDeltas: [100, 200, 300, 400, 100],
      startTime: 0,
      endTime: 1500,
    };
    // search.js 100→300 (200 µs) and 1100→1500 (400); search-facets.js 600→1000 (400).
    expect(selfTime(profile, /\/(?:search|search-facets)\.js(?:\?|$)/)).toBeCloseTo(1.0, 6);
    expect(selfTime(profile, /pagefind\.js$/)).toBeCloseTo(0.3, 6);
  });
});
