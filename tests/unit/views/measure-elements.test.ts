import { describe, expect, it } from 'vitest';
import { measureElements } from '../../../src/lib/views/measure-elements.ts';
import { cbm, decision, graphOf, source } from '../../helpers/entries.ts';

describe("a measure's elements", () => {
  it('lists each element with its source, locator and grade, and says what no readable copy shows', () => {
    const graph = graphOf(
      decision('pc-1106', 'PC.DEC/1106', '2013-12-03'),
      source('s'),
      source('eucyberdirect', { title: 'Initial set of OSCE CBMs', publisher: 'EU Cyber Direct', kind: 'secondary' }),
      cbm(8, 'pc-1106', 'Contact points', {
        elements: [
          { text: 'Name a contact point.', source: 'eucyberdirect', grade: 'secondary', locator: 'item 8' },
          { text: 'Share contact data of national structures.', source: 'eucyberdirect', grade: 'secondary' },
        ],
        notShown: 'the rest of the measure.',
      }),
    );
    expect(measureElements(graph.get('cbms', '08')!, graph)).toEqual({
      items: [
        {
          text: 'Name a contact point.',
          source: { href: '/sources/eucyberdirect/', text: 'Initial set of OSCE CBMs' },
          locator: 'item 8',
          grade: 'secondary',
        },
        {
          text: 'Share contact data of national structures.',
          source: { href: '/sources/eucyberdirect/', text: 'Initial set of OSCE CBMs' },
          grade: 'secondary',
        },
      ],
      notShown: 'the rest of the measure.',
    });
  });

  it('has no "not shown" notice where the readable copies show the whole measure', () => {
    const graph = graphOf(decision('pc-1106', 'PC.DEC/1106', '2013-12-03'), source('s'), cbm(1, 'pc-1106', 'One'));
    expect(measureElements(graph.get('cbms', '01')!, graph)).toEqual({
      items: [
        { text: 'What CBM 1 asks', source: { href: '/sources/s/', text: 'S' }, locator: 'item 1', grade: 'secondary' },
      ],
    });
  });
});
