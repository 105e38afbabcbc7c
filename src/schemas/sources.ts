/** A publication the site cites: the issuer's text, a mirror, a reprint or someone else's account. */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { SOURCE_KINDS } from './enums.ts';
import type { RefFactory } from './references.ts';
import { sourceNote } from './sourced.ts';
import { SYMBOL, text, webUrl } from './text.ts';

export function sourcesSchema(ref: RefFactory) {
  return z.strictObject({
    title: text('the title'),
    publisher: text('the publisher'),
    url: webUrl.optional(),
    /** Why a source has no public address (e.g. a captured page no longer online). */
    urlNote: text('a note on why the source has no URL').optional(),
    published: partialDate.optional(),
    /** When the site's editors last read the source (for pages that change). */
    accessed: partialDate.optional(),
    kind: z.enum(SOURCE_KINDS),
    symbol: z.string().regex(SYMBOL).optional(),
    summary: text('a summary').optional(),
    sourceNotes: z.array(sourceNote(ref)).default([]),
  });
}
