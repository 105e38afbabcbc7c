/**
 * Schema introspection: walks the zod schemas to describe each field in words ("text", "date",
 * "one of: a, b", "id of an entry in bodies"). The scaffold, the field reference, the check's
 * messages and the JSON Schema export all read the contract through this one walker.
 */
import { createSchemas, plainReference, type CollectionName, type RefFactory } from './index.ts';

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
