/** A programme, project, training series, forum or partnership that runs over time. */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { ACTIVITY_KINDS } from './enums.ts';
import { cbmReading, cbmReference, type RefFactory } from './references.ts';
import { sourcedFields } from './sourced.ts';
import { themes, prose } from './text.ts';

export function activitiesSchema(ref: RefFactory) {
  return z
    .strictObject({
      title: prose('the title'),
      kind: z.enum(ACTIVITY_KINDS),
      body: ref('bodies'),
      countries: z.array(ref('states')).default([]),
      /** Places that are not participating States or Partners, e.g. Kosovo, or a region. */
      area: prose('an area').optional(),
      start: partialDate,
      end: partialDate.optional(),
      ongoing: z.boolean().default(false),
      partners: z.array(ref('bodies')).default([]),
      funders: z.array(ref('states')).default([]),
      cbms: z.array(cbmReference(ref)).default([]),
      /** Measures the site reads this work as practice of (no source names them): apart from `cbms`. */
      readings: z.array(cbmReading(ref)).default([]),
      decisions: z.array(ref('decisions')).default([]),
      summary: prose('a summary'),
      themes: themes(),
      ...sourcedFields(ref),
    })
    .refine((a) => !(a.ongoing && a.end), {
      error: 'Expected either end or ongoing: true, not both',
      path: ['ongoing'],
    });
}
