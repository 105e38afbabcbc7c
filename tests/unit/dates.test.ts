import { describe, expect, it } from 'vitest';
import { dateSpan, partialDate, partialDateProblem, precisionOf } from '../../src/schemas/dates.ts';

describe('partial dates', () => {
  it('accepts a year, a month and a day', () => {
    expect(partialDateProblem('2016')).toBeUndefined();
    expect(partialDateProblem('2016-09')).toBeUndefined();
    expect(partialDateProblem('2016-02-29')).toBeUndefined();
  });

  it('rejects impossible dates and says why', () => {
    expect(partialDateProblem('2016-13-45')).toBe('has no month 13');
    expect(partialDateProblem('2017-02-29')).toBe('has no day 29 (that month has 28 days)');
    expect(partialDateProblem('9 July 2017')).toBe('is not written as YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('normalises what js-yaml hands Astro (Date, number) to the ISO string', () => {
    expect(partialDate.parse(new Date(Date.UTC(2016, 2, 10)))).toBe('2016-03-10');
    expect(partialDate.parse(2016)).toBe('2016');
    expect(partialDate.parse('2016-09')).toBe('2016-09');
    expect(partialDate.safeParse('2016-13-45').success).toBe(false);
  });

  it('knows the span and precision of each form', () => {
    expect(dateSpan('2016-02')).toEqual({ first: '2016-02-01', last: '2016-02-29' });
    expect(dateSpan('2015')).toEqual({ first: '2015-01-01', last: '2015-12-31' });
    expect(dateSpan('2015-10-29')).toEqual({ first: '2015-10-29', last: '2015-10-29' });
    expect(precisionOf('2016-09')).toBe('month');
  });
});
