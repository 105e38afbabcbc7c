/** Where something happened or sits: a city, the State it is in, a venue. */
import { z } from 'astro/zod';
import type { RefFactory } from './references.ts';
import { text } from './text.ts';

export function place(ref: RefFactory) {
  return z.strictObject({
    city: text('a city').optional(),
    state: ref('states').optional(),
    venue: text('a venue').optional(),
  });
}
