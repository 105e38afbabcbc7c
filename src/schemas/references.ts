/**
 * How entries refer to each other (the collections' names are in collections.ts). A reference is
 * built by a `ref` function handed in by the caller: Astro passes its own `reference()` (only
 * importable inside Astro), everything else passes `plainReference`, which produces the same
 * `{ collection, id }` shape from the id string.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';
import { prose } from './text.ts';

export { COLLECTIONS, type CollectionName } from './collections.ts';

export interface Ref {
  collection: CollectionName;
  id: string;
}

/** Builds the schema of a reference to an entry of `collection`. */
export type RefFactory = (collection: CollectionName) => z.ZodType<Ref, unknown>;

/** The reference used outside Astro: an id string becomes `{ collection, id }`. */
export const plainReference: RefFactory = (collection) =>
  z
    .string({ error: `Expected the id of an entry in ${collection} (its file name without extension)` })
    .min(1)
    .transform((id) => ({ collection, id }));

/**
 * A reference to a measure. CBMs are referenced by number (`cbm: 15`) or by id (`"15"`, `"01"`);
 * their ids are the two-digit file names, so a number is padded before it is resolved.
 */
export function cbmReference(ref: RefFactory) {
  return z.preprocess((value) => {
    if (typeof value === 'number' && Number.isInteger(value)) return String(value).padStart(2, '0');
    if (typeof value === 'string' && /^\d$/.test(value)) return value.padStart(2, '0');
    return value;
  }, ref('cbms'));
}

/**
 * The site's reading that an entry is practice of a measure no source names for it: the measure
 * and a one-line reason (whose wording matches what work). Shown apart from the ties a source
 * states (an entry's `cbms`), never as one of them.
 */
export function cbmReading(ref: RefFactory) {
  return z.strictObject({
    cbm: cbmReference(ref),
    reason: prose("a one-line reason: which of the measure's words the work matches"),
  });
}
