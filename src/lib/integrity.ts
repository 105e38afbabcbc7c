/**
 * Corpus-wide rules that a per-file schema cannot express, and that Astro does not enforce
 * (Astro 7 logs a dangling `reference()` and goes on building). Pure: it works on entries
 * already read and validated, and returns problems instead of throwing, so that every problem
 * is reported at once.
 */
import { dateSpan } from '../schemas/dates.ts';
import type { CollectionName } from '../schemas/index.ts';
import { fieldName, referencesIn, type FieldPath } from '../schemas/refs.ts';
import { MEASURE_HEADING } from './remark-measure-anchors.ts';

/** The OSCE has agreed sixteen cyber/ICT CBMs (PC.DEC/1106: 1–11, PC.DEC/1202: 12–16). */
export const CBM_COUNT = 16;

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  /** Path of the file relative to the project, for messages. */
  file: string;
  /** The schema's output. */
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  lineOf(path: FieldPath): number;
}

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  expected?: string;
}

/** Every date field per collection, as paths; `[]` marks "each item of the list". */
const DATE_FIELDS: Record<CollectionName, string[]> = {
  decisions: ['adopted'],
  cbms: [],
  documents: ['date'],
  events: ['start', 'end'],
  activities: ['start', 'end'],
  bodies: [],
  states: ['formerNames[].until'],
  sources: ['published', 'accessed'],
};

/**
 * Runs the corpus rules.
 * @param entries every entry of every collection, schema-valid
 * @param today the build date as `YYYY-MM-DD`; dates after it are errors
 */
export function checkIntegrity(entries: CheckedEntry[], today: string): Problem[] {
  const problems: Problem[] = [];
  const problem = (entry: CheckedEntry, path: FieldPath, message: string, expected?: string) =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field: fieldName(path), message, expected });

  const ids = new Map<CollectionName, Set<string>>();
  for (const e of entries) {
    if (!ids.has(e.collection)) ids.set(e.collection, new Set());
    ids.get(e.collection)!.add(e.id);
  }

  for (const entry of entries) {
    // References resolve.
    for (const { path, ref } of referencesIn(entry.data)) {
      if (!ids.get(ref.collection)?.has(ref.id)) {
        problem(
          entry,
          path,
          `refers to "${ref.id}", which is not an entry of ${ref.collection}`,
          `the id of a file in content/${ref.collection}/`,
        );
      }
    }
    // No date after the build date; end on or after start.
    for (const { path, value } of datesIn(entry)) {
      if (dateSpan(value).first > today) problem(entry, path, `"${value}" is in the future (today is ${today})`, 'a date that has happened');
    }
    const start = entry.data['start'];
    const end = entry.data['end'];
    if (typeof start === 'string' && typeof end === 'string' && dateSpan(end).last < dateSpan(start).first) {
      problem(entry, ['end'], `"${end}" is before start "${start}"`, 'an end on or after the start');
    }
  }

  problems.push(...checkCbms(entries));
  problems.push(...checkUnique(entries, 'decisions', 'symbol'));
  return problems;
}

function checkCbms(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const cbms = entries.filter((e) => e.collection === 'cbms');
  const decisions = new Map(entries.filter((e) => e.collection === 'decisions').map((e) => [e.id, e]));
  const byNumber = new Map<number, CheckedEntry[]>();
  for (const cbm of cbms) {
    const n = cbm.data['number'] as number;
    byNumber.set(n, [...(byNumber.get(n) ?? []), cbm]);
    const expectedId = String(n).padStart(2, '0');
    if (cbm.id !== expectedId) {
      problems.push({
        file: cbm.file,
        line: cbm.lineOf(['number']),
        field: 'number',
        message: `is ${n} but the file is named ${cbm.id}`,
        expected: `the file content/cbms/${expectedId}.mdx for measure ${n}`,
      });
    }
    if (n > CBM_COUNT) {
      problems.push({
        file: cbm.file,
        line: cbm.lineOf(['number']),
        field: 'number',
        message: `is ${n}, but the OSCE has agreed ${CBM_COUNT} measures`,
        expected: `a number from 1 to ${CBM_COUNT}`,
      });
    }
    // The introducing decision has the measure's anchor, so provenance links land on it.
    const intro = cbm.data['introducedBy'] as { id: string } | undefined;
    const decision = intro && decisions.get(intro.id);
    if (decision && !anchorsIn(decision.body).includes(`cbm-${n}`)) {
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
    if (same.length > 1) {
      for (const cbm of same) {
        const others = same.filter((o) => o !== cbm).map((o) => o.file).join(', ');
        problems.push({
          file: cbm.file,
          line: cbm.lineOf(['number']),
          field: 'number',
          message: `${n} is also used by ${others}`,
          expected: 'each measure number exactly once',
        });
      }
    }
  }
  {
    const missing = Array.from({ length: CBM_COUNT }, (_, i) => i + 1).filter((n) => !byNumber.has(n));
    if (missing.length) {
      problems.push({
        file: 'content/cbms/',
        line: 1,
        field: 'number',
        message: `no entry for measure${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
        expected: `one file for each of CBM 1 to ${CBM_COUNT}`,
      });
    }
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
        message: `"${value}" is also the ${field} of ${same.filter((o) => o !== e).map((o) => o.file).join(', ')}`,
        expected: `a ${field} used by one entry only`,
      });
    }
  }
  return problems;
}

/** The `cbm-N` anchors that the measure-anchor plugin will give this MDX body's headings. */
export function anchorsIn(body: string): string[] {
  const anchors: string[] = [];
  for (const line of body.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const m = heading && MEASURE_HEADING.exec(heading[1] ?? '');
    if (m) anchors.push(`cbm-${Number(m[1])}`);
  }
  return anchors;
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

