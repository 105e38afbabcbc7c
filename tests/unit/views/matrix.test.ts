import { describe, expect, it } from 'vitest';
import { buildMatrix, matrixRecords } from '../../../src/lib/views/matrix.ts';
import { matrixCsv, matrixJson } from '../../../src/lib/views/exports.ts';
import { activity, cbm, decision, event, graphOf, sampleCorpus } from '../../helpers/entries.ts';

describe('the CBM-to-decision matrix', () => {
  const matrix = buildMatrix(
    graphOf(
      decision('mc-5-16', 'MC.DEC/5/16', '2016-12-09', {
        cbms: [
          { cbm: 1, role: 'reaffirms' },
          { cbm: 2, role: 'references' },
        ],
      }),
      decision('pc-1106', 'PC.DEC/1106', '2013-12-03'),
      decision('pc-1202', 'PC.DEC/1202', '2016-03-10', { cbms: [{ cbm: 1, role: 'reaffirms' }] }),
      cbm(2, 'pc-1106', 'Co-operation'),
      cbm(1, 'pc-1106', 'Views'),
      event('w', 'W', '2017', { cbms: [1, 1] }),
      event('v', 'V', '2018', { cbms: [1] }),
      activity('a', 'A', '2018', { cbms: [2] }),
    ),
  );

  it('puts decisions in date order and measures in number order', () => {
    expect(matrix.columns.map((c) => [c.label, c.adoptedText])).toEqual([
      ['PC 1106', '3 December 2013'],
      ['PC 1202', '10 March 2016'],
      ['MC 5/16', '9 December 2016'],
    ]);
    expect(matrix.rows.map((r) => r.cbm)).toEqual([1, 2]);
  });

  it('says introduced, reaffirmed or referenced, and links to the exact place', () => {
    const [one, two] = matrix.rows;
    expect(one!.cells.map((c) => c.role)).toEqual(['introduced', 'reaffirmed', 'reaffirmed']);
    expect(one!.cells.map((c) => c.href)).toEqual([
      '/decisions/pc-1106/#cbm-1',
      '/decisions/pc-1202/',
      '/decisions/mc-5-16/',
    ]);
    expect(two!.cells.map((c) => c.role)).toEqual(['introduced', null, 'referenced']);
    expect(two!.cells[1]!.href).toBeNull();
  });

  it('counts distinct events and activities per measure', () => {
    expect(matrix.rows.map((r) => [r.events, r.activities])).toEqual([
      [2, 0],
      [0, 1],
    ]);
  });

  it('flattens to one record per measure for CSV and JSON', () => {
    expect(matrixRecords(matrix)[1]).toEqual({
      cbm: 2,
      title: 'Co-operation',
      'PC.DEC/1106': 'introduced',
      'PC.DEC/1202': '',
      'MC.DEC/5/16': 'referenced',
      events: 0,
      activities: 1,
      read_as_practice: 0,
    });
    expect(matrixCsv(matrix).split('\n')[0]).toBe(
      'cbm,title,PC.DEC/1106,PC.DEC/1202,MC.DEC/5/16,events,activities,read_as_practice',
    );
    expect(matrixJson(matrix).rows[0]).toEqual({
      cbm: 1,
      title: 'Views',
      cells: { 'PC.DEC/1106': 'introduced', 'PC.DEC/1202': 'reaffirmed', 'MC.DEC/5/16': 'reaffirmed' },
      inferred: [],
      events: 2,
      activities: 0,
      read_as_practice: 0,
    });
  });

  it('marks a role that rests on an inference note, item by item or for the whole list', () => {
    const inferred = buildMatrix(
      graphOf(
        decision('pc-1106', 'PC.DEC/1106', '2013-12-03'),
        decision('mc-5-16', 'MC.DEC/5/16', '2016-12-09', {
          cbms: [
            { cbm: 1, role: 'reaffirms' },
            { cbm: 2, role: 'reaffirms' },
          ],
          sourceNotes: [
            {
              field: 'cbms[1]',
              kind: 'inference',
              claim: 'The decision endorses the set.',
              source: 'pc-dec-1106',
              resolution: 'Read as reaffirming.',
            },
          ],
        }),
        cbm(1, 'pc-1106', 'Views'),
        cbm(2, 'pc-1106', 'Co-operation'),
      ),
    );
    expect(inferred.rows.map((r) => r.cells.map((c) => c.inferred))).toEqual([
      [false, false],
      [false, true],
    ]);
    expect(matrixRecords(inferred)[1]).toMatchObject({ 'MC.DEC/5/16': 'reaffirmed (inferred)' });
    expect(matrixJson(inferred).rows[1]).toMatchObject({ inferred: ['MC.DEC/5/16'] });
  });

  it('links CBM 15 to its paragraph in PC.DEC/1202 in the sample corpus', () => {
    const row = buildMatrix(sampleCorpus()).rows.find((r) => r.cbm === 15)!;
    expect(row.cells.filter((c) => c.role).map((c) => [c.decision, c.role, c.href])).toEqual([
      ['pc-1202', 'introduced', '/decisions/pc-1202/#cbm-15'],
      ['mc-5-16', 'reaffirmed', '/decisions/mc-5-16/'],
    ]);
  });
});
