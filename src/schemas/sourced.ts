/** Where every fact comes from: source citations, notes on what sources disagree about or leave open. */
import { z } from 'astro/zod';
import { SOURCE_GRADES, SOURCE_NOTE_KINDS } from './enums.ts';
import type { RefFactory } from './references.ts';
import { text, prose } from './text.ts';

/** One citation of a source in an entry: which source, where in it, and how strongly it supports the entry. */
export function sourceCitation(ref: RefFactory) {
  return z.strictObject({
    source: ref('sources'),
    /** Where in the source: a page, paragraph, section or list heading. */
    locator: prose('a locator').optional(),
    /** primary: the issuer's own text or a faithful copy; secondary: someone else's account; inferred: the site's reasoning. */
    grade: z.enum(SOURCE_GRADES, { error: `Expected a grade, one of: ${SOURCE_GRADES.join(', ')}` }),
  });
}

/** A note on one field: where sources conflict, what the site infers, or a gap no source fills. */
export function sourceNote(ref: RefFactory) {
  return z.strictObject({
    /** The field the note is about, e.g. `start` or `location.city`. */
    field: text('the name of the field the note is about'),
    /** conflict: sources disagree; inference: the site infers what sources leave open; gap: a fact no source gives. */
    kind: z.enum(SOURCE_NOTE_KINDS).default('conflict'),
    /** What this source says (or leaves open), in the project's words. */
    claim: prose('the claim'),
    source: ref('sources'),
    /** Which version the site follows, and why. */
    resolution: prose('the resolution'),
  });
}

/** The `sources` and `sourceNotes` fields every sourced entry has. */
export function sourcedFields(ref: RefFactory) {
  return {
    sources: z.array(sourceCitation(ref)).min(1, { error: 'Expected at least one source: every fact needs one' }),
    sourceNotes: z.array(sourceNote(ref)).default([]),
  };
}
