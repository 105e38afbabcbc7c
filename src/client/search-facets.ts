// Filters, facet counts and orders for the search page, from the facet table the build writes beside
// the Pagefind index (its shape and why it exists: src/lib/search-facets.ts; how the page fetches
// it: src/client/search/tables.ts).
// Pagefind is asked for the query alone; this keeps the results that pass the chosen values and
// counts every facet's values in one pass over them.
import type { FacetTable } from '../lib/search-facets.ts';

const rowIndexes = new WeakMap<readonly string[], Map<string, number>>();

/** The table's row of each page id, made once per list of ids (the page's tables share it: search/tables.ts). */
export function rowsById(table: Pick<FacetTable, 'ids'>): Map<string, number> {
  let map = rowIndexes.get(table.ids);
  if (!map) {
    map = new Map(table.ids.map((id, i) => [id, i]));
    rowIndexes.set(table.ids, map);
  }
  return map;
}

/** Each row's place in `newest`, made once per table. */
const ranks = new WeakMap<readonly number[], number[]>();

/**
 * The results newest first (the table's `newest` order: by date, then by the index's own order);
 * a result the table does not know comes last.
 */
export function newestFirst<R extends { id: string }>(
  table: Pick<FacetTable, 'ids' | 'newest'>,
  results: readonly R[],
): R[] {
  const row = rowsById(table);
  let rank = ranks.get(table.newest);
  if (!rank) {
    rank = new Array<number>(table.ids.length);
    for (const [i, r] of table.newest.entries()) rank[r] = i;
    ranks.set(table.newest, rank);
  }
  const at = (r: R) => rank[row.get(r.id) ?? -1] ?? table.ids.length;
  return results
    .map((r, i) => [r, at(r), i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([r]) => r);
}

/**
 * Keeps the results that have, in every facet with chosen values, at least one of them (values of
 * one facet combine with "any", facets with "all"), in the order given; and counts each facet
 * value: how many results would be kept with that value chosen and the other facets' choices as
 * they are. A result that fails exactly one facet still counts in that facet.
 * A result the table does not know (an index and table from different builds) is never kept.
 *
 * @param results Pagefind's results, in its order
 * @param chosen the chosen values by facet name
 */
export function filterAndCount<R extends { id: string }>(
  table: Pick<FacetTable, 'ids' | 'facets'>,
  results: readonly R[],
  chosen: Readonly<Record<string, readonly string[]>>,
): { kept: R[]; counts: Record<string, Record<string, number>>; unknown: number } {
  const row = rowsById(table);
  const names = Object.keys(table.facets);
  const columns = names.map((name) => table.facets[name]!);
  const wanted = names.map((name, f) => {
    const values = chosen[name] ?? [];
    return values.length ? new Set(values.map((v) => columns[f]!.values.indexOf(v))) : null;
  });
  const tallies = columns.map((c): number[] => new Array<number>(c.values.length).fill(0));
  const kept: R[] = [];
  let unknown = 0;
  for (const result of results) {
    const r = row.get(result.id);
    if (r === undefined) {
      unknown++;
      continue;
    }
    let missed = -1;
    let misses = 0;
    for (let f = 0; f < columns.length && misses < 2; f++) {
      const want = wanted[f];
      if (want && !columns[f]!.pages[r]!.some((v) => want.has(v))) {
        misses++;
        missed = f;
      }
    }
    if (misses === 1) for (const v of columns[missed]!.pages[r]!) tallies[missed]![v]!++;
    if (misses) continue;
    kept.push(result);
    for (let f = 0; f < columns.length; f++) for (const v of columns[f]!.pages[r]!) tallies[f]![v]!++;
  }
  const counts: Record<string, Record<string, number>> = {};
  names.forEach((name, f) => {
    counts[name] = Object.fromEntries(columns[f]!.values.map((v, i) => [v, tallies[f]![i]!]));
  });
  return { kept, counts, unknown };
}

/**
 * Ranking by role: each source's page among the results moves to just below the first page that
 * cites it, if one is among them and ranks lower; everything else keeps Pagefind's order. A source
 * describes the entries citing it, and Pagefind, which sees a source's page as a few words that
 * all match, would otherwise rank it above them (README, "Search").
 */
export function groupSources<R extends { id: string }>(
  table: Pick<FacetTable, 'ids' | 'citedBy'>,
  results: readonly R[],
): R[] {
  const row = rowsById(table);
  const at = new Map<number, number>();
  results.forEach((r, i) => {
    const n = row.get(r.id);
    if (n !== undefined && !at.has(n)) at.set(n, i);
  });
  const under = new Map<number, R[]>();
  const moved = new Set<number>();
  results.forEach((r, i) => {
    const citing = table.citedBy?.[String(row.get(r.id))];
    if (!citing) return;
    const first = Math.min(...citing.map((c) => at.get(c) ?? Infinity));
    if (first === Infinity || first < i) return;
    under.set(first, [...(under.get(first) ?? []), r]);
    moved.add(i);
  });
  if (!moved.size) return [...results];
  return results.flatMap((r, i) => (moved.has(i) ? [] : [r, ...(under.get(i) ?? [])]));
}
