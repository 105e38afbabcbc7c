/** A glossary term used in the record (`content/terms/point-of-contact.mdx`); CBM 9 asks for common terminology. */
import { z } from 'astro/zod';
import { cbmReference, type RefFactory } from './references.ts';
import { sourcedFields } from './sourced.ts';
import { prose } from './text.ts';

export function termsSchema(ref: RefFactory) {
  return z.strictObject({
    /** The term as the glossary heads it. */
    term: prose('the term'),
    /** Other names and short forms the record uses for the same thing; each links to the entry from other pages. */
    aliases: z.array(prose('an alias')).default([]),
    /** The meaning, in the project's own words (the sources back it; none is quoted). */
    definition: prose('a definition'),
    /** The measures, decisions and other terms the term belongs with, one typed list per collection. */
    related: z
      .strictObject({
        cbms: z.array(cbmReference(ref)).default([]),
        decisions: z.array(ref('decisions')).default([]),
        terms: z.array(ref('terms')).default([]),
      })
      .default({ cbms: [], decisions: [], terms: [] }),
    ...sourcedFields(ref),
  });
}
