/** A conference, workshop, roundtable, meeting, training or exercise, on its date. */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { EVENT_KINDS } from './enums.ts';
import { place } from './place.ts';
import { cbmReading, cbmReference, type RefFactory } from './references.ts';
import { sourcedFields } from './sourced.ts';
import { themes, prose } from './text.ts';

const participants = z
  .strictObject({
    total: z.number().int().positive(),
    women: z.number().int().nonnegative().optional(),
    men: z.number().int().nonnegative().optional(),
  })
  .refine((p) => (p.women ?? 0) + (p.men ?? 0) <= p.total, {
    error: 'Expected women + men to be no more than total',
    path: ['total'],
  });

export function eventsSchema(ref: RefFactory) {
  return z.strictObject({
    title: prose('the title'),
    kind: z.enum(EVENT_KINDS),
    start: partialDate,
    end: partialDate.optional(),
    location: place(ref).default({}),
    organizers: z.array(ref('bodies')).min(1, { error: 'Expected at least one organizer' }),
    cbms: z.array(cbmReference(ref)).default([]),
    /** Measures the site reads this work as practice of (no source names them): apart from `cbms`. */
    readings: z.array(cbmReading(ref)).default([]),
    decisions: z.array(ref('decisions')).default([]),
    /** The participating States or Partners the event was held for (not where it was held). */
    countries: z.array(ref('states')).default([]),
    /** The activity or project the event was part of. */
    activity: ref('activities').optional(),
    participants: participants.optional(),
    summary: prose('a summary'),
    themes: themes(),
    ...sourcedFields(ref),
  });
}
