/** One of the sixteen confidence-building measures (`content/cbms/15.mdx`). */
import { z } from 'astro/zod';
import { cbmReference, type RefFactory } from './references.ts';
import { sourcedFields } from './sourced.ts';
import { text, themes } from './text.ts';

export function cbmsSchema(ref: RefFactory) {
  return z.strictObject({
    number: z.number({ error: 'Expected the measure number as a whole number' }).int().min(1),
    title: text('a short title'),
    introducedBy: ref('decisions'),
    summary: text('a summary'),
    themes: themes(),
    related: z.array(cbmReference(ref)).default([]),
    ...sourcedFields(ref),
  });
}
