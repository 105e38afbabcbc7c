/** An OSCE body, unit, field operation or partner organisation. */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { BODY_KINDS } from './enums.ts';
import { place } from './place.ts';
import type { RefFactory } from './references.ts';
import { sourceCitation, sourcedFields } from './sourced.ts';
import { text, prose } from './text.ts';

export function bodiesSchema(ref: RefFactory) {
  return z.strictObject({
    name: prose('the name'),
    shortName: text('a short name').optional(),
    kind: z.enum(BODY_KINDS),
    parent: ref('bodies').optional(),
    location: place(ref).optional(),
    summary: prose('a summary').optional(),
    /** Who chaired the body (the Informal Working Group has a chair by year); people appear only here and in prose. */
    chairs: z
      .array(
        z.strictObject({
          state: ref('states'),
          from: partialDate,
          to: partialDate.optional(),
          person: text('the name of the person').optional(),
          sources: z.array(sourceCitation(ref)).min(1, { error: 'Expected at least one source for the chair' }),
        }),
      )
      .default([]),
    ...sourcedFields(ref),
  });
}
