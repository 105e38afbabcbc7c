/**
 * The search page's facet table: for every page in the Pagefind index, the values it has in each
 * filter (type, year, body, measure), keyed by the id Pagefind gives the page in search results.
 *
 * Why not Pagefind's own filters: once its filter indexes are loaded, every Pagefind search counts
 * every filter value against the results, twice (with and without the chosen filters), which on a large corpus costs a query that matches
 * most pages several times its search (BENCHMARKS.md). With this table the
 * search page asks Pagefind for the query alone, then keeps the results that pass the chosen
 * filters and counts the facets itself in one pass (a few milliseconds); the table is about the
 * size of Pagefind's filter files, which are then never fetched. The table is read from the index Pagefind wrote (its metadata and
 * filter files), so it always names the same pages as the index (src/build/search-index.ts); the
 * page reads it with src/client/search-facets.ts.
 */

/** A filter as Pagefind stores it: each value with the positions of its pages in the metadata's page list. */
export interface PagefindFilter {
  name: string;
  values: readonly (readonly [value: string, pages: readonly number[]])[];
}

/** One facet of the table: its values, and for each page (in `ids` order) the indexes of its values. */
export interface FacetColumn {
  values: string[];
  pages: number[][];
}

export interface FacetTable {
  /** The Pagefind version whose index the table was read from. */
  pagefind: string;
  /** Pagefind's page ids (its results' `id`), in the order of its metadata file. */
  ids: string[];
  /** Facets by filter name, in the order given. */
  facets: Record<string, FacetColumn>;
  /**
   * Ranking by role: for each source's page (by its row), the rows of the pages that cite it. The
   * search page ranks a source's page just below the first of them among the results
   * (src/client/search-facets.ts, `groupSources`): a record entry outranks the sources that describe it.
   */
  citedBy: Record<string, number[]>;
}

/**
 * For each source's page, the pages citing it, from Pagefind's `cites` filter (a source's page
 * carries its own id, every other page the ids of the sources it cites: src/lib/search-meta.ts).
 * @param isSource whether the page of a row is a source's
 */
export function citedBy(
  cites: PagefindFilter | undefined,
  isSource: (row: number) => boolean,
): Record<string, number[]> {
  const groups: Record<string, number[]> = {};
  for (const [, members] of cites?.values ?? []) {
    const sources = members.filter(isSource);
    const citing = members.filter((p) => !isSource(p));
    if (citing.length) for (const s of sources) groups[s] = [...(groups[s] ?? []), ...citing].sort((a, b) => a - b);
  }
  return groups;
}

/**
 * Turns Pagefind's filters (value → pages) round into the table (page → values).
 * @param ids the page ids of Pagefind's metadata file, in its order (a filter's page numbers index it)
 * @param order the facets to keep, in the order the search page shows them; each must be in `filters`
 */
export function facetTable(
  pagefind: string,
  ids: readonly string[],
  filters: readonly PagefindFilter[],
  order: readonly string[],
): FacetTable {
  const facets: Record<string, FacetColumn> = {};
  for (const name of order) {
    // Pagefind writes no filter that no page has (a corpus with no measure yet): an empty facet.
    const filter = filters.find((f) => f.name === name) ?? { name, values: [] };
    const pages = ids.map((): number[] => []);
    filter.values.forEach(([, members], v) => {
      for (const p of members) {
        const row = pages[p];
        if (!row)
          throw new Error(`search facets: filter "${name}" names page ${p}, but the index has ${ids.length} pages`);
        row.push(v);
      }
    });
    facets[name] = { values: filter.values.map(([value]) => value), pages };
  }
  const type = facets['type'];
  const source = type?.values.indexOf('Source') ?? -1;
  const isSource = (row: number) => source >= 0 && Boolean(type?.pages[row]?.includes(source));
  return {
    pagefind,
    ids: [...ids],
    facets,
    citedBy: citedBy(
      filters.find((f) => f.name === 'cites'),
      isSource,
    ),
  };
}

/** The facet table of one language's index, beside it in `pagefind/`: English keeps its first name. */
export function facetFileOf(pagefindLanguage: string): string {
  return pagefindLanguage === 'en-gb' ? 'cybercbm-facets.json' : `cybercbm-facets.${pagefindLanguage}.json`;
}
