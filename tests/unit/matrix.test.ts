import { describe, expect, it } from 'vitest';
import { buildGraph, type PlainEntry } from '../../src/lib/graph.ts';
import { buildMatrix, matrixRecords } from '../../src/lib/matrix.ts';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';

const src = [{ source: 's', grade: 'primary' }];
const e = (collection: CollectionName, id: string, input: Record<string, unknown>): PlainEntry => ({
  collection,
  id,
  data: schemas[collection].parse(input) as Record<string, unknown>,
});
const decision = (id: string, symbol: string, adopted: string, cbms: unknown[] = []) =>
  e('decisions', id, { title: id, symbol, body: 'pc', adopted, venue: 'Vienna', summary: 'S', cbms, sources: src });

const entries: PlainEntry[] = [
  decision('mc-5-16', 'MC.DEC/5/16', '2016-12-09', [{ cbm: 1, role: 'reaffirms' }, { cbm: 2, role: 'references' }]),
  decision('pc-1106', 'PC.DEC/1106', '2013-12-03'),
  decision('pc-1202', 'PC.DEC/1202', '2016-03-10', [{ cbm: 1, role: 'reaffirms' }]),
  e('cbms', '02', { number: 2, title: 'Co-operation', introducedBy: 'pc-1106', summary: 'S', sources: src }),
  e('cbms', '01', { number: 1, title: 'Views', introducedBy: 'pc-1106', summary: 'S', sources: src }),
  e('events', 'w', { title: 'W', kind: 'workshop', start: '2017', organizers: ['x'], cbms: [1, 1], summary: 'S', sources: src }),
  e('events', 'v', { title: 'V', kind: 'workshop', start: '2018', organizers: ['x'], cbms: [1], summary: 'S', sources: src }),
  e('activities', 'a', { title: 'A', kind: 'project', body: 'x', start: '2018', cbms: [2], summary: 'S', sources: src }),
];

describe('the CBM-to-decision matrix', () => {
  const matrix = buildMatrix(buildGraph(entries));

  it('puts decisions in date order and measures in number order', () => {
    expect(matrix.columns.map((c) => c.label)).toEqual(['PC 1106', 'PC 1202', 'MC 5/16']);
    expect(matrix.rows.map((r) => r.cbm)).toEqual([1, 2]);
  });

  it('says introduced, reaffirmed or referenced, and links to the exact place', () => {
    const [one, two] = matrix.rows;
    expect(one!.cells.map((c) => c.role)).toEqual(['introduced', 'reaffirmed', 'reaffirmed']);
    expect(one!.cells[0]!.href).toBe('/decisions/pc-1106/#cbm-1');
    expect(two!.cells.map((c) => c.role)).toEqual(['introduced', null, 'referenced']);
    expect(two!.cells[1]!.href).toBeNull();
  });

  it('counts distinct events and activities per measure', () => {
    expect(matrix.rows.map((r) => [r.events, r.activities])).toEqual([[2, 0], [0, 1]]);
  });

  it('flattens to one record per measure for CSV and JSON', () => {
    expect(matrixRecords(matrix)[1]).toEqual({ cbm: 2, title: 'Co-operation', 'PC.DEC/1106': 'introduced', 'PC.DEC/1202': '', 'MC.DEC/5/16': 'referenced', events: 0, activities: 1 });
  });
});
