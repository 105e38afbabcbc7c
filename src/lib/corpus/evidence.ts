/**
 * How strongly the record supports an entry: the grades of its sources (primary, secondary,
 * inferred) and the facts the site infers itself. An entry that rests on no primary source is
 * marked "secondary sources only" on its page and in the exports; a field covered by an
 * `inference` note is drawn as inferred wherever it appears (a matrix cell, a metadata row).
 */
import type { SOURCE_GRADES } from '../../schemas/index.ts';

export type Grade = (typeof SOURCE_GRADES)[number];

/** The parts of an entry this module reads: its cited sources and its notes. */
export interface Evidenced {
  sources?: readonly { grade: Grade }[];
  sourceNotes?: readonly { field: string; kind: string }[];
}

export interface EvidenceSummary {
  /** How many cited sources of each grade. */
  counts: Record<Grade, number>;
  /** True when no cited source is primary: the page says "secondary sources only". */
  secondaryOnly: boolean;
  /** Fields the site infers (from `inference` notes), e.g. `cbms`, `location.city`. */
  inferredFields: string[];
}

/** Sums up an entry's evidence. Entries without a `sources` list (sources themselves) are not marked. */
export function evidenceOf(entry: Evidenced): EvidenceSummary {
  const counts: Record<Grade, number> = { primary: 0, secondary: 0, inferred: 0 };
  for (const s of entry.sources ?? []) counts[s.grade] += 1;
  const inferredFields = [
    ...new Set((entry.sourceNotes ?? []).filter((n) => n.kind === 'inference').map((n) => n.field)),
  ];
  return { counts, secondaryOnly: (entry.sources?.length ?? 0) > 0 && counts.primary === 0, inferredFields };
}

/**
 * Whether a field (or one item of a list field) rests on the site's own inference. A note on
 * `cbms` covers every item of the list; a note on `cbms[3]` or `cbms[3].role` covers that item;
 * a note on `location` covers `location.city`; asking about a whole list is true when any item is inferred.
 *
 * @param field the field's name as the check writes it: `cbms`, `cbms[3]`, `location.city`
 */
export function isInferred(entry: Evidenced, field: string): boolean {
  return evidenceOf(entry).inferredFields.some(
    (f) => field === f || field.startsWith(`${f}[`) || field.startsWith(`${f}.`) || f.startsWith(`${field}[`),
  );
}
