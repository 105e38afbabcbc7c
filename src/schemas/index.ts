/**
 * The content model: one zod schema per collection, each in its own file, composed here. This
 * module is the data contract that `src/content.config.ts` (Astro), `npm run check`, the tests,
 * the scaffold and the JSON Schema export all read. Add fields, rename none.
 */
import type { z } from 'astro/zod';
import { activitiesSchema } from './activities.ts';
import { bodiesSchema } from './bodies.ts';
import { cbmsSchema } from './cbms.ts';
import { decisionsSchema } from './decisions.ts';
import { documentsSchema } from './documents.ts';
import { eventsSchema } from './events.ts';
import { plainReference, type CollectionName, type RefFactory } from './references.ts';
import { sourcesSchema } from './sources.ts';
import { statesSchema } from './states.ts';
import { termsSchema } from './terms.ts';
import { frameworksSchema } from './frameworks.ts';
import { normsSchema } from './norms.ts';

export { COLLECTIONS, plainReference, type CollectionName, type Ref, type RefFactory } from './references.ts';
export {
  ACTIVITY_KINDS,
  BODY_KINDS,
  DECISION_CBM_ROLES,
  DECISION_RELATION_TYPES,
  DOCUMENT_KINDS,
  EVENT_KINDS,
  SOURCE_GRADES,
  SOURCE_KINDS,
  SOURCE_NOTE_KINDS,
  STATE_STATUSES,
} from './enums.ts';
export { ID, SYMBOL } from './text.ts';
export { NORM_LINK_BASES } from './norms.ts';

/** Builds every collection's schema with the given reference factory. */
export function createSchemas(ref: RefFactory) {
  return {
    decisions: decisionsSchema(ref),
    cbms: cbmsSchema(ref),
    documents: documentsSchema(ref),
    events: eventsSchema(ref),
    activities: activitiesSchema(ref),
    bodies: bodiesSchema(ref),
    states: statesSchema(ref),
    sources: sourcesSchema(ref),
    terms: termsSchema(ref),
    frameworks: frameworksSchema(ref),
    norms: normsSchema(ref),
  };
}

export type Schemas = ReturnType<typeof createSchemas>;
/** The schemas for use outside Astro (tests, `npm run check`, the scaffold, JSON Schema). */
export const schemas = createSchemas(plainReference);
export type EntryData<C extends CollectionName> = z.output<Schemas[C]>;
