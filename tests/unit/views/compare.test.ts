import { describe, expect, it } from 'vitest';
import { decision, graphOf, sampleCorpus } from '../../helpers/entries.ts';
import {
  ALL_PAIRS_UP_TO,
  compareItems,
  comparePage,
  decisionPairs,
  parseItems,
} from '../../../src/lib/views/compare.ts';

const graph = sampleCorpus();
const texts = (values: { text: string }[]) => values.map((v) => v.text);

describe('compare', () => {
  it('reads two or three known decisions, measures or States from the items value, in order, without repeats', () => {
    expect(parseItems(graph, 'decisions/pc-1106,decisions/pc-1202')).toEqual([
      'decisions/pc-1106',
      'decisions/pc-1202',
    ]);
    expect(
      parseItems(
        graph,
        'decisions/pc-1106,decisions/nope,events/conference,cbms/15,decisions/pc-1106,states/ukraine,states/japan',
      ),
    ).toEqual(['decisions/pc-1106', 'cbms/15', 'states/ukraine']);
    expect(parseItems(graph, null)).toEqual([]);
  });

  it('puts decisions side by side: the measures each introduced, and what the later one reaffirmed', () => {
    const page = comparePage(graph, ['decisions/pc-1106', 'decisions/pc-1202', 'decisions/mc-5-16']);
    expect(page.href).toBe('/compare/?items=decisions/pc-1106,decisions/pc-1202,decisions/mc-5-16');
    expect(page.columns.map((c) => c.label)).toEqual(['PC 1106', 'PC 1202', 'MC 5/16']);
    const row = (id: string) => page.rows.find((r) => r.id === id)!.cells;
    expect(row('introduced').map(texts)).toEqual([
      ['CBM 1: Views on threats', 'CBM 2: Co-operation'],
      ['CBM 15: Critical infrastructure'],
      [],
    ]);
    expect(row('reaffirmed')[2]).toEqual([
      { text: 'CBM 2: Co-operation', href: '/cbms/2/', note: 'referenced' },
      { text: 'CBM 15: Critical infrastructure', href: '/cbms/15/', note: 'reaffirmed' },
    ]);
    expect(row('metadata')[0]).toContainEqual({ text: 'Adopted: 3 December 2013' });
    expect(row('sources').map(texts)).toEqual([['Seed page'], ['PC.DEC/1202'], ['Seed page']]);
  });

  it('compares a measure with a State: introducing decision, events and activities', () => {
    const page = comparePage(graph, ['cbms/15', 'states/ukraine']);
    const row = (id: string) => page.rows.find((r) => r.id === id)!.cells;
    expect(row('introduced')[0]).toEqual([
      {
        text: 'PC 1202: OSCE CBMs to reduce the risks of conflict',
        href: '/decisions/pc-1202/#cbm-15',
        note: 'introduced by',
      },
    ]);
    expect(row('themes').map((c) => c.length)).toEqual([2, 0]);
    expect(texts(row('themes')[0]!)[0]).toBe('Critical infrastructure');
    expect(row('events').map(texts)).toEqual([
      ['Severity scales project', 'Chairmanship conference', 'Incident classification workshop'],
      ['Incident classification workshop'],
    ]);
    expect(row('reaffirmed')[1]).toEqual([
      { text: 'CBM 15: Critical infrastructure', href: '/cbms/15/', note: 'named by its events and activities' },
    ]);
  });

  it('pre-renders every pair of decisions once, in date order', () => {
    expect(decisionPairs(graph).map((p) => p.href)).toEqual([
      '/compare/decisions-pc-1106--decisions-pc-1202/',
      '/compare/decisions-pc-1106--decisions-mc-5-16/',
      '/compare/decisions-pc-1202--decisions-mc-5-16/',
    ]);
  });

  it('past the threshold, pre-renders only the pairs joined by a relation, so pages grow with the record, not its square', () => {
    const many = Array.from({ length: ALL_PAIRS_UP_TO + 1 }, (_, i) =>
      decision(`pc-${3000 + i}`, `PC.DEC/${3000 + i}`, `2020-01-${String(i + 1).padStart(2, '0')}`, {
        ...(i === 5 ? { relations: [{ decision: 'pc-3001', type: 'builds-on' }] } : {}),
        ...(i === 9 ? { relations: [{ decision: 'pc-3012', type: 'references' }] } : {}),
      }),
    );
    expect(decisionPairs(graphOf(...many)).map((p) => p.href)).toEqual([
      '/compare/decisions-pc-3001--decisions-pc-3005/',
      '/compare/decisions-pc-3009--decisions-pc-3012/',
    ]);
    expect(decisionPairs(graphOf(...many.slice(0, ALL_PAIRS_UP_TO)))).toHaveLength(66);
  });

  it("gives the page's script every comparable entry's column", () => {
    const items = compareItems(graph);
    expect(Object.keys(items.items)).toEqual(items.options.map((o) => o.key));
    expect(items.options.map((o) => o.group)).toEqual([
      'Decisions',
      'Decisions',
      'Decisions',
      'Confidence-building measures',
      'Confidence-building measures',
      'Confidence-building measures',
      'States',
      'States',
    ]);
    expect(items.items['decisions/pc-1202']).toEqual(
      comparePage(graph, ['decisions/pc-1202', 'decisions/pc-1106']).columns[0],
    );
  });
});
