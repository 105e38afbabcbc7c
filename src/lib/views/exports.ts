/**
 * The open data in dist/data/: one JSON array per collection with references as ids plus the
 * entry's `page` on this site (a source's own `url` stays the outside address a reader can open)
 * and, for entries that cite sources, how strongly they rest on them; the matrix as JSON and CSV (from the same function as the page), and the JSON
 * Schema of each collection's export, generated from the zod schemas by zod 4's toJSONSchema.
 */
import { LANGUAGE_NAME, PREFIXED_LOCALES, type PrefixedLocale } from '../i18n/locales.ts';
import { TRANSLATABLE_COLLECTIONS } from '../../schemas/translation.ts';
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import type { CollectionName } from '../../schemas/index.ts';
import { PARTIAL_DATE } from '../../schemas/dates.ts';
import { describedSchemas } from '../../schemas/introspect.ts';
import type { Graph } from '../corpus/graph.ts';
import { evidenceOf } from '../corpus/evidence.ts';
import { matrixRecords, type Matrix } from './matrix.ts';
import { stateEvidence } from '../corpus/state-evidence.ts';

/** Replaces every `{ collection, id }` reference by its id, recursively. */
export function withIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withIds);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string')
      return record['id'];
    return Object.fromEntries(keys.map((k) => [k, withIds(record[k])]));
  }
  return value;
}

/**
 * One collection's export rows: `id`, `page` (the entry's page on this site, absolute), the fields
 * in contract order, then for entries that cite sources `secondaryOnly` (no primary source) and
 * `inferredFields` (fields the site infers, explained in `sourceNotes`).
 */
/**
 * The translated titles and summaries of the entries, by `collection/id` and language: the exports
 * stay language-neutral and add them as `title_<lang>` and `summary_<lang>` (src/adapter/translations.ts).
 */
export type ExportTranslations = ReadonlyMap<
  string,
  Partial<Record<PrefixedLocale, { title?: string; summary?: string }>>
>;

/** The `title_<lang>` / `summary_<lang>` fields of one entry. */
function translatedFields(key: string, translations: ExportTranslations | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const locale of PREFIXED_LOCALES) {
    const t = translations?.get(key)?.[locale];
    if (t?.title) out[`title_${locale}`] = t.title;
    if (t?.summary) out[`summary_${locale}`] = t.summary;
  }
  return out;
}

export function exportRows(
  graph: Graph,
  collection: CollectionName,
  site: string,
  translations?: ExportTranslations,
): Record<string, unknown>[] {
  return [...graph.nodesOf(collection)]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((n) => {
      const evidence = 'sources' in n.data ? evidenceOf(n.data) : undefined;
      return {
        id: n.id,
        page: `${site}${n.url}`,
        ...(withIds(n.data) as Record<string, unknown>),
        ...(evidence ? { secondaryOnly: evidence.secondaryOnly, inferredFields: evidence.inferredFields } : {}),
        ...(n.collection === 'states' ? { counts: stateCounts(graph, n) } : {}),
        ...translatedFields(n.key, translations),
      };
    });
}

/** What a State's profile counts, for `states.json`: the same derivation as its page. */
function stateCounts(graph: Graph, state: Parameters<typeof stateEvidence>[1]) {
  const e = stateEvidence(graph, state);
  return {
    chairmanships: e.chairmanships.length,
    eventsHosted: e.hosted.length,
    eventsFor: e.eventsFor.length,
    activitiesIn: e.activitiesIn.length,
    activitiesFunded: e.funded.length,
    chairs: e.chairs.length,
    total: e.total,
  };
}

const STATE_COUNTS_SCHEMA = {
  type: 'object',
  description: "what the State's profile counts (derived from the references, never hand-listed)",
  required: ['chairmanships', 'eventsHosted', 'eventsFor', 'activitiesIn', 'activitiesFunded', 'chairs', 'total'],
  properties: Object.fromEntries(
    [
      ['chairmanships', 'years it held the OSCE Chairmanship'],
      ['eventsHosted', 'events held in it (location.state)'],
      ['eventsFor', 'events held for it elsewhere (countries)'],
      ['activitiesIn', 'activities carried out in it'],
      ['activitiesFunded', 'activities it funded'],
      ['chairs', 'times it chaired a body'],
      [
        'total',
        'the amount of evidence: Chairmanship years, chairs, the contact point and every distinct event and activity; /states/ sorts by it',
      ],
    ].map(([k, d]) => [k, { type: 'integer', minimum: 0, description: d }]),
  ),
};

