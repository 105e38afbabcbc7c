/** Where something happened or sits: a city, the State it is in, a venue. */
import { z } from 'astro/zod';
import type { RefFactory } from './references.ts';
import { prose } from './text.ts';

export function place(ref: RefFactory) {
  return z.strictObject({
    city: prose('a city').optional(),
    state: ref('states').optional(),
    venue: prose('a venue').optional(),
  });
}
