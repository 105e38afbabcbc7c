/**
 * The contract of a translation (`content/translations/<lang>/<collection>/<id>.mdx`): the
 * original it names, the digest of the original's translatable text it was made from, and only
 * translatable fields, in the original's nesting. The translatable fields are read from the
 * collection's schema (every field made with `prose`, src/schemas/text.ts); lists of objects
 * mirror the original's list item by item. Translations are not a collection of the record: they
 * never enter `COLLECTIONS`, the matrix or the exports' row counts.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { describedSchemas } from './introspect.ts';
import { ID } from './text.ts';

/** Where the translatable text of an entry sits: a text, a list of texts, an object, or a list of objects. */
export type TranslatableNode =
  | { kind: 'text' }
  | { kind: 'texts' }
  | { kind: 'object'; fields: TranslatableShape }
  | { kind: 'list'; item: TranslatableShape };
export type TranslatableShape = Record<string, TranslatableNode>;

type Def = {
  type: string;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  shape?: Record<string, unknown>;
  element?: unknown;
  options?: unknown[];
};
const defOf = (s: unknown) => (s as { def?: Def }).def;
const isProse = (s: unknown) =>
  (s as { meta?: () => Record<string, unknown> | undefined }).meta?.()?.['translatable'] === true;

/** The schema under optional, default, refinement and preprocess wrappers. */
function bare(schema: unknown): unknown {
  let s = schema;
  for (let i = 0; i < 12; i++) {
    if (isProse(s)) return s;
    const def = defOf(s);
    if (!def) return s;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable')
      s = def.innerType;
    else if (def.type === 'pipe') s = defOf(def.in)?.type === 'transform' ? def.out : def.in;
    else return s;
  }
  return s;
}

function nodeOf(schema: unknown): TranslatableNode | undefined {
  const s = bare(schema);
  if (isProse(s)) return { kind: 'text' };
  const def = defOf(s);
  if (def?.type === 'object') {
    const fields = shapeOfObject(s);
    return Object.keys(fields).length ? { kind: 'object', fields } : undefined;
  }
  if (def?.type === 'union') {
    // A discriminated union of objects (a norm's link): the translatable fields of every option.
    const fields: TranslatableShape = Object.assign({}, ...(def.options ?? []).map((o) => shapeOfObject(bare(o))));
    return Object.keys(fields).length ? { kind: 'object', fields } : undefined;
  }
  if (def?.type === 'array') {
    const item = nodeOf(def.element);
    if (!item) return undefined;
    if (item.kind === 'text') return { kind: 'texts' };
    if (item.kind === 'object') return { kind: 'list', item: item.fields };
  }
  return undefined;
}

function shapeOfObject(schema: unknown): TranslatableShape {
  const shape = defOf(schema)?.shape ?? {};
  const out: TranslatableShape = {};
  for (const [name, field] of Object.entries(shape)) {
    const node = nodeOf(field);
    if (node) out[name] = node;
  }
  return out;
}

const shapes = new Map<CollectionName, TranslatableShape>();

/** The translatable fields of a collection, from its schema: `{ title: text, elements: list of { text, locator } … }`. */
export function translatableShape(collection: CollectionName): TranslatableShape {
  let shape = shapes.get(collection);
  if (!shape) shapes.set(collection, (shape = shapeOfObject(describedSchemas[collection])));
  return shape;
}

/** The collections an entry of which can be translated: the ones with a translatable field (not sources). */
export const TRANSLATABLE_COLLECTIONS: readonly CollectionName[] = COLLECTIONS.filter(
  (c) => c !== 'sources' && Object.keys(translatableShape(c)).length > 0,
);

/** Dotted paths of every translatable field: `title`, `elements[].text`, `location.city`. */
export function translatablePaths(shape: TranslatableShape, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([name, node]) => {
    const path = `${prefix}${name}`;
    if (node.kind === 'text') return [path];
    if (node.kind === 'texts') return [`${path}[]`];
    if (node.kind === 'object') return translatablePaths(node.fields, `${path}.`);
    return translatablePaths(node.item, `${path}[].`);
  });
}

const translatedText = z
  .string({ error: 'Expected the translated text' })
  .trim()
  .min(1, { error: 'Expected the translated text, found an empty text' });

function zodOf(node: TranslatableNode): z.ZodType {
  switch (node.kind) {
    case 'text':
      return translatedText.optional();
    case 'texts':
      return z.array(translatedText).optional();
    case 'object':
      return z.strictObject(zodShape(node.fields)).optional();
    case 'list':
      return z.array(z.strictObject(zodShape(node.item))).optional();
  }
}

function zodShape(shape: TranslatableShape): Record<string, z.ZodType> {
  return Object.fromEntries(Object.entries(shape).map(([name, node]) => [name, zodOf(node)]));
}

/** The `original:` field: `cbms/08`, a collection and the id of one of its entries. */
export const ORIGINAL = new RegExp(`^(${COLLECTIONS.join('|')})/(${ID.source.slice(1, -1)})$`);
/** The `translatedFrom:` digest (src/lib/translations.ts). */
export const DIGEST = /^[0-9a-f]{16}$/;

/** The schema of a translation of an entry of `collection`. */
export function translationSchema(collection: CollectionName) {
  return z.strictObject({
    original: z.string().regex(ORIGINAL, { error: 'Expected the original as <collection>/<id>, e.g. cbms/08' }),
    translatedFrom: z.string().regex(DIGEST, {
      error:
        'Expected the digest of the original this translation was made from (`npm run new -- translation` writes it)',
    }),
    ...zodShape(translatableShape(collection)),
  });
}
export type TranslationData = { original: string; translatedFrom: string } & Record<string, unknown>;
