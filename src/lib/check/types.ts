/** The shapes the content check reads and returns. */
import type { CollectionName, EntryData } from '../../schemas/index.ts';
import type { FieldPath } from '../../schemas/refs.ts';

/** A file handed to the check: its path relative to the project (`content/cbms/15.mdx`) and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** One thing a maintainer has to fix, named by file, line and field. */
export interface Problem {
  file: string;
  line: number;
  field: string;
  /** What is wrong, in words: `is missing`, `refers to "pc-1203", which is not an entry of decisions`. */
  message: string;
  /** What the field should hold, in words from the schema: `a date, YYYY-MM-DD`. */
  expected?: string;
  /** The closest existing key, id or anchor, when there is one near enough to be the intended one. */
  didYouMean?: string;
}

/** A content file that names an entry (`content/<collection>/<id>.mdx`), read but not yet judged. */
export interface EntryFile {
  collection: CollectionName;
  id: string;
  /** Path of the file relative to the project, for messages. */
  file: string;
  /** The front matter as written (YAML 1.2; `{}` when empty), or undefined when it cannot be read. */
  input: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** What the body says for the checks (its anchors, what the lint found in it alone), or undefined when it is not valid MDX. */
  bodyFacts?: BodyFacts;
  /** Why the body is not valid MDX (line relative to the body). */
  bodyError?: { line: number; message: string };
  lineOf(path: FieldPath): number;
}

/**
 * What the checks need of a body, read from its syntax tree once (src/lib/check/body-lint.ts,
 * `bodyFacts`): plain data, so that it can be stored between builds and the tree let go.
 */
export interface BodyFacts {
  /** The heading anchors the body will have on its page. */
  anchors: string[];
  /** What the lint found, in the body's order, each at its line in the body (1-based). */
  notes: BodyNote[];
}

/** A problem the body has on its own, or a link or import that is judged against the corpus. */
export type BodyNote =
  | { kind: 'problem'; line: number; message: string; expected: string }
  | { kind: 'url'; line: number; url: string }
  | { kind: 'import'; line: number; from: string };

/** An entry whose front matter passed its collection's schema. */
export interface CheckedEntry extends EntryFile {
  /** The schema's output. */
  data: Record<string, unknown>;
}

/** Every entry the corpus has, valid or not: an entry that fails its schema still exists for links. */
export interface KnownEntries {
  has(collection: CollectionName, id: string): boolean;
  ids(collection: CollectionName): string[];
}

/**
 * The typed data of an entry that passed its schema: the check's one adapter from the schema's
 * output (held as a record while entries of every collection travel together) to its type.
 */
export function dataOf<C extends CollectionName>(entry: CheckedEntry, collection: C): EntryData<C> {
  if (entry.collection !== collection) throw new Error(`${entry.file} is not an entry of ${collection}`);
  return entry.data as EntryData<C>;
}
