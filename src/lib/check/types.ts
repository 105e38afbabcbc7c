/** The shapes the content check reads and returns. */
import type { Root } from 'mdast';
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
  /** The body's syntax tree, or undefined when the body is not valid MDX. */
  tree?: Root;
  /** Why the body is not valid MDX (line relative to the body). */
  bodyError?: { line: number; message: string };
  lineOf(path: FieldPath): number;
}

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