export function matrixJson(matrix: Matrix) {
  return {
    columns: matrix.columns.map((c) => ({ id: c.id, symbol: c.symbol, title: c.title, adopted: c.adopted })),
    rows: matrix.rows.map((r) => ({
      cbm: r.cbm,
      title: r.title,
      cells: Object.fromEntries(r.cells.map((c, i) => [matrix.columns[i]!.symbol, c.role])),
      /** The decisions (by symbol) whose role for this measure is the site's inference. */
      inferred: r.cells.flatMap((c, i) => (c.inferred ? [matrix.columns[i]!.symbol] : [])),
      events: r.events,
      activities: r.activities,
      /** Events, activities and documents the site reads as the measure's practice (no source names it). */
      read_as_practice: r.read,
    })),
  };
}

/** The matrix as CSV: one row per measure, one column per decision symbol (role or empty). */
export function matrixCsv(matrix: Matrix): string {
  const records = matrixRecords(matrix);
  return stringify(records, { header: true, columns: Object.keys(records[0] ?? { cbm: 0 }) });
}

/**
 * JSON Schema of one collection's export. References are documented as id strings, dates as
 * ISO strings of their precision; `id`, `page` and the evidence flags are added; unknown keys are rejected.
 */
export function exportSchema(collection: CollectionName, site: string): Record<string, unknown> {
  const schema = z.toJSONSchema(describedSchemas[collection] as z.ZodType, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const meta = (ctx.zodSchema as unknown as { meta?: () => Record<string, unknown> | undefined }).meta?.();
      if (meta?.['reference']) {
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[k];
        Object.assign(ctx.jsonSchema, {
          type: 'string',
          description: `id of an entry in ${meta['reference']} (its file name)`,
        });
        if (meta['reference'] === 'cbms') Object.assign(ctx.jsonSchema, { pattern: '^\\d{2}$' });
      } else if (meta?.['format'] === 'partial-date') {
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[k];
        Object.assign(ctx.jsonSchema, {
          type: 'string',
          pattern: PARTIAL_DATE.source,
          description: String(meta['description']),
        });
      }
    },
  }) as Record<string, unknown>;
  const own = schema['properties'] as Record<string, unknown>;
  const evidence =
    'sources' in own && collection !== 'sources'
      ? {
          secondaryOnly: {
            type: 'boolean',
            description: 'true when no cited source is primary (the page says "secondary sources only")',
          },
          inferredFields: {
            type: 'array',
            items: { type: 'string' },
            description: 'fields the site infers itself, explained in sourceNotes',
          },
        }
      : {};
  const counts = collection === 'states' ? { counts: STATE_COUNTS_SCHEMA } : {};
  const translated = TRANSLATABLE_COLLECTIONS.includes(collection)
    ? Object.fromEntries(
        PREFIXED_LOCALES.flatMap((l) => [
          [
            `title_${l}`,
            {
              type: 'string',
              description: `the title (or name, or term) in ${LANGUAGE_NAME[l]} (${l}), where the project translated it`,
            },
          ],
          [
            `summary_${l}`,
            {
              type: 'string',
              description: `the summary (or definition) in ${LANGUAGE_NAME[l]} (${l}), where the project translated it`,
            },
          ],
        ]),
      )
    : {};
  const properties = {
    id: { type: 'string', description: 'the entry id (its file name without .mdx)' },
    page: { type: 'string', format: 'uri', description: "the entry's page on this site" },
    ...own,
    ...evidence,
    ...counts,
    ...translated,
  };
  const item = {
    ...schema,
    properties,
    required: [
      'id',
      'page',
      ...((schema['required'] as string[]) ?? []),
      ...Object.keys(evidence),
      ...Object.keys(counts),
    ],
  };
  delete (item as Record<string, unknown>)['$schema'];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${site}/data/schema/${collection}.schema.json`,
    title: `CyberCBM ${collection}`,
    type: 'array',
    items: item,
  };
}
