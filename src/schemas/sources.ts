/** A publication the site cites: the issuer's text, a mirror, a reprint or someone else's account. */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { SOURCE_KINDS } from './enums.ts';
import type { RefFactory } from './references.ts';
import { sourceNote } from './sourced.ts';
import { SYMBOL, text, webUrl } from './text.ts';

export function sourcesSchema(ref: RefFactory) {
  return z
    .strictObject({
      title: text('the title'),
      publisher: text('the publisher'),
      url: webUrl.optional(),
      /** Why a source has no public address (e.g. a captured page no longer online). */
      urlNote: text('a note on why the source has no URL').optional(),
      published: partialDate.optional(),
      /** When the site's editors read the source at its url (required with a url). */
      accessed: partialDate.optional(),
      kind: z.enum(SOURCE_KINDS),
      /**
       * `false` when no copy of the source's text could be read (an official text cited for what
       * it is, known only from other sources): no citation of it may then be graded `primary`.
       */
      read: z.boolean().optional(),
      symbol: z.string().regex(SYMBOL).optional(),
      summary: text('a summary').optional(),
      sourceNotes: z.array(sourceNote(ref)).default([]),
    })
    .refine((s) => s.url !== undefined || s.urlNote !== undefined, {
      error: "Expected url, the source's address (https, or http where it has none), or urlNote saying why it has none",
      path: ['url'],
    })
    .refine((s) => s.url === undefined || s.accessed !== undefined, {
      error: 'Expected accessed, the date the source was read at its url (YYYY-MM-DD)',
      path: ['accessed'],
    });
}
