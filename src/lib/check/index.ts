/**
 * The content check: `npm run check`, the build's first step and the tests all hand it the
 * content files as `{ path, text }` (reading them is the caller's job) and get back *all*
 * problems, each naming the file, the line, the field, what was found and what was expected.
 *
 * One mistake, one message: a file that fails its schema still counts as an entry for
 * references, links and anchors, so the files that name it raise no echo of its problem.
 */
import { checkTranslations, type StaleTranslation } from './translations.ts';
import { TRANSLATIONS_FOLDER } from '../../schemas/collections.ts';
import type { z } from 'astro/zod';
import { COLLECTIONS, ID, schemas, type CollectionName } from '../../schemas/index.ts';
import { parseMdx } from '../markdown/parse.ts';
import { bodyFacts, lintBodies } from './body-lint.ts';
import { checkCorpus, knownEntries } from './corpus-rules.ts';
import { frontmatterFacts, parsedFrom, type FrontmatterFacts } from './frontmatter.ts';
import { placeholderProblems } from './placeholder.ts';
import { schemaProblems } from './schema-problems.ts';
import type { BodyFacts, CheckedEntry, ContentFile, EntryFile, Problem } from './types.ts';

export type { CheckedEntry, ContentFile, EntryFile, Problem } from './types.ts';
export { formatProblems } from './report.ts';
export type { StaleTranslation } from './translations.ts';

export interface CheckResult {
  problems: Problem[];
  /** The entries that passed their schema, with their data. */
  entries: CheckedEntry[];
  /** How many files were judged. */
  files: number;
  /** How many translation files were judged (`content/translations/`). */
  translations: number;
  /** Translations made from an older version of their original (reported, not failing). */
  stale: StaleTranslation[];
}

export interface CheckOptions {
  /** `YYYY-MM-DD`; dates after it are errors. Defaults to the current UTC date. */
  today?: string;
  /** File names of the content components MDX may import (src/components/content/). */
  components?: readonly string[];
  /** The folder that holds the collections, as the start of every path (default `content/`). */
  contentDir?: string;
  /**
   * Reads what a file says (default `fileFacts`): a caller that stored the facts of an earlier
   * check by the file's digest hands them back for an unchanged file (src/build/file-facts.ts).
   */
  facts?: (text: string) => FileFacts;
}

/**
 * What one file's text says for the checks, as plain data: its front matter (data, syntax errors,
 * the line of every field) and its body (anchors and what the lint found in it alone), or why
 * the body cannot be read. It depends on the text only, so it can be stored between builds.
 */
export interface FileFacts {
  frontmatter: FrontmatterFacts;
  body: { facts: BodyFacts; error?: undefined } | { facts?: undefined; error: { line: number; message: string } };
}

/** Reads a file's facts (see `FileFacts`): its YAML and its MDX body, each parsed once. */
export function fileFacts(text: string): FileFacts {
  const frontmatter = frontmatterFacts(text);
  const parsed = parseMdx(text.slice(frontmatter.bodyStart));
  return { frontmatter, body: parsed.tree ? { facts: bodyFacts(parsed.tree) } : { error: parsed.error } };
}

/**
 * Checks a corpus given as files in memory.
 * @param files every file under the content folder, paths relative to the project
 */
export function checkFiles(files: readonly ContentFile[], options: CheckOptions = {}): CheckResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const prefix = (options.contentDir ?? 'content').replace(/\/?$/, '/');
  const problems: Problem[] = [];
  const entryFiles: EntryFile[] = [];
  const entries: CheckedEntry[] = [];
  const strayFolders = new Set<string>();
  const translationFiles: ContentFile[] = [];
  let judged = 0;

  for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const [folder, name, ...deeper] = path.startsWith(prefix) ? path.slice(prefix.length).split('/') : [];
    if (folder === TRANSLATIONS_FOLDER) {
      if (!path.split('/').some((part) => part.startsWith('.'))) translationFiles.push({ path, text });
      continue;
    }
    if (folder === undefined || name === undefined || deeper.length || name.startsWith('.')) continue;
    if (!(COLLECTIONS as readonly string[]).includes(folder)) {
      if (!strayFolders.has(folder)) {
        strayFolders.add(folder);
        problems.push({
          file: `${prefix}${folder}/`,
          line: 1,
          field: '(folder)',
          message: `"${folder}" is not a collection, so its files would never be published`,
          expected: `one of ${COLLECTIONS.join(', ')}`,
        });
      }
      continue;
    }
    judged++;
    const judgedFile = judgeFile(folder as CollectionName, path, name, text, options.facts);
    problems.push(...judgedFile.problems);
    if (!judgedFile.entryFile) continue;
    entryFiles.push(judgedFile.entryFile);
    if (judgedFile.entry) entries.push(judgedFile.entry);
  }
  problems.push(...checkCorpus(entries, knownEntries(entryFiles), today, entryFiles));
  problems.push(...lintBodies(entryFiles, options.components));
  const translations = checkTranslations(translationFiles, entryFiles, prefix.slice(0, -1));
  problems.push(...translations.problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, entries, files: judged, translations: translations.files, stale: translations.stale };
}

