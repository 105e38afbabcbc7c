/**
 * `/data/datapackage.json`: the Frictionless Data Package (v1) descriptor of every file in
 * `/data/`, each with its media type and licence; the CSV tables (data-package.ts, and the matrix
 * and cross-walk tables with schemas of their own) as tabular data resources with Table Schemas.
 */
import { COLLECTIONS } from '../../schemas/index.ts';
import { crosswalkSchema } from './crosswalk-exports.ts';
import { LICENCE, type Table } from './data-package.ts';
import type { Matrix } from './matrix.ts';
import { columnsOf } from './table-schema.ts';

type Json = Record<string, unknown>;

const tabular = (name: string, description: string, schema: Json): Json => ({
  name,
  path: `${name}.csv`,
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  description,
  licenses: [LICENCE],
  schema,
});

const file = (name: string, path: string, mediatype: string, description: string): Json => ({
  name,
  path,
  profile: 'data-resource',
  format: path.split('.').pop(),
  mediatype,
  encoding: 'utf-8',
  description,
  licenses: [LICENCE],
});

/** The Table Schema of `matrix.csv`: a measure, then one column per decision symbol, then counts. */
export function matrixTableSchema(matrix: Matrix): Json {
  const count = (name: string, description: string) => ({
    name,
    type: 'integer',
    description,
    constraints: { required: true, minimum: 0 },
  });
  return {
    fields: [
      { name: 'cbm', type: 'integer', description: 'the measure number', constraints: { required: true, minimum: 1 } },
      { name: 'title', type: 'string', constraints: { required: true } },
      ...matrix.columns.map((c) => ({
        name: c.symbol,
        type: 'string',
        description: `the measure's role in ${c.symbol} (empty: none); "(inferred)" marks the site's reading`,
        constraints: { pattern: '^[a-z]+( \\(inferred\\))?$' },
      })),
      count('events', 'events that practise the measure'),
      count('activities', 'activities that practise the measure'),
      count('read_as_practice', "entries the site reads as the measure's practice"),
    ],
    primaryKey: ['cbm'],
  };
}

/** The Table Schema of `crosswalk.csv`, from the JSON Schema of `crosswalk.json`'s links. */
export function crosswalkTableSchema(site: string): Json {
  const links = ((crosswalkSchema(site)['properties'] as Json)['links'] as Json)['items'] as Json;
  // source, locator and reason are empty for the other basis: present in every record, not required in a cell.
  const optional = new Set(['source', 'locator', 'reason']);
  const fields = columnsOf(links, 'json').map(({ field }) => {
    if (!optional.has(field.name) || !field.constraints) return field;
    const { required: _required, ...constraints } = field.constraints;
    return { ...field, constraints };
  });
  return {
    fields,
    primaryKey: ['framework', 'norm', 'cbm'],
    foreignKeys: [
      { fields: ['framework'], reference: { resource: 'frameworks', fields: ['id'] } },
      { fields: ['norm'], reference: { resource: 'norms', fields: ['id'] } },
      { fields: ['source'], reference: { resource: 'sources', fields: ['id'] } },
    ],
  };
}

/** The package descriptor: the tables, then the JSON, BibTeX and JSON Schema files. */
export function dataPackage(tables: Table[], matrix: Matrix, site: string, version: string): Json {
  return {
    profile: 'tabular-data-package',
    name: 'cybercbm',
    title: "CyberCBM: the OSCE's cyber/ICT-security decisions, measures, events and activities",
    version,
    homepage: `${site}/data/`,
    licenses: [LICENCE],
    resources: [
      ...tables.map((t) =>
        tabular(t.name, t.description, {
          fields: t.fields,
          primaryKey: t.primaryKey,
          ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys } : {}),
        }),
      ),
      tabular('matrix', 'The CBM-to-decision matrix, as on /matrix/.', matrixTableSchema(matrix)),
      tabular(
        'crosswalk',
        'Each link between an OSCE measure and a norm of another framework.',
        crosswalkTableSchema(site),
      ),
      ...COLLECTIONS.map((c) =>
        file(`${c}-json`, `${c}.json`, 'application/json', `The ${c} as JSON, references as ids.`),
      ),
      file('matrix-json', 'matrix.json', 'application/json', 'The matrix as JSON.'),
      file('crosswalk-json', 'crosswalk.json', 'application/json', 'The cross-walk as JSON.'),
      file(
        'citations-json',
        'citations.json',
        'application/vnd.citationstyles.csl+json',
        'Every citable entry as CSL-JSON.',
      ),
      file('citations-bib', 'citations.bib', 'application/x-bibtex', 'Every citable entry as BibTeX.'),
      ...[...COLLECTIONS, 'crosswalk'].map((c) =>
        file(`schema-${c}`, `schema/${c}.schema.json`, 'application/schema+json', `The JSON Schema of ${c}.json.`),
      ),
    ],
  };
}
