/** The fixed vocabularies of the content model. */

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
