import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { facetTable, splitTable, type FacetTable } from '../../src/lib/search-facets.ts';
import { filterAndCount, groupSources, newestFirst } from '../../src/client/search-facets.ts';
import { idsDigest } from '../../src/client/search/digest.ts';
import { searchTables, sourceIndex } from '../../src/client/search/tables.ts';
import type { Pagefind } from '../../src/client/search/pagefind.ts';
import { withSearchHead } from '../../src/build/search-index.ts';

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
      newest: [0, 1, 2],
    });
  });

  it('orders the rows newest first by the sortdate filter, ties by row, undated rows last', () => {
    const dated = [
      ...filters,
      { name: 'sortdate', values: [['2016-12-09', [2]] as const, ['2016', [0]] as const, ['0000', [3]] as const] },
    ];
    const five = [...ids, 'en-gb_d', 'en-gb_e'];
    expect(facetTable('1.6.0', five, dated, ['type']).newest).toEqual([2, 0, 3, 1, 4]);
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

describe('newest first', () => {
  const table = { ids: ['a', 'b', 'c', 'd'], newest: [2, 0, 3, 1] };
  it("orders results by the table's newest rows, an unknown result last, in Pagefind's order among equals", () => {
    const got = newestFirst(
      table,
      ['a', 'x', 'b', 'c', 'y', 'd'].map((id) => ({ id })),
    ).map((r) => r.id);
    expect(got).toEqual(['c', 'a', 'd', 'b', 'x', 'y']);
  });
});

describe('the split tables', () => {
  // Rows 1, 2 and 4 are sources; 0 cites 1 and 4; 3 cites 2.
  const pages = ['e-0', 's-1', 's-2', 'e-3', 's-4'];
  const split = splitTable(
    facetTable(
      '1.6.0',
      pages,
      [
        { name: 'type', values: [['Event', [0, 3]] as const, ['Source', [1, 2, 4]] as const] },
        { name: 'cites', values: [['a', [0, 1]] as const, ['b', [2, 3]] as const, ['c', [0, 4]] as const] },
      ],
      ['type'],
    ),
    idsDigest(pages),
    'ru',
    2,
  );

  it('gives the head the sources as ranges of rows, the files by language, and the digest', () => {
    expect(split.head).toEqual({
      pages: 5,
      digest: idsDigest(pages),
      sources: [
        [1, 3],
        [4, 5],
      ],
      chunk: 2,
      roles: 'cybercbm-roles.ru.',
      facets: 'cybercbm-facets.ru.json',
      newest: [0, 1, 2, 3, 4],
    });
  });

  it("puts each source's citing rows in the roles file of its position among the sources", () => {
    expect(split.roles).toEqual([{ 1: [0], 2: [3] }, { 4: [0] }]);
    expect([0, 1, 2, 3, 4].map((row) => sourceIndex(split.head, row))).toEqual([-1, 0, 1, -1, 2]);
  });

  it('keeps neither ids nor roles in the facet file', () => {
    expect(Object.keys(split.facets).sort()).toEqual(['digest', 'facets', 'newest', 'pagefind', 'pages']);
  });

  it('digests ids as FNV-1a of their lines', () => {
    expect(idsDigest([])).toBe('811c9dc5');
    expect(idsDigest(['a'])).toBe('e40c292c');
    expect(idsDigest(['a', 'b'])).not.toBe(idsDigest(['b', 'a']));
  });

  it("writes the head onto the search page's #search-app, once, escaped for its attribute", () => {
    const page = '<div id="search-app" class="x">';
    const head = { ...split.head, roles: "it's" };
    const once = withSearchHead(page, head);
    expect(withSearchHead(once, head)).toBe(once);
    const json = /data-search-head='([^']*)'/.exec(once)![1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(JSON.parse(json)).toEqual(head);
    expect(() => withSearchHead('<div>', head)).toThrow(/no id="search-app"/);
  });
});

