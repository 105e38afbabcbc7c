/**
 * The check of the translations (`content/translations/<lang>/<collection>/<id>.mdx`): the file
 * sits where its language and original say, the original exists, the translation carries only
 * translatable text (no data of its own), its lists mirror the original's, every figure of the
 * original is kept, and its digest says whether the original changed since (a notice, not an
 * error: the English record must stay editable without waiting for translators).
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import {
  TRANSLATABLE_COLLECTIONS,
  translatablePaths,
  translatableShape,
  translationSchema,
  type TranslatableNode,
  type TranslatableShape,
} from '../../schemas/translation.ts';
import { LOCALES, DEFAULT_LOCALE } from '../i18n/locales.ts';
import { flatten, missingFigures, translatableValues, translationDigest, translationOfPath } from '../translations.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { placeholderProblems } from './placeholder.ts';
import type { EntryFile, Problem } from './types.ts';

/** A translation older than its original: the check reports it, the page says so. */
export interface StaleTranslation {
  file: string;
  original: string;
  /** The digest the translation was made from, and the original's now. */
  translatedFrom: string;
  current: string;
}

export interface TranslationCheck {
  problems: Problem[];
  stale: StaleTranslation[];
  /** How many translation files were judged. */
  files: number;
}

const FIELD_HELP = (collection: CollectionName) =>
  `only translatable text: original, translatedFrom, ${translatablePaths(translatableShape(collection)).join(', ')}`;

/** Checks every translation file against the entry files of the record. */
export function checkTranslations(
  files: readonly { path: string; text: string }[],
  entryFiles: readonly EntryFile[],
  contentDir = 'content',
): TranslationCheck {
  const problems: Problem[] = [];
  const stale: StaleTranslation[] = [];
  const originals = new Map(entryFiles.map((e) => [`${e.collection}/${e.id}`, e]));
  let judged = 0;
  for (const { path, text } of files) {
    judged++;
    const where = translationOfPath(path, contentDir);
    if (!where) {
      problems.push({
        file: path,
        line: 1,
        field: '(file name)',
        message: 'is not where a translation can be',
        expected: `${contentDir}/translations/<language>/<collection>/<id>.mdx, the language one of ${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join(', ')}`,
      });
      continue;
    }
    if (where.locale === DEFAULT_LOCALE) {
      problems.push({
        file: path,
        line: 1,
        field: '(file name)',
        message: 'is a translation into English, the language of the record itself',
        expected: `a language other than ${DEFAULT_LOCALE}`,
      });
      continue;
    }
    const collection = COLLECTIONS.find((c) => c === where.collection);
    if (!collection || !TRANSLATABLE_COLLECTIONS.includes(collection)) {
      problems.push({
        file: path,
        line: 1,
        field: '(folder)',
        message: `"${where.collection}" is not a collection whose entries can be translated`,
        expected: `one of ${TRANSLATABLE_COLLECTIONS.join(', ')}`,
      });
      continue;
    }
    problems.push(...placeholderProblems(path, text));
    const front = parseFrontmatter(text);
    for (const e of front.syntaxErrors)
      problems.push({
        file: path,
        line: e.line,
        field: '(frontmatter)',
        message: `YAML cannot be read: ${e.message}`,
        expected: 'valid YAML between two --- lines',
      });
    if (front.syntaxErrors.length) continue;
    const data = (front.data ?? {}) as Record<string, unknown>;
    const key = `${collection}/${where.id}`;
    if (data['original'] !== undefined && data['original'] !== key) {
      problems.push({
        file: path,
        line: front.lineOf(['original']),
        field: 'original',
        message: `names "${String(data['original'])}", but the file sits at the place of ${key}`,
        expected: key,
      });
      continue;
    }
    const original = originals.get(key);
    if (!original) {
      problems.push({
        file: path,
        line: front.lineOf(['original']),
        field: 'original',
        message: `translates ${key}, which is not an entry of the record`,
        expected: `the id of an entry in ${collection} (a file in ${contentDir}/${collection}/)`,
      });
      continue;
    }
    const parsed = translationSchema(collection).safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(issueProblem(collection, path, issue, front.lineOf));
      continue;
    }
    const originalValues = flatten(translatableValues(collection, original.input));
    const translated = flatten(translatableValues(collection, data));
    const shapeProblems = mirrorProblems(collection, path, original.input, data, front.lineOf);
    problems.push(...shapeProblems);
    for (const [field, value] of Object.entries(translated)) {
      // A list of names (a term's aliases) is the translator's own: any length, no figures to keep.
      if (isFreeList(collection, field)) continue;
      const source = originalValues[field];
      if (source === undefined) {
        if (!shapeProblems.length)
          problems.push({
            file: path,
            line: front.lineOf(field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))),
            field,
            message: 'translates a text the original does not have',
            expected: 'only the texts the original has',
          });
        continue;
      }
      const missing = missingFigures(source, value);
      if (missing.length)
        problems.push({
          file: path,
          line: front.lineOf(field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))),
          field,
          message: `lacks the figure${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the original: a date, number or symbol was written differently or left out`,
          expected: 'every run of digits of the original field, written with the same digits',
        });
    }
    if (front.body.trim()) {
      const missing = missingFigures(original.body, front.body);
      if (missing.length)
        problems.push({
          file: path,
          line: front.bodyLine,
          field: '(body)',
          message: `lacks the figure${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the original's text`,
          expected: "every run of digits of the original's body, written with the same digits",
        });
      if (!original.body.trim())
        problems.push({
          file: path,
          line: front.bodyLine,
          field: '(body)',
          message: 'has a text, but the original has none',
          expected: 'no body',
        });
    }
    const current = translationDigest(collection, original.input, original.body);
    if (parsed.data.translatedFrom !== current)
      stale.push({ file: path, original: key, translatedFrom: parsed.data.translatedFrom, current });
  }
  return { problems, stale, files: judged };
}

