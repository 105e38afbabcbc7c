/** The field reference for maintainers, generated from the schemas (never a second hand-kept list). */
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { collectionFields, type FieldInfo } from '../schemas/introspect.ts';

export interface FieldRow {
  name: string;
  required: boolean;
  kind: string;
  description?: string;
}

/** One row per field, nested fields as `parent.child`. */
export function fieldRows(collection: CollectionName): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (fields: FieldInfo[], prefix: string) => {
    for (const f of fields) {
      rows.push({ name: prefix + f.name + (f.isList ? '[]' : ''), required: f.required, kind: f.kind, ...(f.description ? { description: f.description } : {}) });
      if (f.fields) walk(f.fields, `${prefix}${f.name}${f.isList ? '[]' : ''}.`);
    }
  };
  walk(collectionFields(collection), '');
  return rows;
}

/** The reference as Markdown, for CONTRIBUTING.md. */
export function fieldReferenceMarkdown(): string {
  return COLLECTIONS.map((c) => {
    const rows = fieldRows(c).map((r) => `| \`${r.name}\` | ${r.required ? 'yes' : 'no'} | ${r.kind.replace(/\|/g, '\\|')} |`);
    return `### \`${c}\`\n\n| field | required | value |\n|---|---|---|\n${rows.join('\n')}\n`;
  }).join('\n');
}
