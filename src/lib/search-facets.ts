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
 * filter files), so it always names the same pages as the index (src/build/search-index.ts), and
 * written split (`splitTable`): its head into the search page, the sources' roles into small files,
 * and the facets and the order by date into the facet file, without the page ids (Pagefind gives
 * them); the page fetches each only when a search needs it (src/client/search/tables.ts) and reads
 * it with src/client/search-facets.ts.
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
  /**
   * The rows newest first (by the `sortdate` filter, then by row; rows with no date last): the
   * order of "newest first" and of browsing (src/client/search-facets.ts, `newestFirst`).
   */
  newest: number[];
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
  const isSource = sourcePages(facets);
  return {
    pagefind,
    ids: [...ids],
    facets,
    citedBy: citedBy(
      filters.find((f) => f.name === 'cites'),
      isSource,
    ),
    newest: newestRows(
      ids.length,
      filters.find((f) => f.name === 'sortdate'),
    ),
  };
}

/** Whether a row is a source's page: its Type is `Source`. */
function sourcePages(facets: Record<string, FacetColumn>): (row: number) => boolean {
  const type = facets['type'];
  const source = type?.values.indexOf('Source') ?? -1;
  return (row) => source >= 0 && Boolean(type?.pages[row]?.includes(source));
}

/** The rows by date, newest first, then by row; rows the filter does not date come last. */
function newestRows(pages: number, dates: PagefindFilter | undefined): number[] {
  const dateOf: (string | undefined)[] = new Array<string | undefined>(pages);
  for (const [date, members] of dates?.values ?? []) for (const p of members) dateOf[p] = date;
  const rows = Array.from({ length: pages }, (_, i) => i);
  return rows.sort((a, b) => {
    const x = dateOf[a];
    const y = dateOf[b];
    if (x === y) return a - b;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return x < y ? 1 : -1;
  });
}

/**
 * What the search page needs before any file is fetched, written into its HTML by the build
 * (`data-search-head`): how many pages the index holds and a digest of their ids (the page reads
 * the ids from Pagefind itself, src/client/search/tables.ts), where the sources' rows are, and
 * the files that hold the rest.
 */
export interface SearchHead {
  /** Pages in the index. */
  pages: number;
  /** `idsDigest` of the index's page ids, in metadata order (src/client/search/tables.ts). */
  digest: string;
  /** The rows of sources' pages, as `[from, to)` ranges in row order. */
  sources: [number, number][];
  /** Sources per roles file: the k-th source (in row order) is in file `Math.floor(k / chunk)`. */
  chunk: number;
  /** The roles files' name without the number and `.json` (`cybercbm-roles.`, `cybercbm-roles.ru.`). */
  roles: string;
  /** The facet file's name (`cybercbm-facets.json`). */
  facets: string;
  /** The first rows of `newest`: the page's first screen when it opens with nothing to search (browsing). */
  newest: number[];
}

/** How many of the newest rows the head carries: one page of the search page's results. */
export const HEAD_NEWEST = 10;

/** The facet file: the table without the ids (Pagefind gives them) and without `citedBy` (in the roles files). */
export type FacetFile = Omit<FacetTable, 'ids' | 'citedBy'> & { pages: number; digest: string };

/** Sources per roles file. */
export const ROLES_CHUNK = 128;

/**
 * Splits a table into what the search page fetches only when it needs it: the head (in the page),
 * the roles files (`citedBy` of `chunk` sources each, fetched for the sources among the results
 * drawn) and the facet file (fetched when facets are shown or results are ordered by date).
 */
export function splitTable(
  table: FacetTable,
  digest: string,
  pagefindLanguage: string,
  chunk = ROLES_CHUNK,
): { head: SearchHead; roles: Record<string, number[]>[]; facets: FacetFile } {
  const isSource = sourcePages(table.facets);
  const sources: [number, number][] = [];
  const roles: Record<string, number[]>[] = [];
  let k = 0;
  table.ids.forEach((_, row) => {
    if (!isSource(row)) return;
    const last = sources.at(-1);
    if (last && last[1] === row) last[1] = row + 1;
    else sources.push([row, row + 1]);
    const file = Math.floor(k++ / chunk);
    roles[file] ??= {};
    const citing = table.citedBy[String(row)];
    if (citing) roles[file][String(row)] = citing;
  });
  const { ids, citedBy: _, ...rest } = table;
  return {
    head: {
      pages: ids.length,
      digest,
      sources,
      chunk,
      roles: rolesPrefixOf(pagefindLanguage),
      facets: facetFileOf(pagefindLanguage),
      newest: table.newest.slice(0, HEAD_NEWEST),
    },
    roles,
    facets: { ...rest, pages: ids.length, digest },
  };
}

/** The roles files of one language's index: `<prefix><n>.json`. */
export function rolesPrefixOf(pagefindLanguage: string): string {
  return pagefindLanguage === 'en-gb' ? 'cybercbm-roles.' : `cybercbm-roles.${pagefindLanguage}.`;
}

/** The facet table of one language's index, beside it in `pagefind/`: English keeps its first name. */
export function facetFileOf(pagefindLanguage: string): string {
  return pagefindLanguage === 'en-gb' ? 'cybercbm-facets.json' : `cybercbm-facets.${pagefindLanguage}.json`;
}
