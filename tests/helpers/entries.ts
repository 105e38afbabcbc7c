/**
 * The one entry builder for the model tests: entries go through the real schemas (so a test can
 * only build what content could hold), come out as typed corpus entries, and make a graph.
 * `sampleCorpus()` is a small corpus with the real shape: PC.DEC/1106 introduces CBMs 1 and 2,
 * PC.DEC/1202 introduces CBM 15, MC.DEC/5/16 reaffirms 15 and references 2.
 */
import type { z } from 'astro/zod';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';
import { corpusEntry, type CorpusEntry } from '../../src/lib/corpus/entries.ts';
import { buildGraph, type Graph } from '../../src/lib/corpus/graph.ts';

/** What a content file's front matter may hold for collection `C` (references as ids). */
export type EntryInput<C extends CollectionName> = z.input<(typeof schemas)[C]>;

/** A schema-valid entry of `collection`; throws (with zod's message) if `input` is not valid. */
export function entry<C extends CollectionName>(collection: C, id: string, input: EntryInput<C>): CorpusEntry {
  return corpusEntry(collection, id, schemas[collection].parse(input));
}

/** A primary source citation, the minimum every entry but a source needs. */
export const cites = (source = 's', locator?: string) => [
  { source, grade: 'primary' as const, ...(locator ? { locator } : {}) },
];

export const source = (id: string, fields: Partial<EntryInput<'sources'>> = {}) =>
  entry('sources', id, {
    title: id.toUpperCase(),
    publisher: 'OSCE',
    kind: 'issuer',
    ...(fields.url ? {} : { urlNote: 'A test source without a public copy.' }),
    ...fields,
  });

export const body = (id: string, name: string, fields: Partial<EntryInput<'bodies'>> = {}) =>
  entry('bodies', id, { name, kind: 'decision-making-body', sources: cites(), ...fields });

export const decision = (id: string, symbol: string, adopted: string, fields: Partial<EntryInput<'decisions'>> = {}) =>
  entry('decisions', id, {
    title: id,
    symbol,
    body: 'pc',
    adopted,
    venue: 'Vienna',
    summary: `Summary of ${symbol}`,
    sources: cites(),
    ...fields,
  });

export const cbm = (number: number, introducedBy: string, title: string, fields: Partial<EntryInput<'cbms'>> = {}) =>
  entry('cbms', String(number).padStart(2, '0'), {
    number,
    title,
    introducedBy,
    summary: `Summary of CBM ${number}`,
    elements: [{ text: `What CBM ${number} asks`, source: 's', grade: 'secondary', locator: `item ${number}` }],
    sources: cites(),
    ...fields,
  });

export const event = (id: string, title: string, start: string, fields: Partial<EntryInput<'events'>> = {}) =>
  entry('events', id, {
    title,
    kind: 'workshop',
    start,
    organizers: ['pc'],
    summary: `Summary of ${title}`,
    sources: cites(),
    ...fields,
  });

export const activity = (id: string, title: string, start: string, fields: Partial<EntryInput<'activities'>> = {}) =>
  entry('activities', id, {
    title,
    kind: 'project',
    body: 'pc',
    start,
    summary: `Summary of ${title}`,
    sources: cites(),
    ...fields,
  });

export const graphOf = (...entries: CorpusEntry[]): Graph => buildGraph(entries);

/** A small corpus with the real corpus's shape and values (see the module comment). */
export function sampleCorpus(): Graph {
  return graphOf(...sampleEntries());
}

/** The entries of the sample corpus, for a test that adds to them or changes one. */
export function sampleEntries(): CorpusEntry[] {
  return [
    source('s', { title: 'Seed page', publisher: 'OSCE Secretariat', kind: 'seed' }),
    source('pc-dec-1202', {
      title: 'PC.DEC/1202',
      symbol: 'PC.DEC/1202',
      published: '2016-03-10',
      url: 'https://www.osce.org/pc/227281',
      accessed: '2026-12-01',
    }),
    body('osce', 'OSCE', { kind: 'organisation' }),
    body('pc', 'Permanent Council', { parent: 'osce' }),
    body('mc', 'Ministerial Council', { parent: 'osce' }),
    entry('states', 'ukraine', { name: 'Ukraine', status: 'participating', sources: cites() }),
    entry('states', 'japan', { name: 'Japan', status: 'asian-partner', sources: cites() }),
    decision('pc-1106', 'PC.DEC/1106', '2013-12-03', { title: 'Initial set of OSCE CBMs' }),
    decision('pc-1202', 'PC.DEC/1202', '2016-03-10', {
      title: 'OSCE CBMs to reduce the risks of conflict',
      sources: cites('pc-dec-1202', 'Annex'),
      officialUrl: 'https://www.osce.org/pc/227281',
    }),
    decision('mc-5-16', 'MC.DEC/5/16', '2016-12-09', {
      title: 'OSCE efforts related to reducing the risks of conflict',
      body: 'mc',
      venue: 'Hamburg',
      cbms: [
        { cbm: 15, role: 'reaffirms' },
        { cbm: 2, role: 'references' },
      ],
      relations: [{ decision: 'pc-1202', type: 'endorses' }],
    }),
    cbm(1, 'pc-1106', 'Views on threats'),
    cbm(2, 'pc-1106', 'Co-operation', { themes: ['co-operation'] }),
    cbm(15, 'pc-1202', 'Critical infrastructure', {
      themes: ['critical-infrastructure', 'co-operation'],
      related: [2],
      sources: cites('pc-dec-1202', 'Annex, CBM 15'),
    }),
    event('ukraine-workshop', 'Incident classification workshop', '2025-01-29', {
      cbms: [15],
      countries: ['ukraine'],
      location: { city: 'Kyiv', state: 'ukraine' },
      participants: { total: 15, women: 2, men: 13 },
      sourceNotes: [
        {
          field: 'start',
          kind: 'inference',
          claim: 'Gives only January 2025',
          source: 's',
          resolution: 'Follows the programme',
        },
      ],
    }),
    event('conference', 'Chairmanship conference', '2017-11-03', {
      end: '2017-11-04',
      kind: 'conference',
      cbms: [15],
      sourceNotes: [{ field: 'start', claim: 'Says 2019', source: 's', resolution: 'Follows 2017' }],
    }),
    activity('project', 'Severity scales project', '2016', { ongoing: true, cbms: [15, 2] }),
    entry('documents', 'minsk-declaration', {
      title: 'Minsk Declaration',
      kind: 'declaration',
      issuer: 'pc',
      date: '2017-07',
      summary: 'Declaration',
      cbms: [15],
      sources: cites(),
    }),
  ];
}
