/**
 * The content model: one zod schema per collection. This module is the data contract that
 * `src/content.config.ts` (Astro), `npm run check`, the tests, the scaffold and the JSON Schema
 * export all read. Field names are fixed by DESIGN.md; add fields, rename none.
 *
 * Cross-references are built by a `ref` function handed in by the caller: Astro passes its own
 * `reference()` (only importable inside Astro), everything else passes `plainReference`, which
 * produces the same `{ collection, id }` shape from the id string.
 */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';

export const COLLECTIONS = [
  'decisions',
  'cbms',
  'documents',
  'events',
  'activities',
  'bodies',
  'states',
  'sources',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

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

export const DECISION_RELATION_TYPES = ['builds-on', 'endorses', 'supersedes', 'references'] as const;
export const DECISION_CBM_ROLES = ['reaffirms', 'references'] as const;
export const DOCUMENT_KINDS = ['declaration', 'resolution', 'training-material', 'report', 'guideline'] as const;
export const EVENT_KINDS = ['conference', 'workshop', 'roundtable', 'meeting', 'training', 'exercise'] as const;
export const ACTIVITY_KINDS = ['capacity-building', 'training', 'forum', 'partnership', 'project'] as const;
export const BODY_KINDS = [
  'organisation',
  'decision-making-body',
  'subsidiary-body',
  'working-group',
  'chairmanship',
  'secretariat',
  'department',
  'unit',
  'field-operations',
  'field-operation',
  'training-institution',
  'parliamentary-assembly',
  'partner-organisation',
] as const;
export const STATE_STATUSES = ['participating', 'asian-partner', 'mediterranean-partner'] as const;
/**
 * What kind of publication a source is: the issuer's own page or text, a mirror of the official
 * text, a verbatim reprint, an account by someone else, or one of the seed pages the project
 * started from.
 */
export const SOURCE_KINDS = ['issuer', 'official-text-mirror', 'reprint', 'secondary', 'seed'] as const;
/**
 * How strongly a source supports the entry: `primary` (the issuer's own text, an official-text
 * mirror or a verbatim reprint), `secondary` (someone else's account) or `inferred` (the site's own
 * reasoning, explained in a `sourceNotes` item).
 */
export const SOURCE_GRADES = ['primary', 'secondary', 'inferred'] as const;
export const SOURCE_NOTE_KINDS = ['conflict', 'inference', 'gap'] as const;

/** Symbols as the OSCE writes them: `PC.DEC/1106`, `MC.DEC/5/16`, `FSC.DEC/3/13`. */
export const SYMBOL = /^[A-Z]{2,4}\.DEC\/\d+(?:\/\d{2})?$/;
/** Ids are file names: lower-case words joined by hyphens (CBM files are `01` … `16`). */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (what: string) =>
  z.string({ error: `Expected ${what} as text` }).trim().min(1, { error: `Expected ${what}, found an empty text` });

const httpsUrl = z.url({ protocol: /^https$/, error: 'Expected an absolute https:// URL' });

/**
 * A source's outside address: https, or http where the source has no https address (the page
 * then says so). Never `javascript:`, `data:` or a relative path.
 */
const webUrl = z.url({
  protocol: /^https?$/,
  error: 'Expected an absolute https:// URL (http:// only where the source has no https address)',
});

const theme = z
  .string()
  .regex(ID, { error: 'Expected a theme in lower-case words joined by hyphens, e.g. critical-infrastructure' });

/** Builds every collection's schema with the given reference factory. */
export function createSchemas(ref: RefFactory) {
  /**
   * CBMs are referenced by number (`cbm: 15`) or by id (`"15"`, `"01"`); their ids are the
   * two-digit file names, so a number is padded before it is resolved.
   */
  const cbmRef = z.preprocess((value) => {
    if (typeof value === 'number' && Number.isInteger(value)) return String(value).padStart(2, '0');
    if (typeof value === 'string' && /^\d$/.test(value)) return value.padStart(2, '0');
    return value;
  }, ref('cbms'));

  const sourceCitation = z.strictObject({
    source: ref('sources'),
    /** Where in the source: a page, paragraph, section or list heading. */
    locator: text('a locator').optional(),
    /** primary: the issuer's own text or a faithful copy; secondary: someone else's account; inferred: the site's reasoning. */
    grade: z.enum(SOURCE_GRADES, { error: `Expected a grade, one of: ${SOURCE_GRADES.join(', ')}` }),
  });

  const sourceNote = z.strictObject({
    /** The field the note is about, e.g. `start` or `location.city`. */
    field: text('the name of the field the note is about'),
    /** conflict: sources disagree; inference: the site infers what sources leave open; gap: a fact no source gives. */
    kind: z.enum(SOURCE_NOTE_KINDS).default('conflict'),
    /** What this source says (or leaves open), in the project's words. */
    claim: text('the claim'),
    source: ref('sources'),
    /** Which version the site follows, and why. */
    resolution: text('the resolution'),
  });

  const sourced = {
    sources: z.array(sourceCitation).min(1, { error: 'Expected at least one source: every fact needs one' }),
    sourceNotes: z.array(sourceNote).default([]),
  };

  const place = z.strictObject({
    city: text('a city').optional(),
    state: ref('states').optional(),
    venue: text('a venue').optional(),
  });

  const decisions = z.strictObject({
    title: text('the title'),
    symbol: z.string().regex(SYMBOL, { error: 'Expected an OSCE symbol such as PC.DEC/1106 or MC.DEC/5/16' }),
    body: ref('bodies'),
    adopted: partialDate,
    venue: text('the venue'),
    meeting: text('the meeting').optional(),
    summary: text('a summary'),
    themes: z.array(theme).default([]),
    relations: z
      .array(z.strictObject({ decision: ref('decisions'), type: z.enum(DECISION_RELATION_TYPES), locator: text('a locator').optional() }))
      .default([]),
    cbms: z
      .array(z.strictObject({ cbm: cbmRef, role: z.enum(DECISION_CBM_ROLES), locator: text('a locator').optional() }))
      .default([]),
    officialUrl: httpsUrl.optional(),
    ...sourced,
  });

  const cbms = z.strictObject({
    number: z.number({ error: 'Expected the measure number as a whole number' }).int().min(1),
    title: text('a short title'),
    introducedBy: ref('decisions'),
    summary: text('a summary'),
    themes: z.array(theme).default([]),
    related: z.array(cbmRef).default([]),
    ...sourced,
  });

  const documents = z.strictObject({
    title: text('the title'),
    kind: z.enum(DOCUMENT_KINDS),
    issuer: ref('bodies'),
    date: partialDate,
    summary: text('a summary'),
    themes: z.array(theme).default([]),
    cbms: z.array(cbmRef).default([]),
    decisions: z.array(ref('decisions')).default([]),
    officialUrl: httpsUrl.optional(),
    ...sourced,
  });

  const participants = z
    .strictObject({
      total: z.number().int().positive(),
      women: z.number().int().nonnegative().optional(),
      men: z.number().int().nonnegative().optional(),
    })
    .refine((p) => (p.women ?? 0) + (p.men ?? 0) <= p.total, {
      error: 'Expected women + men to be no more than total',
      path: ['total'],
    });

  const events = z.strictObject({
    title: text('the title'),
    kind: z.enum(EVENT_KINDS),
    start: partialDate,
    end: partialDate.optional(),
    location: place.default({}),
    organizers: z.array(ref('bodies')).min(1, { error: 'Expected at least one organizer' }),
    cbms: z.array(cbmRef).default([]),
    decisions: z.array(ref('decisions')).default([]),
    /** The participating States or Partners the event was held for (not where it was held). */
    countries: z.array(ref('states')).default([]),
    /** The activity or project the event was part of. */
    activity: ref('activities').optional(),
    participants: participants.optional(),
    summary: text('a summary'),
    themes: z.array(theme).default([]),
    ...sourced,
  });

  const activities = z
    .strictObject({
      title: text('the title'),
      kind: z.enum(ACTIVITY_KINDS),
      body: ref('bodies'),
      countries: z.array(ref('states')).default([]),
      /** Places that are not participating States or Partners, e.g. Kosovo, or a region. */
      area: text('an area').optional(),
      start: partialDate,
      end: partialDate.optional(),
      ongoing: z.boolean().default(false),
      partners: z.array(ref('bodies')).default([]),
      funders: z.array(ref('states')).default([]),
      cbms: z.array(cbmRef).default([]),
      decisions: z.array(ref('decisions')).default([]),
      summary: text('a summary'),
      themes: z.array(theme).default([]),
      ...sourced,
    })
    .refine((a) => !(a.ongoing && a.end), { error: 'Expected either end or ongoing: true, not both', path: ['ongoing'] });

  const bodies = z.strictObject({
    name: text('the name'),
    shortName: text('a short name').optional(),
    kind: z.enum(BODY_KINDS),
    parent: ref('bodies').optional(),
    location: place.optional(),
    summary: text('a summary').optional(),
    /** Who chaired the body (the Informal Working Group has a chair by year); people appear only here and in prose. */
    chairs: z
      .array(
        z.strictObject({
          state: ref('states'),
          from: partialDate,
          to: partialDate.optional(),
          person: text('the name of the person').optional(),
          sources: z.array(sourceCitation).min(1, { error: 'Expected at least one source for the chair' }),
        }),
      )
      .default([]),
    ...sourced,
  });

  const states = z.strictObject({
    name: text('the name'),
    status: z.enum(STATE_STATUSES),
    formerNames: z
      .array(z.strictObject({ name: text('the former name'), until: partialDate.optional(), note: text('a note').optional() }))
      .default([]),
    /** The years in which the State held the OSCE Chairmanship (Chairpersonship from 2024). */
    chairmanships: z
      .array(z.number({ error: 'Expected a year such as 2017' }).int().min(1991).max(2100))
      .default([]),
    ...sourced,
  });

  const sources = z.strictObject({
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
    sourceNotes: z.array(sourceNote).default([]),
  });

  return { decisions, cbms, documents, events, activities, bodies, states, sources };
}

export type Schemas = ReturnType<typeof createSchemas>;
/** The schemas for use outside Astro (tests, `npm run check`, the scaffold, JSON Schema). */
export const schemas = createSchemas(plainReference);
export type EntryData<C extends CollectionName> = z.output<Schemas[C]>;
