import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetTable, type FacetTable } from '../../src/lib/search-facets.ts';
import { filterAndCount, groupSources } from '../../src/client/search-facets.ts';

/** Three pages, as Pagefind would list them, with two facets. */
const ids = ['en-gb_a', 'en-gb_b', 'en-gb_c'];
const filters = [
  { name: 'cbm', values: [['CBM 1', [0, 2]] as const, ['CBM 8', [2]] as const] },
  { name: 'type', values: [['Decision', [0]] as const, ['Event', [1, 2]] as const] },
];

describe('facet table', () => {
  it('turns value → pages round into page → values, in the facet order asked for', () => {
    expect(facetTable('1.6.0', ids, filters, ['type', 'cbm'])).toEqual({
      pagefind: '1.6.0',
      ids,
      facets: {
        type: { values: ['Decision', 'Event'], pages: [[0], [1], [1]] },
        cbm: { values: ['CBM 1', 'CBM 8'], pages: [[0], [], [0, 1]] },
      },
      citedBy: {},
    });
  });

  it('gives a facet no page has (Pagefind then writes no filter for it) no values', () => {
    expect(facetTable('1.6.0', ids, filters, ['type', 'year']).facets['year']).toEqual({
      values: [],
      pages: [[], [], []],
    });
  });

  it('fails on a page number past the end of the page list', () => {
    expect(() => facetTable('1.6.0', ids, [{ name: 'type', values: [['Event', [3]]] }], ['type'])).toThrow(
      /filter "type" names page 3, but the index has 3 pages/,
    );
  });
});

describe('filters and facet counts on the search page', () => {
  const table = facetTable('1.6.0', ids, filters, ['type', 'cbm']);
  const results = ids.map((id) => ({ id }));

  it('keeps every result, in order, and counts every value when nothing is chosen', () => {
    expect(filterAndCount(table, [...results].reverse(), {})).toEqual({
      kept: [{ id: 'en-gb_c' }, { id: 'en-gb_b' }, { id: 'en-gb_a' }],
      counts: { type: { Decision: 1, Event: 2 }, cbm: { 'CBM 1': 2, 'CBM 8': 1 } },
      unknown: 0,
    });
  });

  it("counts a facet's values as if each were chosen instead, the other facets' choices kept", () => {
    // Event pages with CBM 8: only c. Type counts ignore the type choice; CBM counts ignore CBM's.
    expect(filterAndCount(table, results, { type: ['Event'], cbm: ['CBM 8'] })).toEqual({
      kept: [{ id: 'en-gb_c' }],
      counts: { type: { Decision: 0, Event: 1 }, cbm: { 'CBM 1': 1, 'CBM 8': 1 } },
      unknown: 0,
    });
  });

  it('combines values of one facet with "any"; a value the table does not have matches nothing', () => {
    expect(filterAndCount(table, results, { type: ['Decision', 'Event'] }).kept).toHaveLength(3);
    expect(filterAndCount(table, results, { type: ['Treaty'] }).kept).toEqual([]);
  });

  it('never keeps a result the table does not know, and says how many there were', () => {
    const r = filterAndCount(table, [...results, { id: 'en-gb_z' }], {});
    expect(r.kept).toHaveLength(3);
    expect(r.unknown).toBe(1);
  });

  it('agrees with counting by brute force, one search per value, on any table and choice', () => {
    const arbitrary = fc
      .record({
        pages: fc.integer({ min: 0, max: 12 }),
        facets: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
      })
      .chain(({ pages, facets }) =>
        fc.record({
          pages: fc.constant(pages),
          // Each page's values in each facet (any subset), and the chosen values of each facet.
          rows: fc.array(fc.tuple(...facets.map((n) => fc.subarray([...Array(n).keys()]))), {
            minLength: pages,
            maxLength: pages,
          }),
          chosen: fc.tuple(...facets.map((n) => fc.subarray([...Array(n).keys()]))),
          facets: fc.constant(facets),
          results: fc.subarray([...Array(pages).keys()]),
        }),
      );
    fc.assert(
      fc.property(arbitrary, ({ pages, rows, chosen, facets, results }) => {
        const names = facets.map((_, f) => `f${f}`);
        const value = (f: number, v: number) => `v${f}-${v}`;
        const pageIds = [...Array(pages).keys()].map((p) => `p${p}`);
        const pf = facets.map((n, f) => ({
          name: names[f]!,
          values: [...Array(n).keys()].map(
            (v) => [value(f, v), rows.flatMap((row, p) => (row[f]!.includes(v) ? [p] : []))] as const,
          ),
        }));
        const t: FacetTable = facetTable('1.6.0', pageIds, pf, names);
        const choice = Object.fromEntries(names.map((name, f) => [name, chosen[f]!.map((v) => value(f, v))]));
        const passes = (p: number, c: Record<string, string[]>) =>
          names.every((name, f) => !c[name]!.length || rows[p]![f]!.some((v) => c[name]!.includes(value(f, v))));
        const got = filterAndCount(
          t,
          results.map((p) => ({ id: `p${p}` })),
          choice,
        );
        expect(got.kept.map((r) => r.id)).toEqual(results.filter((p) => passes(p, choice)).map((p) => `p${p}`));
        names.forEach((name, f) => {
          for (let v = 0; v < facets[f]!; v++) {
            // The value chosen instead of the facet's choices: a search of its own.
            const alone = { ...choice, [name]: [value(f, v)] };
            expect(got.counts[name]![value(f, v)], `${name} ${value(f, v)}`).toBe(
              results.filter((p) => passes(p, alone)).length,
            );
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('ranking by role', () => {
  // Pages 0 and 1 are sources; 2 cites source a, 3 cites a and b, 4 cites nothing.
  const pages = ['s-a', 's-b', 'e-2', 'e-3', 'e-4'];
  const roleFilters = [
    { name: 'type', values: [['Source', [0, 1]] as const, ['Event', [2, 3, 4]] as const] },
    { name: 'cites', values: [['a', [0, 2, 3]] as const, ['b', [1, 3]] as const, ['c', [4]] as const] },
  ];
  const table = facetTable('1.6.0', pages, roleFilters, ['type']);
  const order = (ids: string[]) =>
    groupSources(
      table,
      ids.map((id) => ({ id })),
    ).map((r) => r.id);

  it("reads, for each source's page, the pages citing it from the cites filter", () => {
    expect(table.citedBy).toEqual({ 0: [2, 3], 1: [3] });
  });

  it('moves a source just below the first page citing it, and leaves the rest in order', () => {
    expect(order(['s-a', 'e-4', 'e-3', 'e-2'])).toEqual(['e-4', 'e-3', 's-a', 'e-2']);
    expect(order(['s-a', 's-b', 'e-3'])).toEqual(['e-3', 's-a', 's-b']);
  });

  it('leaves a source where it is when no citing page is among the results, or one is above it', () => {
    expect(order(['s-a', 'e-4'])).toEqual(['s-a', 'e-4']);
    expect(order(['e-2', 's-a', 'e-4'])).toEqual(['e-2', 's-a', 'e-4']);
  });
});
