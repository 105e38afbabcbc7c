// Pagefind for the search page: loaded and initialised once, with the site's ranking, in the page
// itself (no worker), its filter indexes never loaded (the facet table does their job).

/** What the search page uses of a Pagefind result's data. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta?: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; anchor?: unknown; excerpt: string }[];
}

/** A result as Pagefind's search returns it: its id now, its data when asked. */
export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

/** The part of Pagefind's search API the page calls. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

/** Pagefind's entry script, a file of the built site (not bundled: the specifier is a variable). */
const PAGEFIND = '/pagefind/pagefind.js';

let ready: Promise<Pagefind> | undefined;
let warm = false;

/**
 * Until its WebAssembly is ready, each Pagefind call waits by polling every 50 ms from the moment
 * it is made. The same call started a few milliseconds apart polls at different moments, and the
 * first to find Pagefind ready does the work (Pagefind shares the fetches between the calls), so
 * the first search waits at most about 12 ms after the load rather than up to 50.
 */
function soonest<T>(call: () => Promise<T>): Promise<T> {
  if (warm) return call();
  return Promise.race([0, 12, 25, 37].map((ms) => new Promise((go) => setTimeout(go, ms)).then(call)));
}

/**
 * The site's Pagefind options (also used by the benchmark's "Pagefind alone", scripts/bench/search.ts,
 * so that it times Pagefind doing exactly the search page's work).
 * @param indexTag the build's tag, under which the page preloads Pagefind's entry file
 */
export function pagefindOptions(indexTag: string | undefined): Record<string, unknown> {
  return {
    highlightParam: 'highlight',
    excerptLength: 28,
    // The page preloads the entry file under this tag (Pagefind would otherwise add a new timestamp).
    metaCacheTag: indexTag,
    // In the page itself rather than a worker: the files the page preloads are then the ones
    // Pagefind uses, and each result's data() is a call, not a message round trip.
    noWorker: true,
    ranking: {
      // Short pages (a source's stub) must not outrank the decision they describe: length counts little.
      pageLength: 0.2,
      // Metadata Pagefind searches besides the body (see src/lib/search-meta.ts). A source's page
      // and reference material (glossary, frameworks, norms) carry their names as `label` and
      // `names`, weighted low: they must not outrank the record's entries on the same words.
      // The ASCII forms of words Pagefind does not fold (src/lib/search-fold.ts) weigh as body text,
      // or as a source's name on the pages found by name or as reference material.
      metaWeights: {
        title: 5,
        symbol: 6,
        aliases: 6,
        place: 2,
        by: 1,
        type: 0,
        date: 1,
        label: 0.5,
        names: 1,
        folded: 1,
        foldedLow: 0.5,
      },
    },
  };
}

/**
 * Pagefind, loaded and initialised once, resolved when its WebAssembly is ready. Its filter
 * indexes are never loaded: with them in memory every search would count every filter value.
 * @param indexTag the build's tag, under which the page preloads Pagefind's entry file
 */
export function loadPagefind(indexTag: string | undefined): Promise<Pagefind> {
  ready ??= (async () => {
    const pagefind = (await import(PAGEFIND)) as Pagefind;
    await pagefind.options(pagefindOptions(indexTag));
    await pagefind.init();
    // An empty query fetches nothing and returns once the WebAssembly is ready.
    await soonest(() => pagefind.search(''));
    warm = true;
    return pagefind;
  })();
  return ready;
}

/**
 * While the reader types, the index chunks of what is typed so far are fetched ahead. Pagefind
 * matches the last word as a prefix, and a prefix of one or two letters spans many chunks: a last
 * word shorter than this waits until it is longer, or until the search itself.
 */
const PRELOAD_MIN = 3;

/** What of a typed query is worth preloading: the query without a short last word. */
export function preloadable(q: string): string {
  const words = q.split(/\s+/);
  while (words.length && words.at(-1)!.length < PRELOAD_MIN) words.pop();
  return words.join(' ');
}
