/** A declaration, resolution, report, guideline or training material. */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { DOCUMENT_KINDS } from './enums.ts';
import { cbmReading, cbmReference, type RefFactory } from './references.ts';
import { sourcedFields } from './sourced.ts';
import { httpsUrl, themes, prose } from './text.ts';

export function documentsSchema(ref: RefFactory) {
  return z.strictObject({
    title: prose('the title'),
    kind: z.enum(DOCUMENT_KINDS),
    issuer: ref('bodies'),
    date: partialDate,
    summary: prose('a summary'),
    themes: themes(),
    cbms: z.array(cbmReference(ref)).default([]),
    /** Measures the site reads this work as practice of (no source names them): apart from `cbms`. */
    readings: z.array(cbmReading(ref)).default([]),
    decisions: z.array(ref('decisions')).default([]),
    officialUrl: httpsUrl.optional(),
    ...sourcedFields(ref),
  });
}
