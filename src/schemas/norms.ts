/**
 * One norm or measure of a framework (`content/norms/gge-2015-13j.mdx`), with the OSCE measures
 * it is linked to. Every link names its basis: a cited source with a locator, or the site's own
 * reading with a one-line reason; the cross-walk draws the two differently.
 */
import { z } from 'astro/zod';
import { cbmReference, type RefFactory } from './references.ts';
import { sourcedFields } from './sourced.ts';
import { text, prose } from './text.ts';

export const NORM_LINK_BASES = ['source', 'reading'] as const;

/** One link between a norm and an OSCE measure, with its basis. */
export function normLink(ref: RefFactory) {
  return z.discriminatedUnion(
    'basis',
    [
      z.strictObject({
        cbm: cbmReference(ref),
        /** A source states the correspondence. */
        basis: z.literal('source'),
        source: ref('sources'),
        /** Where in the source the correspondence is stated. */
        locator: prose('a locator (where the source states the link)'),
      }),
      z.strictObject({
        cbm: cbmReference(ref),
        /** The site's own reading of the two texts. */
        basis: z.literal('reading'),
        /** Why the site reads the measure as answering the norm, in one line. */
        reason: prose('a one-line reason for the reading'),
      }),
    ],
    {
      error: `Expected a basis for the link, one of: ${NORM_LINK_BASES.join(', ')} (source with source and locator, reading with reason)`,
    },
  );
}

export function normsSchema(ref: RefFactory) {
  return z.strictObject({
    framework: ref('frameworks'),
    /** The norm's label in its framework: `13(j)`, `CBM 3`. */
    label: text('the label'),
    title: prose('the title'),
    summary: prose('a summary'),
    cbms: z.array(normLink(ref)).default([]),
    ...sourcedFields(ref),
  });
}
