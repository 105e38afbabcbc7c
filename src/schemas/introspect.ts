/**
 * Schema introspection: walks the zod schemas to describe each field in words ("text", "date",
 * "one of: a, b", "id of an entry in bodies"). The scaffold, the field reference, the check's
 * messages and the JSON Schema export all read the contract through this one walker.
 */
import { createSchemas, plainReference, type CollectionName, type RefFactory } from './index.ts';

/** Plain references that say which collection they point to, for the scaffold and field docs. */
const describedReference: RefFactory = (collection) =>
  plainReference(collection).meta({ reference: collection }) as ReturnType<RefFactory>;
export const describedSchemas = createSchemas(describedReference);

export interface FieldInfo {
  name: string;
  required: boolean;
  /** Words for what the field holds: "text", "date", "one of: a, b", "id of a bodies entry", "list of …". */
  kind: string;
  /** The same in a phrase for messages: "a date, YYYY-MM-DD (or YYYY-MM, or YYYY)", "an https URL". */
  expects: string;
  description?: string;
  /** For objects and lists of objects: their fields. */
  fields?: FieldInfo[];
  /** The zod schema after unwrapping optional/default. */
  schema: unknown;
  isList: boolean;
}

type Def = {
  type: string;
  values?: unknown[];
  options?: unknown[];
  format?: string;
  protocol?: RegExp;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  shape?: Record<string, unknown>;
  element?: unknown;
  entries?: Record<string, string>;
  checks?: unknown[];
};
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

type Described = { kind: string; expects: string; fields?: FieldInfo[]; isList: boolean };

function describe(schema: unknown): Described {
  const meta = metaOf(schema);
  const plain = (kind: string, expects: string): Described => ({ kind, expects, isList: false });
  if (meta?.['reference']) {
    const c = String(meta['reference']);
    return plain(`id of an entry in ${c}`, `the id of an entry in ${c} (a file name in content/${c}/, without .mdx)`);
  }
  if (meta?.['format'] === 'partial-date')
    return plain(
      'date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'a date, YYYY-MM-DD (or YYYY-MM, or YYYY, as precise as the sources)',
    );
  const def = defOf(schema);
  switch (def?.type) {
    case 'string':
      if (def.format === 'url') {
        return def.protocol?.test('http')
          ? plain(
              'https URL (http only where there is none)',
              'an https URL (http only where the source has no https address)',
            )
          : plain('https URL', 'an https URL');
      }
      return plain('text', 'text');
    case 'number':
      return plain('number', 'a number');
    case 'boolean':
      return plain('true or false', 'true or false');
    case 'enum': {
      const values = Object.values(def.entries ?? {}).join(', ');
      return plain(`one of: ${values}`, `one of: ${values}`);
    }
    case 'object': {
      const fields = fieldsOf(schema);
      const names = fields.map((f) => f.name).join(', ');
      return { kind: `{ ${names} }`, expects: `a mapping with the fields ${names}`, fields, isList: false };
    }
    case 'literal': {
      const values = (def.values ?? []).map(String).join(' or ');
      return plain(values, values);
    }
    case 'union': {
      // A discriminated union of objects (a norm's link: `basis: source` with source and locator, or `basis: reading` with reason).
      const options = (def.options ?? []).map((o) => ({
        d: describe(o),
        fields: defOf(o)?.type === 'object' ? fieldsOf(o) : undefined,
      }));
      const shown = options.map(({ d, fields }) =>
        fields
          ? `{ ${fields.map((f) => (defOf(f.schema)?.type === 'literal' ? `${f.name}: ${f.kind}` : f.name)).join(', ')} }`
          : d.kind,
      );
      const all = options.every((o) => o.fields) ? options.flatMap((o) => o.fields!) : undefined;
      const common = (name: string) => options.every((o) => o.fields!.some((g) => g.name === name));
      const fields =
        all &&
        [...new Map(all.map((f) => [f.name, f])).values()].map((f) => {
          const same = all.filter((g) => g.name === f.name);
          const kind = [...new Set(same.map((g) => g.kind))].join(' or ');
          // The discriminator says what each value asks for: "source (with source, locator) or reading (with reason)".
          const expects =
            defOf(f.schema)?.type === 'literal'
              ? options
                  .map(
                    (o) =>
                      `${o.fields!.find((g) => g.name === f.name)!.kind} (with ${o
                        .fields!.filter((g) => g.required && !common(g.name))
                        .map((g) => g.name)
                        .join(', ')})`,
                  )
                  .join(' or ')
              : [...new Set(same.map((g) => g.expects))].join(' or ');
          return { ...f, kind, expects, required: same.length === options.length && same.every((g) => g.required) };
        });
      return {
        kind: shown.join(' or '),
        expects: `one of: ${shown.join(' or ')}`,
        ...(fields ? { fields } : {}),
        isList: false,
      };
    }
    case 'array': {
      const element = describe(unwrap(def.element).inner);
      return {
        kind: `list of ${element.kind}`,
        expects: `a list, each item ${element.expects}`,
        ...(element.fields ? { fields: element.fields } : {}),
        isList: true,
      };
    }
    case 'pipe': {
      // Preprocess (cbm numbers) and transforms: describe the side that holds the meaning.
      const inMeta = metaOf(def.out) ?? metaOf(def.in);
      if (inMeta?.['reference']) return describe(metaOf(def.out) ? def.out : def.in);
      return describe(defOf(def.in)?.type === 'transform' ? def.out : def.in);
    }
    default:
      return plain(def?.type ?? 'value', def?.type ?? 'a value');
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
    return {
      name,
      required: !optional,
      kind: d.kind,
      expects: d.expects,
      ...(d.fields ? { fields: d.fields } : {}),
      ...(description ? { description } : {}),
      schema: inner,
      isList: d.isList,
    };
  });
}

/** The top-level fields of a collection's front matter. */
export function collectionFields(collection: CollectionName): FieldInfo[] {
  let fields = fieldCache.get(collection);
  if (!fields) fieldCache.set(collection, (fields = fieldsOf(describedSchemas[collection])));
  return fields;
}
const fieldCache = new Map<CollectionName, FieldInfo[]>();

/**
 * The field at `path` in a collection's front matter (`['sources', 0, 'grade']`; list indexes
 * are skipped), or undefined for a path the schema does not have.
 */
export function fieldAt(collection: CollectionName, path: ReadonlyArray<string | number>): FieldInfo | undefined {
  let fields: FieldInfo[] | undefined = collectionFields(collection);
  let found: FieldInfo | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') continue;
    found = fields?.find((f) => f.name === seg);
    if (!found) return undefined;
    fields = found.fields;
  }
  return found;
}

/** One field of a collection as a table row; nested fields are named `parent.child`, lists `name[]`. */
export interface FieldRow {
  name: string;
  required: boolean;
  kind: string;
  description?: string;
}

/** One row per field, nested fields as `parent.child`: the field reference on pages and in CONTRIBUTING.md. */
export function fieldRows(collection: CollectionName): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (fields: FieldInfo[], prefix: string) => {
    for (const f of fields) {
      rows.push({
        name: prefix + f.name + (f.isList ? '[]' : ''),
        required: f.required,
        kind: f.kind,
        ...(f.description ? { description: f.description } : {}),
      });
      if (f.fields) walk(f.fields, `${prefix}${f.name}${f.isList ? '[]' : ''}.`);
    }
  };
  walk(collectionFields(collection), '');
  return rows;
}
