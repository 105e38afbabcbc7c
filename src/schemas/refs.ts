/**
 * References inside parsed entry data: every `{ collection, id }` the schemas produced, with the
 * path of the field that holds it. Both the check (dangling references) and the corpus graph
 * (links and backlinks) read references through this walker.
 */
import type { CollectionName } from './index.ts';

/** A field's place in an entry's data: `['sources', 0, 'source']`. */
export type FieldPath = ReadonlyArray<string | number>;

/** Every `{ collection, id }` reference in an entry's data, with its path. */
export function referencesIn(
  data: unknown,
  path: FieldPath = [],
): { path: FieldPath; ref: { collection: CollectionName; id: string } }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => referencesIn(item, [...path, i]));
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string') {
      return [{ path, ref: { collection: record['collection'] as CollectionName, id: record['id'] } }];
    }
    return keys.flatMap((k) => referencesIn(record[k], [...path, k]));
  }
  return [];
}

/** `['sources', 0, 'source']` → `sources[0].source`. */
export function fieldName(path: FieldPath): string {
  return (
    path.reduce<string>(
      (name, seg) => (typeof seg === 'number' ? `${name}[${seg}]` : name ? `${name}.${seg}` : seg),
      '',
    ) || '(frontmatter)'
  );
}
