/**
 * Writes a new entry's file from its collection's schema: every required field, with a clearly
 * marked placeholder that fails the check until it is filled in; optional fields listed as
 * comments. Reads the schema itself, so it never drifts from the data contract.
 */

import { stringify } from 'yaml';
import type { CollectionName } from '../../schemas/index.ts';
import { collectionFields, type FieldInfo } from '../../schemas/introspect.ts';
import { PLACEHOLDER } from '../check/placeholder.ts';
import { translatableValues, translationDigest } from '../translations.ts';

const placeholder = (what: string) => `${PLACEHOLDER}: ${what}`;

function placeholderValue(field: FieldInfo): unknown {
  if (field.fields) {
    const item = Object.fromEntries(
      field.fields.filter((f) => f.required || f.name === 'locator').map((f) => [f.name, placeholderValue(f)]),
    );
    return field.isList ? [item] : item;
  }
  return field.isList ? [placeholder(field.kind.replace(/^list of /, ''))] : placeholder(field.kind);
}

/** Starting text for the body, per collection: headings a reader expects, to be written. */
const BODY: Record<CollectionName, string[]> = {
  decisions: ['What the decision does', 'How it relates to other decisions'],
  cbms: ['What it asks of participating States', 'How it is used in practice', 'Related measures'],
  documents: ['What it is', 'What it says on cyber/ICT security'],
  events: ['What it was for', 'What the sources say'],
  activities: ['What was done', 'Connection to the measures'],
  bodies: ['What it does'],
  states: [],
  sources: [],
  terms: ['How the record uses the term'],
  frameworks: ['What it is', 'How it relates to the OSCE measures'],
  norms: ['What the norm asks', 'OSCE measures'],
};

/**
 * The text of a new entry file.
 * @param values field values given by the maintainer (strings; lists as comma-separated text)
 */
export function scaffold(collection: CollectionName, values: Record<string, string> = {}): string {
  const fields = collectionFields(collection);
  const data: Record<string, unknown> = {};
  const optional: string[] = [];
  for (const f of fields) {
    const given = values[f.name];
    if (given !== undefined) data[f.name] = parseGiven(f, given);
    else if (f.required) data[f.name] = placeholderValue(f);
    else optional.push(`#   ${f.name}: ${f.kind}`);
  }
  const yaml = stringify(data, { lineWidth: 0 }).trimEnd();
  const comments = optional.length
    ? `\n# Optional fields (remove this comment when done):\n${optional.join('\n')}`
    : '';
  const body = BODY[collection]
    .map((h) => `## ${h}\n\n${placeholder('in your own words, with a source for every fact')}\n`)
    .join('\n');
  return `---\n${yaml}${comments}\n---\n${body ? `\n${body}` : ''}`;
}

function parseGiven(field: FieldInfo, value: string): unknown {
  if (field.isList && !field.fields)
    return value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)
      .map((v) => (/^\d+$/.test(v) && field.kind.includes('cbms') ? Number(v) : v));
  if (field.kind === 'number') return Number(value);
  if (field.kind === 'true or false') return value === 'true';
  return value;
}

/** A file name from a title: `Fixture roundtable` → `fixture-roundtable`; events get their date. */
export function suggestId(collection: CollectionName, values: Record<string, string>): string | undefined {
  if (collection === 'cbms' && values['number']) return String(values['number']).padStart(2, '0');
  if (collection === 'decisions' && values['symbol']) {
    const m = /^([A-Z]+)\.DEC\/(.+)$/.exec(values['symbol']);
    if (m) return `${m[1]!.toLowerCase()}-${m[2]!.replace(/\//g, '-')}`;
  }
  const title = values['title'] ?? values['name'];
  if (!title) return undefined;
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  const date = values['start'] ?? values['date'];
  return collection === 'events' && date ? `${date}-${slug}` : slug;
}

/**
 * A new translation of an entry (`npm run new -- translation ru cbms/08`): the original it names,
 * the digest of the original's text now, and every translatable text of the original, each marked
 * with the placeholder so that `npm run check` fails until all are translated.
 */
export function translationScaffold(
  collection: CollectionName,
  id: string,
  original: { data: unknown; body: string },
): string {
  const mark = (v: unknown): unknown =>
    typeof v === 'string'
      ? `${PLACEHOLDER}: ${v}`
      : Array.isArray(v)
        ? v.map(mark)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mark(x)]))
          : v;
  const front = {
    original: `${collection}/${id}`,
    translatedFrom: translationDigest(collection, original.data, original.body),
    ...(mark(translatableValues(collection, original.data)) as Record<string, unknown>),
  };
  const body = original.body.trim();
  return `---\n${stringify(front, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n${body ? `\n${PLACEHOLDER}: translate the text below.\n\n${body}\n` : ''}`;
}

/** The same translation with its digest set to the original's text now: after updating it to a changed original. */
export function restampTranslation(text: string, digest: string): string {
  return text.replace(/^(translatedFrom:\s*)["']?[0-9a-f]*["']?\s*$/m, `$1"${digest}"`);
}
