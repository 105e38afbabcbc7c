/**
 * Translations, as pure functions over plain data: the translatable values of an entry (from the
 * schema's `prose` fields, src/schemas/translation.ts), the digest that says which version of the
 * original a translation was made from, the overlay of a translation on its original, and the
 * figures a translation must keep.
 */
import { createHash } from 'node:crypto';
import type { CollectionName } from '../schemas/collections.ts';
import { translatableShape, type TranslatableNode, type TranslatableShape } from '../schemas/translation.ts';
import { isLocale, type Locale } from './i18n/locales.ts';

type Data = Record<string, unknown>;
const isRecord = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const clean = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);

function valuesOf(node: TranslatableNode, value: unknown): unknown {
  switch (node.kind) {
    case 'text':
      return clean(value);
    case 'texts':
      return Array.isArray(value) ? value.map(clean) : undefined;
    case 'object':
      return isRecord(value) ? valuesOfShape(node.fields, value) : undefined;
    case 'list':
      return Array.isArray(value)
        ? value.map((item) => (isRecord(item) ? valuesOfShape(node.item, item) : {}))
        : undefined;
  }
}

function valuesOfShape(shape: TranslatableShape, data: Data): Data {
  const out: Data = {};
  for (const [name, node] of Object.entries(shape)) {
    const v = valuesOf(node, data[name]);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/** The translatable values of an entry's data (front matter as written or as parsed: texts are trimmed). */
export function translatableValues(collection: CollectionName, data: unknown): Data {
  return isRecord(data) ? valuesOfShape(translatableShape(collection), data) : {};
}

/**
 * The digest of what a translator translates: the original's translatable values and its body.
 * A re-graded source or a new date changes nothing here, so it does not mark translations stale.
 */
export function translationDigest(collection: CollectionName, data: unknown, body: string): string {
  const text = JSON.stringify({ fields: translatableValues(collection, data), body: body.trim() });
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function overlayNode(node: TranslatableNode, original: unknown, translated: unknown): unknown {
  if (translated === undefined) return original;
  switch (node.kind) {
    case 'text':
    case 'texts':
      return translated;
    case 'object':
      return isRecord(original) && isRecord(translated) ? overlayShape(node.fields, original, translated) : original;
    case 'list':
      return Array.isArray(original) && Array.isArray(translated)
        ? original.map((item, i) =>
            isRecord(item) && isRecord(translated[i]) ? overlayShape(node.item, item, translated[i] as Data) : item,
          )
        : original;
  }
}

function overlayShape(shape: TranslatableShape, original: Data, translated: Data): Data {
  const out: Data = { ...original };
  for (const [name, node] of Object.entries(shape)) {
    if (name in translated) out[name] = overlayNode(node, original[name], translated[name]);
  }
  return out;
}

/** The original's data with the translation's texts in place of its own (everything else is the original's). */
export function overlayTranslation<T extends object>(collection: CollectionName, original: T, translation: Data): T {
  return overlayShape(translatableShape(collection), original as Data, translation) as T;
}

/** Whether a translation gives every translatable text the original has (its body included, if it has one). */
export function isFullTranslation(
  collection: CollectionName,
  original: unknown,
  originalBody: string,
  translation: Data,
  translationBody: string,
): boolean {
  const want = flatten(translatableValues(collection, original));
  const have = new Set(Object.keys(flatten(translatableValues(collection, translation))));
  return Object.keys(want).every((k) => have.has(k)) && (!originalBody.trim() || Boolean(translationBody.trim()));
}

/** `{ 'elements.0.text': '…' }`: every text of a values tree by its path. */
export function flatten(values: unknown, prefix = ''): Record<string, string> {
  if (typeof values === 'string') return { [prefix]: values };
  const out: Record<string, string> = {};
  const entries = Array.isArray(values)
    ? values.map((v, i) => [String(i), v] as const)
    : isRecord(values)
      ? Object.entries(values)
      : [];
  for (const [k, v] of entries) Object.assign(out, flatten(v, prefix ? `${prefix}.${k}` : k));
  return out;
}

/**
 * The figures of a text: every run of digits, thousands separators ignored (`1,000`, `1 000` and
 * `1000` are one figure), so a translation that writes a date or a count differently is caught.
 */
export function figures(text: string): string[] {
  const runs = text.match(/\d+(?:[.,\u00a0\u202f ]\d{3}(?!\d))*/g) ?? [];
  return runs.map((r) => r.replace(/\D/g, '').replace(/^0+(?=\d)/, ''));
}

/** The figures of `original` that `translated` lacks (each counted as often as it occurs). */
export function missingFigures(original: string, translated: string): string[] {
  const have = new Map<string, number>();
  for (const f of figures(translated)) have.set(f, (have.get(f) ?? 0) + 1);
  const missing: string[] = [];
  for (const f of figures(original)) {
    const n = have.get(f) ?? 0;
    if (n > 0) have.set(f, n - 1);
    else missing.push(f);
  }
  return missing;
}

/** Where a translation file sits: `content/translations/ru/cbms/08.mdx` → ru, cbms, 08. */
export function translationOfPath(
  path: string,
  contentDir = 'content',
): { locale: Locale; collection: string; id: string } | undefined {
  const prefix = `${contentDir.replace(/\/$/, '')}/translations/`;
  if (!path.startsWith(prefix)) return undefined;
  const m = /^([a-z]{2})\/([a-z]+)\/([^/]+)\.mdx$/.exec(path.slice(prefix.length));
  if (!m || !isLocale(m[1])) return undefined;
  return { locale: m[1], collection: m[2]!, id: m[3]! };
}

/** The repository path of a translation: `content/translations/ru/cbms/08.mdx`. */
export function translationFile(locale: Locale, collection: CollectionName, id: string): string {
  return `content/translations/${locale}/${collection}/${id}.mdx`;
}
