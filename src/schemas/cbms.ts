/** One of the sixteen confidence-building measures (`content/cbms/15.mdx`). */
import { z } from 'astro/zod';
import { cbmReference, type RefFactory } from './references.ts';
import { sourceCitation, sourcedFields } from './sourced.ts';
import { themes, prose } from './text.ts';

/** One thing the measure asks for, in the project's words, as one readable source shows it. */
export function measureElement(ref: RefFactory) {
  return z.strictObject({
    text: prose('what the measure asks for, in your own words'),
    ...sourceCitation(ref).shape,
  });
}

export function cbmsSchema(ref: RefFactory) {
  return z.strictObject({
    number: z.number({ error: 'Expected the measure number as a whole number' }).int().min(1),
    title: prose('a short title'),
    introducedBy: ref('decisions'),
    summary: prose('a summary'),
    themes: themes(),
    related: z.array(cbmReference(ref)).default([]),
    /** What the measure asks for, element by element, each with the readable source that shows it. */
    elements: z.array(measureElement(ref)).min(1, {
      error: 'Expected at least one element: what the measure asks for, each with the readable source that shows it',
    }),
    /** What of the measure no readable copy shows, said plainly on the page ("Not shown: …"). */
    notShown: prose('what of the measure no readable copy shows').optional(),
    ...sourcedFields(ref),
  });
}
