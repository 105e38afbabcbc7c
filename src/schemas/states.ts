/** A participating State or a Partner for Co-operation. */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { STATE_STATUSES } from './enums.ts';
import type { RefFactory } from './references.ts';
import { sourceCitation, sourcedFields } from './sourced.ts';
import { prose } from './text.ts';

export function statesSchema(ref: RefFactory) {
  return z.strictObject({
    name: prose('the name'),
    status: z.enum(STATE_STATUSES),
    formerNames: z
      .array(
        z.strictObject({
          name: prose('the former name'),
          until: partialDate.optional(),
          note: prose('a note').optional(),
        }),
      )
      .default([]),
    /** The years in which the State held the OSCE Chairmanship (Chairpersonship from 2024). */
    chairmanships: z.array(z.number({ error: 'Expected a year such as 2017' }).int().min(1991).max(2100)).default([]),
    /** Its national point of contact for the OSCE measures (what CBM 8 asks for), where a public source names it. */
    contactPoint: z
      .strictObject({
        name: prose('the name of the contact point'),
        sources: z.array(sourceCitation(ref)).min(1, { error: 'Expected at least one source for the contact point' }),
      })
      .optional(),
    ...sourcedFields(ref),
  });
}
