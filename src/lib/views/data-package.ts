/**
 * The open data as a Frictionless Data Package (`/data/datapackage.json`): every export with its
 * media type and licence, and the CSV tables with Table Schemas (table-schema.ts, from the same
 * JSON Schemas as the JSON exports). A CSV per collection holds its entries with references as
 * ids; each list field is a link table (`decisions-relations.csv`: entry, position and the item's
 * fields), and every collection's `sources` list is one table, `citations.csv` (collection, entry,
 * position, source, grade, locator); `foreignKeys` tie them together. Nothing in the JSON is
 * left out of the CSVs.
 */
import { stringify } from 'csv-stringify/sync';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { Graph } from '../corpus/graph.ts';
import { exportRows, exportSchema, type ExportTranslations } from './exports.ts';
import { cellOf, columnsOf, isList, referenceOf, type Column, type TableField } from './table-schema.ts';

type Json = Record<string, unknown>;

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface Table {
  /** The resource name and file stem: `decisions`, `decisions-relations`, `citations`. */
  name: string;
  description: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  rows: string[][];
}

export const LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
};

const fk = (field: string, resource: string): ForeignKey => ({
  fields: [field],
  reference: { resource, fields: ['id'] },
});
const keysOf = (columns: Column[]) => columns.flatMap((c) => (c.reference ? [fk(c.field.name, c.reference)] : []));

/** A list's item as one object schema: a union of objects gives every option's fields, none required. */
function itemObject(items: Json): Json | undefined {
  const options = (items['anyOf'] ?? items['oneOf']) as Json[] | undefined;
  if (options?.every((o) => o['properties'])) {
    return { type: 'object', properties: Object.assign({}, ...options.map((o) => o['properties'])) as Json };
  }
  return items['properties'] ? items : undefined;
}

const ENTRY: TableField = { name: 'entry', type: 'string', constraints: { required: true } };
const POSITION: TableField = {
  name: 'position',
  type: 'integer',
  description: 'the place in the list, from 1',
  constraints: { required: true, minimum: 1 },
};

/** Every table of the package, collection by collection, then the citations. */
export function dataTables(graph: Graph, site: string, translations?: ExportTranslations): Table[] {
  const tables: Table[] = [];
  const citations: string[][] = [];
  let citationColumns: Column[] = [];
  for (const collection of COLLECTIONS) {
    const schema = (exportSchema(collection, site)['items'] ?? {}) as Json;
    const rows = exportRows(graph, collection, site, translations);
    const columns = columnsOf(schema, 'skip');
    tables.push({
      name: collection,
      description: `The ${collection}, one row each, references as ids (as in ${collection}.json).`,
      fields: columns.map((c) => c.field),
      primaryKey: ['id'],
      foreignKeys: keysOf(columns),
      rows: rows.map((r) => columns.map((c) => cellOf(r, c.path))),
    });
    const properties = (schema['properties'] ?? {}) as Record<string, Json>;
    for (const [key, prop] of Object.entries(properties).filter(([, p]) => isList(p))) {
      const items = (prop['items'] ?? {}) as Json;
      const object = itemObject(items);
      const reference = referenceOf(items);
      const itemColumns: Column[] = object
        ? columnsOf({ ...object, required: items['required'] ?? [] }, 'json')
        : [
            {
              field: { name: 'value', type: 'string', constraints: { required: true } },
              path: [],
              ...(reference ? { reference } : {}),
            },
          ];
      const linkRows = rows.flatMap((r) =>
        ((r[key] as unknown[] | undefined) ?? []).map((item, i) => [
          String(r['id']),
          String(i + 1),
          ...itemColumns.map((c) => (c.path.length ? cellOf(item, c.path) : cellOf({ v: item }, ['v']))),
        ]),
      );
      if (key === 'sources' && collection !== 'sources') {
        citationColumns = itemColumns;
        citations.push(...linkRows.map((r) => [collection, ...r]));
        continue;
      }
      tables.push({
        name: `${collection}-${key.toLowerCase()}`,
        description: `The ${key} list of each entry of ${collection}, one row per item, in the list's order.`,
        fields: [ENTRY, POSITION, ...itemColumns.map((c) => c.field)],
        primaryKey: ['entry', 'position'],
        foreignKeys: [fk('entry', collection), ...keysOf(itemColumns)],
        rows: linkRows,
      });
    }
  }
  tables.push({
    name: 'citations',
    description:
      'Every citation of a source by an entry: its collection, id, place in the list, source, grade and locator.',
    fields: [
      { name: 'collection', type: 'string', constraints: { required: true, enum: [...COLLECTIONS] } },
      ENTRY,
      POSITION,
      ...citationColumns.map((c) => c.field),
    ],
    primaryKey: ['collection', 'entry', 'position'],
    foreignKeys: keysOf(citationColumns),
    rows: citations,
  });
  return tables;
}

/** One table as CSV text, with its header. */
export function tableCsv(table: Table): string {
  return stringify([table.fields.map((f) => f.name), ...table.rows]);
}