describe("the page's tables, fetched as far as needed", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A random corpus: which rows are sources, what cites what, and a result order. */
  const corpus = fc
    .record({
      kinds: fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
      cites: fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 40 }),
      chunk: fc.integer({ min: 1, max: 4 }),
      count: fc.integer({ min: 1, max: 12 }),
      // One number per row (at least as many as rows): whether the row is a result, and where.
      seed: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
    })
    .map(({ kinds, cites, chunk, count, seed }) => {
      const ids = kinds.map((source, i) => `${source ? 's' : 'e'}-${i}`);
      const sources = kinds.flatMap((s, i) => (s ? [i] : []));
      const values = sources.map((s) => {
        const citing = cites.filter(([, to]) => to % kinds.length === s).map(([from]) => from % kinds.length);
        return [`v${s}`, [...new Set([s, ...citing.filter((c) => !kinds[c])])].sort((a, b) => a - b)] as const;
      });
      const table = facetTable(
        '1.6.0',
        ids,
        [
          {
            name: 'type',
            values: [['Source', sources] as const, ['Event', kinds.flatMap((s, i) => (s ? [] : [i]))] as const],
          },
          { name: 'cites', values },
        ],
        ['type'],
      );
      const results = ids
        .filter((_, i) => seed[i]! % 3 !== 0)
        .sort((a, b) => (seed[ids.indexOf(a)]! % 7) - (seed[ids.indexOf(b)]! % 7));
      return {
        table,
        sources,
        chunk,
        count,
        results: results.map((id) => ({ id, data: async () => ({ url: id, excerpt: '' }) })),
      };
    });

  it('ranks the first results exactly as the whole table would, fetching only the roles files before them', async () => {
    await fc.assert(
      fc.asyncProperty(corpus, async ({ table, sources, chunk, count, results }) => {
        const { head, roles, facets } = splitTable(table, idsDigest(table.ids), 'en-gb', chunk);
        const fetched: string[] = [];
        vi.stubGlobal('fetch', async (url: string) => {
          const file = url.replace(/^\/pagefind\//, '').replace(/\?.*$/, '');
          fetched.push(file);
          const n = file.startsWith(head.roles) ? Number(file.slice(head.roles.length, -'.json'.length)) : NaN;
          const body = file === head.facets ? facets : roles[n];
          return { ok: body !== undefined, status: body ? 200 : 404, json: async () => body };
        });
        const pf = { search: async () => ({ results: table.ids.map((id) => ({ id })) }) } as unknown as Pagefind;
        const tables = searchTables(head, 't', async () => pf);
        const whole = groupSources(table, results).map((r) => r.id);
        const got = (await tables.ranked(results, count)).map((r) => r.id);
        // Exact up to the count-th result that is no source's (and at least `count` results).
        const upTo = whole.findIndex(
          (id, i) => whole.slice(0, i + 1).filter((x) => x.startsWith('e')).length === count,
        );
        const n = upTo < 0 ? whole.length : upTo + 1;
        expect(got.slice(0, n)).toEqual(whole.slice(0, n));
        // Exactly the roles files of the sources before the count-th other result, each once.
        const needed = new Set<string>();
        let plain = 0;
        for (const { id } of results) {
          if (plain >= count) break;
          const row = table.ids.indexOf(id);
          if (sources.includes(row)) needed.add(`${head.roles}${Math.floor(sources.indexOf(row) / chunk)}.json`);
          else plain++;
        }
        expect(fetched.sort()).toEqual([...needed].sort());
        expect((await tables.ranked(results, Infinity)).map((r) => r.id)).toEqual(whole);
        expect(fetched).not.toContain(head.facets);
        const full = await tables.full();
        expect(full).toEqual({ pagefind: '1.6.0', ids: table.ids, facets: table.facets, newest: table.newest });
      }),
      { numRuns: 200 },
    );
  });

  it("browses newest first as far as the head knows, then the rest in the index's order, and says how far", async () => {
    const ids = [...Array(14).keys()].map((i) => `p${i}`);
    // Page i is dated 2000 + i: the newest is the last row.
    const dated = [{ name: 'sortdate', values: ids.map((_, i) => [String(2000 + i), [i]] as const) }];
    const table = facetTable('1.6.0', ids, dated, ['type']);
    const { head } = splitTable(table, idsDigest(ids), 'en-gb');
    expect(head.newest).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4]);
    const all = ids.map((id) => ({ id, data: async () => ({ url: id, excerpt: '' }) }));
    const pf = { search: async () => ({ results: all }) } as unknown as Pagefind;
    const { results, exact } = await searchTables(head, 't', async () => pf).browse();
    expect(exact).toBe(10);
    expect(results.map((r) => r.id)).toEqual([...head.newest.map((r) => `p${r}`), 'p0', 'p1', 'p2', 'p3']);
    expect(results.slice(0, exact)).toEqual(newestFirst(table, all).slice(0, exact));
  });

  it('fetches a roles file again after it failed once, rather than keeping the failure', async () => {
    const ids = ['e-0', 's-1'];
    const table = facetTable(
      '1.6.0',
      ids,
      [
        { name: 'type', values: [['Event', [0]] as const, ['Source', [1]] as const] },
        { name: 'cites', values: [['a', [0, 1]] as const] },
      ],
      ['type'],
    );
    const { head, roles } = splitTable(table, idsDigest(ids), 'en-gb');
    let calls = 0;
    vi.stubGlobal('fetch', async () => {
      calls++;
      return calls === 1 ? { ok: false, status: 503 } : { ok: true, status: 200, json: async () => roles[0] };
    });
    const pf = { search: async () => ({ results: ids.map((id) => ({ id })) }) } as unknown as Pagefind;
    const tables = searchTables(head, 't', async () => pf);
    const results = [{ id: 's-1' }, { id: 'e-0' }].map((r) => ({
      ...r,
      data: async () => ({ url: r.id, excerpt: '' }),
    }));
    await expect(tables.ranked(results, 1)).rejects.toThrow(/answered 503/);
    expect((await tables.ranked(results, 1)).map((r) => r.id)).toEqual(['e-0', 's-1']);
    expect(calls).toBe(2);
  });

  it('refuses an index whose page ids are not the ones the build digested', async () => {
    const head = splitTable(facetTable('1.6.0', ['a', 'b'], [], ['type']), idsDigest(['a', 'b']), 'en-gb').head;
    const pf = { search: async () => ({ results: [{ id: 'b' }, { id: 'a' }] }) } as unknown as Pagefind;
    await expect(searchTables(head, 't', async () => pf).ranked([], 10)).rejects.toThrow(/different builds/);
  });
});
