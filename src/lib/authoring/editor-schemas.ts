/**
 * JSON Schemas of the front matter as a maintainer writes it (the input side of the zod
 * schemas, not the export rows), and the manifest that tells the Astro language server which
 * schema applies to which content file. With them an editor marks a misspelt key, a missing
 * field or a value of the wrong kind while the file is being typed.
 *
 * The manifest follows the format of Astro's content IntelliSense (`.astro/collections/
 * collections.json`): the Astro language server applies `.astro/collections/<name>.schema.json`
 * to the front matter of each `.md`/`.mdx` file listed under `entries`. The names used here are
 * the project's own (`cybercbm-<collection>`), so that Astro's own schema files, which it
 * rewrites on every sync, never replace them.
 */
import { z } from 'astro/zod';
import { PARTIAL_DATE } from '../../schemas/dates.ts';
import { COLLECTIONS, ID, type CollectionName } from '../../schemas/index.ts';
import { collectionFields, describedSchemas, type FieldInfo } from '../../schemas/introspect.ts';

/** The schema name of a collection in the manifest (and its file name, `<name>.schema.json`). */
export const editorSchemaName = (collection: CollectionName) => `cybercbm-${collection}`;

type Json = Record<string, unknown>;

/** The JSON Schema (draft 2020-12) of a collection's front matter as written. */
export function editorSchema(collection: CollectionName): Json {
  const schema = z.toJSONSchema(describedSchemas[collection] as z.ZodType, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const meta = (ctx.zodSchema as unknown as { meta?: () => Json | undefined }).meta?.();
      const replace = (json: Json) => {
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Json)[k];
        Object.assign(ctx.jsonSchema, json);
      };
      // `patternErrorMessage` and `errorMessage` are the editors' own keywords for a message in words.
      if (meta?.['reference'] === 'cbms') {
        replace({
          anyOf: [
            { type: 'integer', minimum: 1 },
            { type: 'string', pattern: '^\\d{1,2}$' },
          ],
          errorMessage: 'Expected a measure number, 1 to 16',
        });
      } else if (meta?.['reference']) {
        const c = String(meta['reference']);
        replace({
          type: 'string',
          pattern: ID.source,
          patternErrorMessage: `Expected the id of an entry in ${c}: a file name in content/${c}/ without .mdx`,
        });
      } else if (meta?.['format'] === 'partial-date') {
        // YAML 1.2 reads `2016` as a number and `2016-03-10` as text; the check accepts both.
        const words = 'Expected a date, YYYY-MM-DD (or YYYY-MM, or YYYY)';
        replace({
          anyOf: [
            { type: 'string', pattern: PARTIAL_DATE.source, patternErrorMessage: words },
            { type: 'integer', minimum: 1975, maximum: 9999 },
          ],
          errorMessage: words,
        });
      }
    },
  }) as Json;
  describeProperties(schema, collectionFields(collection));
  return { ...schema, title: `CyberCBM ${collection} front matter` };
}

/** Puts each field's words ("a date, YYYY-MM-DD …", "one of: …") on its property, for hovers and messages. */
function describeProperties(schema: Json, fields: FieldInfo[]): void {
  const properties = schema['properties'] as Record<string, Json> | undefined;
  if (!properties) return;
  for (const field of fields) {
    const property = properties[field.name];
    if (!property) continue;
    property['description'] = field.description ?? `${field.required ? 'Required' : 'Optional'}: ${field.expects}.`;
    if (!field.fields) continue;
    const items = property['items'] as Json | undefined;
    describeProperties(field.isList && items ? items : property, field.fields);
  }
}

/** The manifest: every collection with a schema, and every content file mapped to its collection's schema. */
export function editorManifest(files: readonly { url: string; collection: CollectionName }[]): Json {
  return {
    collections: COLLECTIONS.map((c) => ({ hasSchema: true, name: editorSchemaName(c) })),
    // The language server looks files up by their file URL in lower case.
    entries: Object.fromEntries(files.map((f) => [f.url.toLowerCase(), editorSchemaName(f.collection)])),
  };
}
