/**
 * `npm run check` and the build's first step: reads every file under `content/`, validates it
 * against its collection's schema, the corpus rules and the content lint, and returns *all* problems, each
 * naming the file, the line, the field, what was found and what was expected.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, ID, schemas, type CollectionName } from '../schemas/index.ts';
import { parseFrontmatter, type FieldPath } from './frontmatter.ts';
import { checkIntegrity, type CheckedEntry, type Problem } from './integrity.ts';
import { fieldName } from '../schemas/refs.ts';
import { CONTENT_COMPONENT_DIR, lintContent, placeholderProblems } from './content-lint.ts';
import { collectionFields, type FieldInfo } from '../schemas/introspect.ts';

export type { Problem } from './integrity.ts';

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
  files: number;
}

/**
 * Checks a content tree.
 * @param contentDir the `content/` folder
 * @param options.root folder that file names in messages are relative to
 * @param options.today `YYYY-MM-DD`; defaults to the current UTC date
 */
export function checkContent(contentDir: string, options: { root?: string; today?: string } = {}): CheckResult {
  const root = options.root ?? join(contentDir, '..');
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  let files = 0;

  for (const name of safeReaddir(contentDir)) {
    if (!(COLLECTIONS as readonly string[]).includes(name) && statSync(join(contentDir, name)).isDirectory()) {
      problems.push({
        file: relative(root, join(contentDir, name)) + '/',
        line: 1,
        field: '(folder)',
        message: `"${name}" is not a collection, so its files would never be published`,
        expected: `one of ${COLLECTIONS.join(', ')}`,
      });
    }
  }

  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection);
    for (const name of safeReaddir(dir).sort()) {
      const path = join(dir, name);
      const file = relative(root, path);
      if (statSync(path).isDirectory() || name.startsWith('.')) continue;
      files++;
      if (!name.endsWith('.mdx')) {
        problems.push({ file, line: 1, field: '(file name)', message: `"${name}" is not an .mdx file, so it would be skipped`, expected: 'a file ending in .mdx' });
        continue;
      }
      const id = name.slice(0, -'.mdx'.length);
      if (!ID.test(id)) {
        problems.push({ file, line: 1, field: '(file name)', message: `"${id}" cannot be an id`, expected: 'lower-case letters, digits and single hyphens, e.g. 2017-06-09-roundtable' });
        continue;
      }
      const entry = checkFile(collection, id, file, readFileSync(path, 'utf8'), problems);
      if (entry) entries.push(entry);
    }
  }
  problems.push(...checkIntegrity(entries, today));
  const components = safeReaddir(join(root, CONTENT_COMPONENT_DIR)).filter((f) => f.endsWith('.astro'));
  problems.push(...lintContent(entries, components));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, entries, files };
}

/** Parses and schema-checks one file; adds its problems and returns the entry if it is valid. */
export function checkFile(collection: CollectionName, id: string, file: string, source: string, problems: Problem[]): CheckedEntry | undefined {
  problems.push(...placeholderProblems(file, source));
  const parsed = parseFrontmatter(source);
  for (const e of parsed.syntaxErrors) {
    problems.push({ file, line: e.line, field: '(frontmatter)', message: `YAML cannot be read: ${e.message}`, expected: 'valid YAML between two --- lines' });
  }
  if (parsed.syntaxErrors.length) return undefined;
  const result = (schemas[collection] as z.ZodType).safeParse(parsed.data ?? {});
  if (!result.success) {
    problems.push(...result.error.issues.flatMap((issue) => describeIssue(issue, parsed.data, file, parsed.lineOf, collection)));
    return undefined;
  }
  return { collection, id, file, data: result.data as Record<string, unknown>, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf };
}

/** Turns one zod issue into one problem per field, in words a maintainer can act on. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown, file: string, lineOf: (p: FieldPath) => number, collection: CollectionName): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const allowed = knownKeys(collection, path);
    return issue.keys.map((key) => {
      const guess = closest(key, allowed);
      return {
        file,
        line: lineOf([...path, key]),
        field: fieldName([...path, key]),
        message: `unknown field "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        expected: allowed.length ? `one of: ${allowed.join(', ')}` : 'no other fields',
      };
    });
  }
  const value = valueAt(input, path);
  const expected = issue.code === 'invalid_type' ? describeType(issue.expected) : undefined;
  if (value === undefined) {
    return [{ file, line: lineOf(path), field: fieldName(path), message: 'is missing', expected: expected ?? stripExpected(issue.message) }];
  }
  if (issue.code === 'invalid_value') {
    return [{ file, line: lineOf(path), field: fieldName(path), message: `is ${JSON.stringify(value)}`, expected: `one of: ${issue.values.map(String).join(', ')}` }];
  }
  return [{ file, line: lineOf(path), field: fieldName(path), message: `is ${JSON.stringify(value)}: ${stripExpected(issue.message)}`, expected }];
}

function describeType(type: string): string {
  return ({ string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping of fields' } as Record<string, string>)[type] ?? type;
}

function stripExpected(message: string): string {
  return message.replace(/^Invalid input: /, '');
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const seg of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[seg];
  }
  return current;
}

/** Field names the schema allows at `path`, for "did you mean" hints (read by the scaffold's schema walker). */
function knownKeys(collection: CollectionName, path: FieldPath): string[] {
  let fields: FieldInfo[] | undefined = collectionFields(collection);
  for (const seg of path) {
    if (typeof seg === 'string') fields = fields?.find((f) => f.name === seg)?.fields;
  }
  return (fields ?? []).map((f) => f.name);
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** One problem per line: `file:line  field  what is wrong  (expected …)`. */
export function formatProblems(problems: Problem[]): string {
  return problems
    .map((p) => `${p.file}:${p.line}  ${p.field}  ${p.message}${p.expected ? `  (expected ${p.expected})` : ''}`)
    .join('\n');
}
