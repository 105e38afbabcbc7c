/**
 * Frictionless Table Schemas (v1) from the exports' JSON Schemas, so a CSV's columns are described
 * by the same zod schemas as its JSON (exports.ts generates those with zod's toJSONSchema). An
 * object field becomes dotted columns (`location.city`); a list is not a column but a link table
 * of its own (data-package.ts); what is nested deeper stays one cell of JSON (`object`/`array`).
 */

type Json = Record<string, unknown>;

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'any';
  format?: string;
  description?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

/** A column of a table, with the path of the value it takes from a row object. */
export interface Column {
  field: TableField;
  path: string[];
  /** The collection a reference column points at (its values are ids there). */
  reference?: string;
}

const REFERENCE = /^id of an entry in ([a-z]+)\b/;

/** The collection a JSON Schema property refers to, read from the description exports.ts gives references. */
export function referenceOf(schema: Json): string | undefined {
  return typeof schema['description'] === 'string' ? REFERENCE.exec(schema['description'])?.[1] : undefined;
}

const typeOf = (schema: Json): string | undefined => {
  const t = schema['type'];
  if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
  if (typeof t === 'string') return t;
  if (schema['anyOf'] || schema['oneOf']) return 'union';
  return Array.isArray(schema['enum']) ? 'string' : undefined;
};

/** Whether a property is a list (and so a link table rather than a column). */
export const isList = (schema: Json): boolean => typeOf(schema) === 'array';

/** The Table Schema field of one scalar (or, deeper down, JSON) property. */
function fieldOf(name: string, schema: Json, required: boolean): TableField {
  const t = typeOf(schema);
  const constraints: NonNullable<TableField['constraints']> = {};
  if (required) constraints.required = true;
  if (Array.isArray(schema['enum'])) constraints.enum = (schema['enum'] as unknown[]).map(String);
  if (typeof schema['pattern'] === 'string') constraints.pattern = schema['pattern'];
  if (typeof schema['minimum'] === 'number') constraints.minimum = schema['minimum'];
  const type: TableField['type'] =
    t === 'string' || t === 'integer' || t === 'number' || t === 'boolean' || t === 'array'
      ? t
      : t === 'object' || t === 'union'
        ? 'object'
        : 'any';
  const description = typeof schema['description'] === 'string' ? schema['description'] : undefined;
  return {
    name,
    type,
    ...(schema['format'] === 'uri' ? { format: 'uri' } : {}),
    ...(description ? { description } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/**
 * The columns of an object schema: scalars as they are, objects one level down as dotted columns,
 * lists left out when `lists` is 'skip' (they become link tables) or kept as JSON cells.
 */
export function columnsOf(schema: Json, lists: 'skip' | 'json', prefix: string[] = [], required = true): Column[] {
  const properties = (schema['properties'] ?? {}) as Record<string, Json>;
  const req = new Set((schema['required'] as string[] | undefined) ?? []);
  return Object.entries(properties).flatMap(([key, prop]): Column[] => {
    const path = [...prefix, key];
    const isRequired = required && req.has(key);
    if (isList(prop) && lists === 'skip' && prefix.length === 0) return [];
    if (typeOf(prop) === 'object' && prop['properties'] && prefix.length === 0)
      return columnsOf(prop, 'json', path, isRequired);
    const reference = referenceOf(prop);
    return [{ field: fieldOf(path.join('.'), prop, isRequired), path, ...(reference ? { reference } : {}) }];
  });
}

/** The text of one cell: empty for a missing value, JSON for what is nested, the value otherwise. */
export function cellOf(row: unknown, path: string[]): string {
  let v: unknown = row;
  for (const k of path) v = v && typeof v === 'object' ? (v as Json)[k] : undefined;
  if (v === undefined || v === null) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
