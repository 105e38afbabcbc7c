/**
 * /data/datapackage.json against the Frictionless Data Package and Table Schema v1 profiles
 * (vendored in tests/fixtures/schemas/, draft-04, so Ajv's draft-04 build), every file of /data/
 * listed with its media type and licence, and every CSV read back with csv-parse and checked
 * against its Table Schema: header, types, constraints, primary keys and foreign keys.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { DIST } from '../helpers/dist.ts';

type Json = Record<string, unknown>;
interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}
interface TableSchema {
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}
interface Resource {
  name: string;
  path: string;
  profile: string;
  mediatype: string;
  licenses: { name: string }[];
  schema?: TableSchema;
}

const DATA = join(DIST, 'data');
const profile = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/schemas/${name}.json`, import.meta.url), 'utf8')) as Json;
const descriptor = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as Json & {
  resources: Resource[];
};
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validator = (name: string) => {
  const validate = ajv.compile(profile(name));
  return (value: unknown, what: string) =>
    expect(validate(value), `${what}: ${ajv.errorsText(validate.errors)}`).toBe(true);
};
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
const csvOf = (r: Resource) => parseCsv(readFileSync(join(DATA, r.path), 'utf8'), { bom: true }) as string[][];
const tables = descriptor.resources.filter((r) => r.schema);

/** The problem with one cell under its field's type and constraints, or undefined. */
function cellProblem(field: Field, cell: string): string | undefined {
  const c = field.constraints ?? {};
  if (cell === '') return c.required ? 'is empty but required' : undefined;
  const ok: Record<string, (v: string) => boolean> = {
    string: () => true,
    integer: (v) => /^-?\d+$/.test(v),
    number: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
    boolean: (v) => v === 'true' || v === 'false',
    array: (v) => Array.isArray(JSON.parse(v)),
    object: (v) => typeof JSON.parse(v) === 'object',
    any: () => true,
  };
  if (!ok[field.type]?.(cell)) return `"${cell}" is not ${field.type}`;
  if (field.format === 'uri' && !URL.canParse(cell)) return `"${cell}" is not a URI`;
  if (c.enum && !c.enum.includes(cell)) return `"${cell}" is not one of ${c.enum.join(', ')}`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell)) return `"${cell}" does not match ${c.pattern}`;
  if (c.minimum !== undefined && Number(cell) < c.minimum) return `"${cell}" is below ${c.minimum}`;
  return undefined;
}

describe('the data package', () => {
  it('validates against the Data Package profile, its resources and Table Schemas against theirs', () => {
    validator('data-package')(descriptor, 'datapackage.json');
    const tabular = validator('tabular-data-resource');
    const plain = validator('data-resource');
    const tableSchema = validator('table-schema');
    // The profiles do reject: a resource with neither path nor data, a Table Schema field without a name.
    const check = ajv.compile(profile('data-package'));
    expect(check({ ...descriptor, resources: [{ name: 'broken' }] })).toBe(false);
    expect(ajv.compile(profile('table-schema'))({ fields: [{ type: 'string' }] })).toBe(false);
    for (const r of descriptor.resources) {
      (r.profile === 'tabular-data-resource' ? tabular : plain)(r, r.name);
      if (r.schema) tableSchema(r.schema, `${r.name} schema`);
    }
  });

  it('lists every file in /data/ once, with its media type and the CC BY 4.0 licence', () => {
    const listed = descriptor.resources.map((r) => r.path).sort();
    const onDisk = files(DATA)
      .map((f) => relative(DATA, f))
      .filter((f) => f !== 'index.html' && f !== 'datapackage.json')
      .sort();
    expect(listed).toEqual(onDisk);
    for (const r of descriptor.resources) {
      expect(r.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
      expect(r.mediatype, r.path).toBe(
        r.path.endsWith('.csv')
          ? 'text/csv'
          : r.path.endsWith('.bib')
            ? 'application/x-bibtex'
            : r.path.startsWith('schema/')
              ? 'application/schema+json'
              : r.path === 'citations.json'
                ? 'application/vnd.citationstyles.csl+json'
                : 'application/json',
      );
    }
  });

  it('has a CSV per collection, as many rows as its JSON, and citations.csv with every cited source', () => {
    let cited = 0;
    for (const c of COLLECTIONS) {
      const r = tables.find((t) => t.name === c);
      expect(r, c).toBeDefined();
      const json = JSON.parse(readFileSync(join(DATA, `${c}.json`), 'utf8')) as { id: string; sources?: unknown[] }[];
      const rows = csvOf(r!).slice(1);
      expect(rows.map((row) => row[0])).toEqual(json.map((e) => e.id));
      if (c !== 'sources') cited += json.reduce((n, e) => n + (e.sources?.length ?? 0), 0);
    }
    const citations = tables.find((t) => t.name === 'citations')!;
    expect(citations.schema!.fields.map((f) => f.name)).toEqual([
      'collection',
      'entry',
      'position',
      'source',
      'locator',
      'grade',
    ]);
    expect(csvOf(citations).length - 1).toBe(cited);
    expect(cited).toBeGreaterThan(400);
  });

  it('reads every CSV back with csv-parse: header, every cell, primary keys and foreign keys as its Table Schema says', () => {
    const columnOf = new Map<string, Map<string, Set<string>>>();
    const read = new Map(tables.map((r) => [r.name, csvOf(r)]));
    for (const r of tables) {
      const [header, ...rows] = read.get(r.name)!;
      const fields = r.schema!.fields;
      expect(header, r.path).toEqual(fields.map((f) => f.name));
      const problems: string[] = [];
      rows.forEach((row, i) => {
        expect(row.length, `${r.path} row ${i + 2}`).toBe(fields.length);
        fields.forEach((f, j) => {
          const p = cellProblem(f, row[j]!);
          if (p) problems.push(`${r.path} row ${i + 2}, ${f.name}: ${p}`);
        });
      });
      expect(problems).toEqual([]);
      const key = r.schema!.primaryKey.map((k) => fields.findIndex((f) => f.name === k));
      const keys = rows.map((row) => key.map((k) => row[k]).join('\u0000'));
      expect(new Set(keys).size, `${r.path} primary key`).toBe(rows.length);
      columnOf.set(r.name, new Map(fields.map((f, j) => [f.name, new Set(rows.map((row) => row[j]!))])));
    }
    let checked = 0;
    for (const r of tables) {
      for (const fk of r.schema!.foreignKeys ?? []) {
        const values = columnOf.get(r.name)!.get(fk.fields[0]!)!;
        const target = columnOf.get(fk.reference.resource)?.get(fk.reference.fields[0]!);
        expect(target, `${r.name} → ${fk.reference.resource}`).toBeDefined();
        const dangling = [...values].filter((v) => v !== '' && !target!.has(v));
        expect(dangling, `${r.path} ${fk.fields[0]} → ${fk.reference.resource}`).toEqual([]);
        checked += values.size;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
