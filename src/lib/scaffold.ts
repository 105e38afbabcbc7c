/**
 * Writes a new entry's file from its collection's schema: every required field, with a clearly
 * marked placeholder that fails the check until it is filled in; optional fields listed as
 * comments. Reads the schema itself, so it never drifts from the data contract.
 */

import { stringify } from 'yaml';
import { createSchemas, plainReference, type CollectionName, type RefFactory } from '../schemas/index.ts';
import { PLACEHOLDER } from './content-lint.ts';

/** Plain references that say which collection they point to, for the scaffold and field docs. */
const describedReference: RefFactory = (collection) => plainReference(collection).meta({ reference: collection }) as ReturnType<RefFactory>;
export const describedSchemas = createSchemas(describedReference);

export interface FieldInfo {
  name: string;
  required: boolean;
  /** Words for what the field holds: "text", "date", "one of: a, b", "id of a bodies entry", "list of …". */
  kind: string;
  description?: string;
  /** For objects and lists of objects: their fields. */
  fields?: FieldInfo[];
  /** The zod schema after unwrapping optional/default. */
  schema: unknown;
  isList: boolean;
}

type Def = { type: string; innerType?: unknown; in?: unknown; out?: unknown; shape?: Record<string, unknown>; element?: unknown; entries?: Record<string, string>; checks?: unknown[] };
const defOf = (s: unknown) => (s as { def?: Def }).def;
const metaOf = (s: unknown) => (s as { meta?: () => Record<string, unknown> | undefined }).meta?.();

/** Strips optional/default/refinement wrappers; says whether the field may be left out. */
function unwrap(schema: unknown): { inner: unknown; optional: boolean } {
  let s = schema;
  let optional = false;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    if (!def) break;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      optional = true;
      s = def.innerType;
    } else break;
  }
  return { inner: s, optional };
}

function describe(schema: unknown): { kind: string; fields?: FieldInfo[]; isList: boolean } {
  const meta = metaOf(schema);
  if (meta?.['reference']) return { kind: `id of an entry in ${String(meta["reference"])}`, isList: false };
  if (meta?.['format'] === 'partial-date') return { kind: 'date (YYYY, YYYY-MM or YYYY-MM-DD)', isList: false };
  const def = defOf(schema);
  switch (def?.type) {
    case 'string':
      return { kind: 'text', isList: false };
    case 'number':
      return { kind: 'number', isList: false };
    case 'boolean':
      return { kind: 'true or false', isList: false };
    case 'enum':
      return { kind: `one of: ${Object.values(def.entries ?? {}).join(', ')}`, isList: false };
    case 'object':
    {
      const fields = fieldsOf(schema);
      return { kind: `{ ${fields.map((f) => f.name).join(', ')} }`, fields, isList: false };
    }
    case 'array': {
      const element = describe(unwrap(def.element).inner);
      return { kind: `list of ${element.kind}`, ...(element.fields ? { fields: element.fields } : {}), isList: true };
    }
    case 'pipe': {
      // Preprocess (cbm numbers) and transforms: describe the side that holds the meaning.
      const inMeta = metaOf(def.out) ?? metaOf(def.in);
      if (inMeta?.['reference']) return describe(metaOf(def.out) ? def.out : def.in);
      return describe(defOf(def.in)?.type === 'transform' ? def.out : def.in);
    }
    default:
      return { kind: def?.type ?? 'value', isList: false };
  }
}

/** The fields of an object schema, in contract order. */
export function fieldsOf(schema: unknown): FieldInfo[] {
  const def = defOf(unwrap(schema).inner);
  const shape = def?.shape ?? defOf(def?.in)?.shape ?? {};
  return Object.entries(shape).map(([name, field]) => {
    const { inner, optional } = unwrap(field);
    const d = describe(inner);
    const description = (metaOf(field)?.['description'] ?? metaOf(inner)?.['description']) as string | undefined;
    return { name, required: !optional, kind: d.kind, ...(d.fields ? { fields: d.fields } : {}), ...(description ? { description } : {}), schema: inner, isList: d.isList };
  });
}

export function collectionFields(collection: CollectionName): FieldInfo[] {
  return fieldsOf(describedSchemas[collection]);
}

const placeholder = (what: string) => `${PLACEHOLDER}: ${what}`;

function placeholderValue(field: FieldInfo): unknown {
  if (field.fields) {
    const item = Object.fromEntries(field.fields.filter((f) => f.required || f.name === 'locator').map((f) => [f.name, placeholderValue(f)]));
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
  const comments = optional.length ? `\n# Optional fields (remove this comment when done):\n${optional.join('\n')}` : '';
  const body = BODY[collection].map((h) => `## ${h}\n\n${placeholder('in your own words, with a source for every fact')}\n`).join('\n');
  return `---\n${yaml}${comments}\n---\n${body ? `\n${body}` : ''}`;
}

function parseGiven(field: FieldInfo, value: string): unknown {
  if (field.isList && !field.fields) return value.split(',').map((v) => v.trim()).filter(Boolean).map((v) => (/^\d+$/.test(v) && field.kind.includes('cbms') ? Number(v) : v));
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
  const slug = title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
  const date = values['start'] ?? values['date'];
  return collection === 'events' && date ? `${date}-${slug}` : slug;
}

