import { describe, expect, it } from 'vitest';
import {
  countOf,
  formatDate,
  formatDateRange,
  formatParticipants,
  humanise,
  shortSymbol,
} from '../../src/lib/format.ts';

describe('format', () => {
  it('writes dates at their own precision', () => {
    expect(formatDate('2013-12-03')).toBe('3 December 2013');
    expect(formatDate('2016-09')).toBe('September 2016');
    expect(formatDate('2015')).toBe('2015');
  });
  it('writes ranges as a person would', () => {
    expect(formatDateRange('2015-10-29', '2015-10-30')).toBe('29–30 October 2015');
    expect(formatDateRange('2016-05-12', '2016-06-02')).toBe('12 May – 2 June 2016');
    expect(formatDateRange('2016', undefined, true)).toBe('2016 – ongoing');
  });
  it('shortens OSCE symbols', () => {
    expect(shortSymbol('PC.DEC/1106')).toBe('PC 1106');
    expect(shortSymbol('MC.DEC/5/16')).toBe('MC 5/16');
  });
  it('counts participants', () => {
    expect(formatParticipants({ total: 15, women: 2, men: 13 })).toBe('15 (2 women, 13 men)');
  });
  it('counts and humanises', () => {
    expect(countOf(1)).toBe('1 entry');
    expect(countOf(16)).toBe('16 entries');
    expect(countOf(3, 'file', 'files')).toBe('3 files');
    expect(humanise('capacity-building')).toBe('Capacity building');
  });
});