/** Lists of objects mirror the original item by item. */
function mirrorProblems(
  collection: CollectionName,
  file: string,
  original: unknown,
  data: Record<string, unknown>,
  lineOf: (path: (string | number)[]) => number,
): Problem[] {
  const problems: Problem[] = [];
  const walk = (shape: ReturnType<typeof translatableShape>, o: unknown, t: unknown, path: (string | number)[]) => {
    const or = (o ?? {}) as Record<string, unknown>;
    const tr = (t ?? {}) as Record<string, unknown>;
    for (const [name, node] of Object.entries(shape)) {
      if (!(name in tr)) continue;
      if (node.kind === 'list') {
        const ol = Array.isArray(or[name]) ? (or[name] as unknown[]) : [];
        const tl = tr[name] as unknown[];
        if (ol.length !== tl.length)
          problems.push({
            file,
            line: lineOf([...path, name]),
            field: [...path, name].join('.'),
            message: `has ${tl.length} item${tl.length === 1 ? '' : 's'}, the original ${ol.length}`,
            expected: `one item per item of the original, in its order (write {} for an item with nothing to translate)`,
          });
        else tl.forEach((item, i) => walk(node.item, ol[i], item, [...path, name, i]));
      } else if (node.kind === 'object') walk(node.fields, or[name], tr[name], [...path, name]);
    }
  };
  walk(translatableShape(collection), original, data, []);
  return problems;
}

function issueProblem(
  collection: CollectionName,
  file: string,
  issue: z.core.$ZodIssue,
  lineOf: (path: (string | number)[]) => number,
): Problem {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return {
      file,
      line: lineOf([...path, issue.keys[0]!]),
      field: [...path, issue.keys[0]!].join('.'),
      message: `${keys} ${issue.keys.length > 1 ? 'are not translatable fields' : 'is not a translatable field'}: a translation carries no data of its own (dates, numbers and references come from the original)`,
      expected: FIELD_HELP(collection),
    };
  }
  return {
    file,
    line: lineOf(path),
    field: path.join('.') || '(frontmatter)',
    message: issue.message,
    expected:
      issue.path[0] === 'translatedFrom'
        ? 'the 16-character digest `npm run new -- translation` writes'
        : FIELD_HELP(collection),
  };
}

/** Whether `field` (`aliases.3`) is an item of a list of plain texts, which a translation gives whole. */
function isFreeList(collection: CollectionName, field: string): boolean {
  let shape: TranslatableShape | undefined = translatableShape(collection);
  const parts = field.split('.').filter((p) => !/^\d+$/.test(p));
  for (const [i, part] of parts.entries()) {
    const node: TranslatableNode | undefined = shape?.[part];
    if (!node) return false;
    if (node.kind === 'texts') return i === parts.length - 1;
    shape = node.kind === 'object' ? node.fields : node.kind === 'list' ? node.item : undefined;
  }
  return false;
}
