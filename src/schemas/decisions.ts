/** A decision of an OSCE decision-making body, e.g. PC.DEC/1202 (`content/decisions/pc-1202.mdx`). */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { DECISION_CBM_ROLES, DECISION_RELATION_TYPES } from './enums.ts';
import { cbmReference, type RefFactory } from './references.ts';
import { sourcedFields } from './sourced.ts';
import { httpsUrl, symbol, themes, prose } from './text.ts';

export function decisionsSchema(ref: RefFactory) {
  return z.strictObject({
    title: prose('the title'),
    symbol: symbol(),
    body: ref('bodies'),
    adopted: partialDate,
    venue: prose('the venue'),
    meeting: prose('the meeting').optional(),
    summary: prose('a summary'),
    themes: themes(),
    relations: z
      .array(
        z.strictObject({
          decision: ref('decisions'),
          type: z.enum(DECISION_RELATION_TYPES),
          locator: prose('a locator').optional(),
        }),
      )
      .default([]),
    cbms: z
      .array(
        z.strictObject({
          cbm: cbmReference(ref),
          role: z.enum(DECISION_CBM_ROLES),
          locator: prose('a locator').optional(),
        }),
      )
      .default([]),
    officialUrl: httpsUrl.optional(),
    ...sourcedFields(ref),
  });
}
