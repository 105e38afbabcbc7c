/** The benchmark's protocol helpers: medians and the order of the cold runs (no timing here). */
import { describe, expect, it } from 'vitest';
import { coldRunOrder, median } from '../../scripts/bench/protocol.ts';

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
