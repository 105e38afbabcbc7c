/** An outside text the measures are read against: the UN GGE 2015 report, another regional CBM set (`content/frameworks/un-gge-2015.mdx`). */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import type { RefFactory } from './references.ts';
import { sourcedFields } from './sourced.ts';
import { text, webUrl, prose } from './text.ts';

export function frameworksSchema(ref: RefFactory) {
  return z.strictObject({
    title: prose('the title'),
    /** Who adopted or issued it, as plain text. */
    issuer: text('the issuer'),
    /** The document symbol, where it has one (`A/70/174`). */
    symbol: text('the symbol').optional(),
    date: partialDate,
    url: webUrl,
    ...sourcedFields(ref),
  });
}
