import { z } from 'astro/zod';

/**
 * Dates in this corpus have the precision their sources give: a year (`2016`), a month
 * (`2016-09`) or a day (`2016-03-10`). They are stored and exported as ISO 8601 strings of that
 * precision, so that "September 2016" is never turned into an invented "1 September 2016".
 */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = 'year' | 'month' | 'day';

/** Returns why `value` is not a real calendar date of the accepted forms, or undefined if it is. */
export function partialDateProblem(value: string): string | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return 'is not written as YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(m[1]);
  if (year < 1975) return 'is before the Helsinki Final Act (1975)';
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return `has no month ${m[2]}`;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > last) return `has no day ${m[3]} (that month has ${last} days)`;
    }
  }
  return undefined;
}

/** The precision of a valid partial date. */
export function precisionOf(value: string): Precision {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/**
 * The first and last calendar day a partial date can mean, as `YYYY-MM-DD` strings:
 * `2016-09` spans `2016-09-01` … `2016-09-30`. Used to compare dates of mixed precision.
 */
export function dateSpan(value: string): { first: string; last: string } {
  const [y, m, d] = value.split('-');
  if (d !== undefined) return { first: value, last: value };
  if (m !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(last).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * A partial date as it reaches the schema. Astro parses frontmatter with js-yaml, which turns an
 * unquoted `2016-03-10` into a Date and an unquoted `2016` into a number; the project's own
 * checker parses YAML 1.2, which keeps both as written. Both are normalised to the ISO string
 * here. (js-yaml also rolls an impossible `2016-13-45` over into a real Date without a word,
 * which is why `npm run check` (YAML 1.2, strings kept) runs before every Astro build.)
 */
export const partialDate = z
  .preprocess(
    (value) => {
      if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
      if (typeof value === 'number' && Number.isInteger(value)) return String(value);
      return value;
    },
    z.string({ error: 'Expected a date written as YYYY, YYYY-MM or YYYY-MM-DD' }).superRefine((value, ctx) => {
      const problem = partialDateProblem(value);
      if (problem)
        ctx.addIssue({ code: 'custom', message: `${problem} (expected a real date: YYYY, YYYY-MM or YYYY-MM-DD)` });
    }),
  )
  .meta({
    format: 'partial-date',
    description: 'A date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD',
  });
