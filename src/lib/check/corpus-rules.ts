/**
 * Corpus-wide rules that a per-file schema cannot express, and that Astro does not enforce
 * (Astro 7 logs a dangling `reference()` and goes on building). Pure: it works on entries
 * already read and validated, and returns problems instead of throwing, so that every problem
 * is reported at once.
 */
import { dateSpan } from '../../schemas/dates.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { fieldName, referencesIn, type FieldPath } from '../../schemas/refs.ts';
import { closest } from './did-you-mean.ts';
import { dataOf, type CheckedEntry, type EntryFile, type KnownEntries, type Problem } from './types.ts';

/** The OSCE has agreed sixteen cyber/ICT CBMs (PC.DEC/1106: 1–11, PC.DEC/1202: 12–16). */
export const CBM_COUNT = 16;

/** Every date field per collection, as paths; `[]` marks "each item of the list". */
const DATE_FIELDS: Record<CollectionName, string[]> = {
  decisions: ['adopted'],
  cbms: [],
  documents: ['date'],
  events: ['start', 'end'],
  activities: ['start', 'end'],
  bodies: ['chairs[].from', 'chairs[].to'],
  states: ['formerNames[].until'],
  sources: ['published', 'accessed'],
  terms: [],
  frameworks: ['date'],
  norms: [],
};

/** The ids of the given entries, by collection. */
export function knownEntries(files: readonly { collection: CollectionName; id: string }[]): KnownEntries {
  const ids = new Map<CollectionName, Set<string>>();
  for (const f of files) {
    if (!ids.has(f.collection)) ids.set(f.collection, new Set());
    ids.get(f.collection)!.add(f.id);
  }
  return {
    has: (collection, id) => ids.get(collection)?.has(id) ?? false,
    ids: (collection) => [...(ids.get(collection) ?? [])],
  };
}

/**
 * Runs the corpus rules.
 * @param entries the schema-valid entries (their data is read)
 * @param known every entry of the corpus, valid or not (references to an invalid entry resolve,
 *   so that one broken file yields its own problems and no echo in every file that names it)
 * @param today the build date as `YYYY-MM-DD`; dates after it are errors
 * @param files every entry file, valid or not, for the measure anchors of decision bodies
 */
export function checkCorpus(
  entries: CheckedEntry[],
  known: KnownEntries,
  today: string,
  files: readonly EntryFile[] = entries,
): Problem[] {
  const problems: Problem[] = [];
  const problem = (entry: CheckedEntry, path: FieldPath, message: string, expected?: string, didYouMean?: string) =>
    problems.push({
      file: entry.file,
      line: entry.lineOf(path),
      field: fieldName(path),
      message,
      ...(expected ? { expected } : {}),
      ...(didYouMean ? { didYouMean } : {}),
    });

  for (const entry of entries) {
    // References resolve.
    for (const { path, ref } of referencesIn(entry.data)) {
      if (!known.has(ref.collection, ref.id)) {
        const guess = closest(ref.id, known.ids(ref.collection));
        problem(
          entry,
          path,
          `refers to "${ref.id}", which is not an entry of ${ref.collection}`,
          `the id of a file in content/${ref.collection}/`,
          guess,
        );
      }
    }
    // No date after the build date; end on or after start.
    for (const { path, value } of datesIn(entry)) {
      if (dateSpan(value).first > today)
        problem(entry, path, `"${value}" is in the future (today is ${today})`, 'a date that has happened');
    }
    const span =
      entry.collection === 'events' || entry.collection === 'activities' ? dataOf(entry, entry.collection) : undefined;
    const { start, end } = span ?? {};
    if (start && end && dateSpan(end).last < dateSpan(start).first) {
      problem(entry, ['end'], `"${end}" is before start "${start}"`, 'an end on or after the start');
    }
  }

  problems.push(...checkMeasures(entries, files));
  problems.push(...checkGrades(entries));
  problems.push(...checkReadings(entries));
  problems.push(...checkUnique(entries, 'decisions', 'symbol'));
  return problems;
}

