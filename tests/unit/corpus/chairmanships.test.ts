import { describe, expect, it } from 'vitest';
import { chairAt, chairsByYear, contestedYears } from '../../../src/lib/corpus/chairmanships.ts';

const states = [
  { id: 'austria', chairmanships: [2000, 2017] },
  { id: 'slovakia', chairmanships: [2019] },
  { id: 'france', chairmanships: [] },
  { id: 'malta', chairmanships: [2024] },
  { id: 'iceland' },
];

describe('chairmanships', () => {
  it('maps each year to the State that chaired, in year order', () => {
    expect([...chairsByYear(states)]).toEqual([
      [2000, 'austria'],
      [2017, 'austria'],
      [2019, 'slovakia'],
      [2024, 'malta'],
    ]);
  });

  it('finds the chair from a date of any precision', () => {
    const byYear = chairsByYear(states);
    expect(chairAt('2017-11-03', byYear)).toBe('austria');
    expect(chairAt('2019-06', byYear)).toBe('slovakia');
    expect(chairAt('2024', byYear)).toBe('malta');
    expect(chairAt('2018-09-28', byYear)).toBeUndefined();
    expect(chairAt(undefined, byYear)).toBeUndefined();
  });

  it('reports a year claimed by two States', () => {
    expect(contestedYears([...states, { id: 'italy', chairmanships: [2017, 2018] }])).toEqual([
      { year: 2017, states: ['austria', 'italy'] },
    ]);
    expect(contestedYears(states)).toEqual([]);
  });
});
