/**
 * Zod's issues in a maintainer's words: one problem per mistake, naming the field, what was
 * found, and what the schema expects there (read from the schema through introspect.ts).
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/index.ts';
import { fieldAt, collectionFields, type FieldInfo } from '../../schemas/introspect.ts';
import { fieldName, type FieldPath } from '../../schemas/refs.ts';
import { closest } from './did-you-mean.ts';
import type { Problem } from './types.ts';

type Issue = z.core.$ZodIssue;

/**
 * The problems of one file's front matter.
 * @param issues zod's issues for the file's front matter
 * @param input the front matter as written
 * @param lineOf the file line of a field
 */
export function schemaProblems(
  collection: CollectionName,
  file: string,
  issues: readonly Issue[],
  input: unknown,
  lineOf: (path: FieldPath) => number,
): Problem[] {
  const problems: Problem[] = [];
  // A misspelt key is one mistake, not two: "unknown adoptd" and "adopted is missing" become one
  // problem on the misspelt key, with the intended name as the guess.
  const explained = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = pathOf(issue);
    const allowed = allowedKeys(collection, path);
    for (const key of issue.keys) {
      const guess = closest(
        key,
        allowed.map((f) => f.name),
      );
      if (guess && valueAt(input, [...path, guess]) === undefined) explained.add(fieldName([...path, guess]));
      problems.push({
        file,
        line: lineOf([...path, key]),
        field: fieldName([...path, key]),
        message: `unknown field "${key}"`,
        expected: expectedKey(allowed, guess),
        ...(guess ? { didYouMean: guess } : {}),
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = pathOf(issue);
    if (explained.has(fieldName(path))) continue;
    problems.push(describeIssue(collection, file, issue, path, input, lineOf));
  }
  return problems;
}

function describeIssue(
  collection: CollectionName,
  file: string,
  issue: Issue,
  path: FieldPath,
  input: unknown,
  lineOf: (path: FieldPath) => number,
): Problem {
  const field = fieldAt(collection, path);
  const value = valueAt(input, path);
  const at = { file, line: lineOf(path), field: fieldName(path) };
  const own = ownExpectation(issue.message);
  if (value === undefined) {
    // A rule's own words ("url or urlNote") say more than the field's type.
    const expected = issue.code === 'custom' ? (own ?? field?.expects) : (expectedOf(issue, field) ?? own);
    return { ...at, message: 'is missing', expected: expected ?? issue.message };
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const guess = typeof value === 'string' ? closest(value, values) : undefined;
    return {
      ...at,
      message: `is ${show(value)}`,
      expected: `one of: ${values.join(', ')}`,
      ...(guess ? { didYouMean: guess } : {}),
    };
  }
  if (issue.code === 'custom' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    // A rule over several fields (`url` or `urlNote`) that names no single one of them.
    return { ...at, message: 'breaks a rule of its collection', expected: own ?? issue.message };
  }
  if (issue.code === 'custom' && !own) {
    // Refinements that explain themselves ("has no month 13"): the value, then why.
    return {
      ...at,
      message: `is ${show(value)}, which ${issue.message.replace(/\s*\(expected [^)]*\)$/, '')}`,
      expected: field?.expects,
    };
  }
  return {
    ...at,
    message: `is ${show(value)}`,
    expected: (issue.code === 'invalid_type' ? expectedOf(issue, field) : own) ?? field?.expects ?? issue.message,
  };
}

/** What a type mismatch expects: the field's own words from the schema, else zod's type name in words. */
function expectedOf(issue: Issue, field: FieldInfo | undefined): string | undefined {
  if (field) return field.expects;
  if (issue.code !== 'invalid_type') return undefined;
  return (
    (
      {
        string: 'text',
        number: 'a number',
        boolean: 'true or false',
        array: 'a list',
        object: 'a mapping of fields',
      } as Record<string, string>
    )[issue.expected] ?? issue.expected
  );
}

/** A schema's own "Expected …" message as an expectation: "Expected at least one source" → "at least one source". */
function ownExpectation(message: string): string | undefined {
  const m = /^(?:Invalid input: )?Expected (.+)$/s.exec(message);
  return m?.[1];
}

/** What a misspelt key should be: the guessed field and what it holds, or every field allowed there. */
function expectedKey(allowed: FieldInfo[], guess: string | undefined): string {
  const field = guess ? allowed.find((f) => f.name === guess) : undefined;
  if (field) return `the field "${field.name}" (${field.expects})`;
  return allowed.length ? `one of the fields ${allowed.map((f) => f.name).join(', ')}` : 'no other fields';
}

/** The fields the schema allows at `path` (the front matter itself for `[]`). */
function allowedKeys(collection: CollectionName, path: FieldPath): FieldInfo[] {
  return path.length ? (fieldAt(collection, path)?.fields ?? []) : collectionFields(collection);
}

function pathOf(issue: Issue): FieldPath {
  return issue.path.filter((p): p is string | number => typeof p !== 'symbol');
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const seg of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[seg];
  }
  return current;
}

/** A value as the maintainer wrote it, short enough for one line. */
function show(value: unknown): string {
  if (Array.isArray(value) && !value.length) return 'an empty list';
  if (value === '') return 'an empty text';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // YAML aliases can make a value refer to itself.
    text = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