interface JudgedFile {
  entryFile?: EntryFile;
  entry?: CheckedEntry;
  /** The problems of this file alone (name, YAML, placeholders, schema). */
  problems: Problem[];
}

/**
 * What one file says on its own depends only on its path and text, so it is judged once per
 * process: a second check of an unchanged file (the editor schemas and the in-process fixtures run
 * the whole corpus many times over) reuses the parse. Bounded so a long `astro dev` cannot grow it.
 */
const judgedFiles = new Map<string, JudgedFile>();
const JUDGED_FILES_LIMIT = 20_000;

function judgeFile(
  collection: CollectionName,
  path: string,
  name: string,
  text: string,
  facts: ((text: string) => FileFacts) | undefined,
): JudgedFile {
  const key = `${collection}\u0000${path}\u0000${text}`;
  const known = judgedFiles.get(key);
  if (known) return known;
  const problems: Problem[] = [];
  const entryFile = readEntryFile(collection, path, name, text, problems, facts);
  const entry = entryFile ? validate(entryFile, problems) : undefined;
  const judged: JudgedFile = { ...(entryFile ? { entryFile } : {}), ...(entry ? { entry } : {}), problems };
  if (judgedFiles.size >= JUDGED_FILES_LIMIT) judgedFiles.clear();
  judgedFiles.set(key, judged);
  return judged;
}

/**
 * Reads one file of a collection: its name, front matter and body (each parsed once, or their
 * facts handed back by `facts`). Returns undefined for a file that cannot name an entry (wrong
 * extension, impossible id).
 */
export function readEntryFile(
  collection: CollectionName,
  file: string,
  name: string,
  text: string,
  problems: Problem[],
  facts: (text: string) => FileFacts = fileFacts,
): EntryFile | undefined {
  if (!name.endsWith('.mdx')) {
    problems.push({
      file,
      line: 1,
      field: '(file name)',
      message: `"${name}" is not an .mdx file, so it would be skipped`,
      expected: 'a file ending in .mdx',
    });
    return undefined;
  }
  const id = name.slice(0, -'.mdx'.length);
  if (!ID.test(id)) {
    problems.push({
      file,
      line: 1,
      field: '(file name)',
      message: `"${id}" cannot be an id`,
      expected: 'lower-case letters, digits and single hyphens, e.g. 2017-06-09-roundtable',
    });
    return undefined;
  }
  problems.push(...placeholderProblems(file, text));
  const read = facts(text);
  const front = parsedFrom(text, read.frontmatter);
  for (const e of front.syntaxErrors) {
    problems.push({
      file,
      line: e.line,
      field: '(frontmatter)',
      message: `YAML cannot be read: ${e.message}`,
      expected: 'valid YAML between two --- lines',
    });
  }
  return {
    collection,
    id,
    file,
    input: front.syntaxErrors.length ? undefined : (front.data ?? {}),
    body: front.body,
    bodyLine: front.bodyLine,
    lineOf: front.lineOf,
    ...(read.body.facts ? { bodyFacts: read.body.facts } : { bodyError: read.body.error }),
  };
}

/** Checks one entry file's front matter against its schema; adds its problems, returns it if valid. */
function validate(entry: EntryFile, problems: Problem[]): CheckedEntry | undefined {
  // YAML that cannot be read has its own problem already.
  if (entry.input === undefined) return undefined;
  const result = (schemas[entry.collection] as z.ZodType).safeParse(entry.input);
  if (!result.success) {
    problems.push(...schemaProblems(entry.collection, entry.file, result.error.issues, entry.input, entry.lineOf));
    return undefined;
  }
  return { ...entry, data: result.data as Record<string, unknown> };
}

/**
 * Checks one file's text as the entry `collection/id`, alone (no corpus rules, no links): for
 * tests and tools that judge a single file.
 */
export function checkFile(
  collection: CollectionName,
  id: string,
  file: string,
  text: string,
  problems: Problem[],
): CheckedEntry | undefined {
  const entryFile = readEntryFile(collection, file, `${id}.mdx`, text, problems);
  return entryFile && validate(entryFile, problems);
}
