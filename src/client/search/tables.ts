// The search page's tables, fetched only as far as a search needs them (what they hold and why:
// src/lib/search-facets.ts). The page ids come from Pagefind itself: a search with no term and no
// filter lists every page in its metadata's order, the order of the table's rows; the build's
// digest of those ids, in the page's head, proves the table and the index belong together.
import type { FacetFile, FacetTable, SearchHead } from '../../lib/search-facets.ts';
import { groupSources, rowsById } from '../search-facets.ts';
import { idsDigest } from './digest.ts';
import type { Pagefind, PagefindResult } from './pagefind.ts';

/** The position of a row among the sources' rows (0 for the first source), or -1 when the row is no source's. */
export function sourceIndex(head: Pick<SearchHead, 'sources'>, row: number): number {
  let before = 0;
  for (const [from, to] of head.sources) {
    if (row < from) return -1;
    if (row < to) return before + row - from;
    before += to - from;
  }
  return -1;
}

export interface SearchTables {
  /** The table without its roles: ids, facets and `newest` (roles come with `ranked`). */
  full(): Promise<Omit<FacetTable, 'citedBy'>>;
  /**
   * The results ranked by role (`groupSources`), exact for the first `count` results that are no
   * source's (`Infinity`: all of them): only the roles files of the sources before them are
   * fetched. A source only ever moves down, so a source further down cannot change what comes before.
   */
  ranked<R extends PagefindResult>(results: readonly R[], count: number): Promise<R[]>;
  /**
   * Every page newest first, from Pagefind's list of every page (a search with no term, made once
   * for the ids too), as far as the head knows the order: its first rows (`head.newest`) in order,
   * then the rest in the index's order until `newestFirst` orders them with the facet file.
   * Returns every page in the index's order, the list, and how many of its first results are in
   * their final place.
   */
  browse(): Promise<{ all: PagefindResult[]; results: PagefindResult[]; exact: number }>;
}

/**
 * The tables of one language's index.
 * @param head the build's head (`data-search-head` on `#search-app`)
 * @param tag the build's tag, to bust caches as Pagefind's own files are
 */
export function searchTables(
  head: SearchHead | null,
  tag: string | undefined,
  pagefind: () => Promise<Pagefind>,
): SearchTables {
  if (!head) {
    const missing = () =>
      Promise.reject(new Error('the page has no data-search-head: the build step scripts/search-index.ts did not run'));
    return { full: missing, ranked: missing, browse: missing };
  }
  /** A promise kept for reuse, or forgotten if it fails, so that a later search tries again. */
  const retry = <T>(forget: () => void, promise: Promise<T>): Promise<T> => {
    promise.catch(forget);
    return promise;
  };
  const json = async <T>(file: string): Promise<T> => {
    const response = await fetch(`/pagefind/${file}?ts=${tag ?? ''}`);
    if (!response.ok) throw new Error(`/pagefind/${file} answered ${response.status}`);
    return (await response.json()) as T;
  };
  /** Every page, as Pagefind lists them for a search with no term: the table's rows, in order, with their ids. */
  let pages: Promise<{ all: PagefindResult[]; ids: string[] }> | undefined;
  const everyPage = () =>
    (pages ??= retry(
      () => (pages = undefined),
      pagefind().then(async (pf) => {
        const all = (await pf.search(null))?.results ?? [];
        const ids = all.map((r) => r.id);
        if (ids.length !== head.pages || idsDigest(ids) !== head.digest)
          throw new Error(
            `the search index lists ${ids.length} pages (digest ${idsDigest(ids)}), the page's table ${head.pages} (${head.digest}): they come from different builds`,
          );
        // The id-to-row map every ranking needs, made once the current task (the first drawing) is
        // done rather than in the reader's first query: 10,000 ids take several milliseconds.
        setTimeout(() => rowsById({ ids }));
        return { all, ids };
      }),
    ));
  const files = new Map<number, Promise<Record<string, number[]>>>();
  const rolesFile = (n: number) => {
    let file = files.get(n);
    if (!file)
      files.set(n, (file = retry(() => files.delete(n), json<Record<string, number[]>>(`${head.roles}${n}.json`))));
    return file;
  };
  const citedBy = async (numbers: Iterable<number>) =>
    Object.assign({}, ...(await Promise.all([...new Set(numbers)].map(rolesFile)))) as Record<string, number[]>;
  let facetFile: Promise<FacetFile> | undefined;
  return {
    async full() {
      facetFile ??= retry(() => (facetFile = undefined), json<FacetFile>(head.facets));
      const [table, { ids }] = await Promise.all([facetFile, everyPage()]);
      if (table.digest !== head.digest) throw new Error(`${head.facets} is from another build than this page`);
      return { pagefind: table.pagefind, ids, facets: table.facets, newest: table.newest };
    },
    async ranked(results, count) {
      const { ids } = await everyPage();
      const rows = rowsById({ ids });
      const numbers: number[] = [];
      let plain = 0;
      for (const result of results) {
        if (plain >= count) break;
        const k = sourceIndex(head, rows.get(result.id) ?? -1);
        if (k < 0) plain++;
        else numbers.push(Math.floor(k / head.chunk));
      }
      if (!numbers.length) return [...results];
      return groupSources({ ids, citedBy: await citedBy(numbers) }, results);
    },
    async browse() {
      const { all } = await everyPage();
      const first = head.newest.map((row) => all[row]!);
      const placed = new Set(head.newest);
      return { all, results: [...first, ...all.filter((_, row) => !placed.has(row))], exact: first.length };
    },
  };
}