/** Each measure once, numbered as its file, within the agreed sixteen, and anchored in its decision. */
function checkMeasures(entries: CheckedEntry[], files: readonly EntryFile[]): Problem[] {
  const problems: Problem[] = [];
  const cbms = entries.filter((e) => e.collection === 'cbms');
  const decisions = new Map(files.filter((e) => e.collection === 'decisions').map((e) => [e.id, e]));
  const byNumber = new Map<number, CheckedEntry[]>();
  const numberProblem = (cbm: CheckedEntry, message: string, expected: string) =>
    problems.push({ file: cbm.file, line: cbm.lineOf(['number']), field: 'number', message, expected });
  for (const cbm of cbms) {
    const measure = dataOf(cbm, 'cbms');
    const n = measure.number;
    byNumber.set(n, [...(byNumber.get(n) ?? []), cbm]);
    const expectedId = String(n).padStart(2, '0');
    if (cbm.id !== expectedId)
      numberProblem(
        cbm,
        `is ${n} but the file is named ${cbm.id}`,
        `the file content/cbms/${expectedId}.mdx for measure ${n}`,
      );
    if (n > CBM_COUNT)
      numberProblem(cbm, `is ${n}, but the OSCE has agreed ${CBM_COUNT} measures`, `a number from 1 to ${CBM_COUNT}`);
    // The introducing decision has the measure's anchor, so provenance links land on it.
    const intro = measure.introducedBy;
    const decision = intro && decisions.get(intro.id);
    // A decision whose body cannot be read has that problem already; its anchors are unknown.
    if (decision?.bodyFacts && !decision.bodyFacts.anchors.includes(`cbm-${n}`)) {
      problems.push({
        file: decision.file,
        line: decision.bodyLine,
        field: 'body',
        message: `has no heading for CBM ${n}, which ${cbm.file} says this decision introduced`,
        expected: `a heading that starts "CBM ${n}" (it gets the anchor #cbm-${n})`,
      });
    }
  }
  for (const [n, same] of byNumber) {
    if (same.length < 2) continue;
    for (const cbm of same) {
      const others = same
        .filter((o) => o !== cbm)
        .map((o) => o.file)
        .join(', ');
      numberProblem(cbm, `${n} is also used by ${others}`, 'each measure number exactly once');
    }
  }
  // A measure file that exists but fails its schema is not missing: it has its own problem.
  const valid = new Set(cbms.map((c) => c.file));
  const failed = new Set(files.filter((f) => f.collection === 'cbms' && !valid.has(f.file)).map((f) => Number(f.id)));
  const missing = Array.from({ length: CBM_COUNT }, (_, i) => i + 1).filter((n) => !byNumber.has(n) && !failed.has(n));
  if (missing.length) {
    problems.push({
      file: 'content/cbms/',
      line: 1,
      field: 'number',
      message: `no entry for measure${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      expected: `one file for each of CBM 1 to ${CBM_COUNT}`,
    });
  }
  return problems;
}

/**
 * A citation is graded `primary` only when the cited text was read: never when the source records
 * that no copy of it was read (`read: false`).
 */
function checkGrades(entries: CheckedEntry[]): Problem[] {
  const unread = new Set(
    entries.filter((e) => e.collection === 'sources' && dataOf(e, 'sources').read === false).map((e) => e.id),
  );
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const { path, id, grade } of citationsIn(entry.data)) {
      if (grade !== 'primary' || !unread.has(id)) continue;
      problems.push({
        file: entry.file,
        line: entry.lineOf([...path, 'grade']),
        field: `${fieldName(path)}.grade`,
        message: `is "primary", but content/sources/${id}.mdx records that no copy of its text was read (read: false)`,
        expected: 'inferred (or secondary), or a source whose text was read',
      });
    }
  }
  return problems;
}

/**
 * Every citation in an entry's data, wherever the schema puts one (`sources`, a measure's
 * `elements`, a body's `chairs[].sources`, a `contactPoint`): an object with a `source` and a
 * `grade`. Walked rather than listed, so that a field added later is held to the rule too.
 */
export function* citationsIn(
  value: unknown,
  path: FieldPath = [],
): Generator<{ path: FieldPath; id: string; grade: unknown }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* citationsIn(item, [...path, i]);
    return;
  }
  if (!value || typeof value !== 'object' || value instanceof Date) return;
  const record = value as Record<string, unknown>;
  if ('grade' in record && 'source' in record) {
    const source = record['source'] as { id?: string } | string | undefined;
    const id = typeof source === 'string' ? source : source?.id;
    if (id) yield { path, id, grade: record['grade'] };
    return;
  }
  for (const [key, item] of Object.entries(record)) yield* citationsIn(item, [...path, key]);
}

/** A reading is the site's own tie, for a measure no source names: never one the entry states already. */
function checkReadings(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const readings = entry.data['readings'];
    const stated = entry.data['cbms'];
    if (!Array.isArray(readings) || !Array.isArray(stated)) continue;
    const statedIds = new Set(stated.map((r: { id?: string }) => r?.id));
    readings.forEach((reading: { cbm?: { id?: string } }, i) => {
      const id = reading?.cbm?.id;
      if (!id || !statedIds.has(id)) return;
      problems.push({
        file: entry.file,
        line: entry.lineOf(['readings', i, 'cbm']),
        field: `readings[${i}].cbm`,
        message: `names CBM ${Number(id)}, which the entry's cbms already ties to it on a source's word`,
        expected: 'a measure the entry does not state in cbms (a reading is for what no source names)',
      });
    });
  }
  return problems;
}

function checkUnique(entries: CheckedEntry[], collection: CollectionName, field: string): Problem[] {
  const seen = new Map<string, CheckedEntry[]>();
  for (const e of entries.filter((x) => x.collection === collection)) {
    const value = e.data[field];
    if (typeof value !== 'string') continue;
    seen.set(value, [...(seen.get(value) ?? []), e]);
  }
  const problems: Problem[] = [];
  for (const [value, same] of seen) {
    if (same.length < 2) continue;
    for (const e of same) {
      problems.push({
        file: e.file,
        line: e.lineOf([field]),
        field,
        message: `"${value}" is also the ${field} of ${same
          .filter((o) => o !== e)
          .map((o) => o.file)
          .join(', ')}`,
        expected: `a ${field} used by one entry only`,
      });
    }
  }
  return problems;
}

function datesIn(entry: CheckedEntry): { path: FieldPath; value: string }[] {
  const found: { path: FieldPath; value: string }[] = [];
  for (const field of DATE_FIELDS[entry.collection]) {
    const [list, inner] = field.split('[].');
    if (inner !== undefined && list !== undefined) {
      const items = entry.data[list];
      if (Array.isArray(items)) {
        items.forEach((item: Record<string, unknown>, i) => {
          if (typeof item[inner] === 'string') found.push({ path: [list, i, inner], value: item[inner] as string });
        });
      }
    } else if (typeof entry.data[field] === 'string') {
      found.push({ path: [field], value: entry.data[field] as string });
    }
  }
  return found;
}
