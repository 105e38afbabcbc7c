// CyberCBM search page: Pagefind's search API (its index, ranking, excerpts, sub-results and
// highlighting) with the site's own result list. Pagefind 1.6's Default UI will not search an
// empty query, and readers here browse by filter alone, so the list is drawn by this script.
// State lives in the URL (search/state.ts). Filters, facet counts and the order by date come from
// the build's facet table, not from Pagefind's filters and sorts (why: src/lib/search-facets.ts);
// a search by relevance with no filter fetches no more of it than the roles its results need
// (search/tables.ts), and the facets stay one button until the reader opens them.
import { fill as fillText, resultsText, strings } from './search/strings.ts';
import type { SearchHead } from '../lib/search-facets.ts';
import type { FoldTable } from '../lib/search-fold.ts';
import { foldQuery } from './search/fold.ts';
import { filterAndCount, newestFirst } from './search-facets.ts';
import { loadPagefind, preloadable, type PagefindResult } from './search/pagefind.ts';
import { drawFacets, drawFacetsClosed, resultHtml, resultPlaceholder, type FacetView } from './search/render.ts';
import { searchTables } from './search/tables.ts';
import { arrowKeys } from './search/keys.ts';
import { readState, withValue, writeState, type SearchState, type Sort } from './search/state.ts';

const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching as the reader types. */
const TYPING_DELAY = 80;
/** The smallest height a result takes (px): how many results the first screen can hold. */
const RESULT_MIN_HEIGHT = 64;

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const app = byId('search-app');
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('q');
const facets = byId('facets');
const list = byId<HTMLOListElement>('results');
const status = byId('search-status');
const summary = byId('search-summary');
const more = byId<HTMLButtonElement>('load-more');
const sortButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-sort]')];
const empty = byId('search-empty');
const none = byId('search-none');

let results: PagefindResult[] = [];
/**
 * While the current results are in their final order only as far as drawn (ranked by role that
 * far, or browsing in the head's order), what puts them in order at least as far as `count`.
 */
let orderUpTo: ((count: number) => Promise<PagefindResult[]>) | null = null;
/** How many result lists have been drawn: "Load more" continues the list it was clicked under, or none. */
let drawn = 0;
/** Whether the facets are drawn: once filters are chosen, results ordered by date, or the reader opened them. */
let facetsOpen = false;
let shown = 0;
let run = 0;
let current: SearchState = { q: '', filters: {}, sort: 'relevance' };
let lastCounts: Record<string, Record<string, number>> = {};
/** Facets the reader opened with "show all", and what they typed in each facet's own box. */
const view: FacetView = { expanded: new Set(), narrowed: {} };

const indexTag = app.dataset['indexTag'];
/** The letters Pagefind does not fold, with their ASCII forms, as the build folded the pages' words. */
const foldTable = JSON.parse(app.dataset['fold'] ?? '{}') as FoldTable;
const pagefind = () => loadPagefind(indexTag);
/** The build's head of the tables (src/lib/search-facets.ts, `SearchHead`): the rest is fetched as needed. */
const tables = searchTables(JSON.parse(app.dataset['searchHead'] ?? 'null') as SearchHead | null, indexTag, pagefind);

function formState(): SearchState {
  const pressed = sortButtons.find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset['sort'];
  return { q: input.value.trim(), filters: current.filters, sort: (pressed as Sort | undefined) ?? 'relevance' };
}

/** Fills a result's placeholder with its data (Pagefind fetches the page's fragment). */
async function fill(li: HTMLElement, result: PagefindResult, state: SearchState) {
  const d = await result.data();
  if (!li.isConnected) return;
  li.dataset['date'] = d.meta?.['date'] ?? '';
  li.innerHTML = resultHtml(d, state);
  li.classList.remove('result-pending');
}

// Results below the first screen are placeholders until they come near it: only the fragments of
// results a reader can see are fetched.
const pending = new Map<Element, { result: PagefindResult; state: SearchState }>();
const nearScreen = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearScreen.unobserve(entry.target);
      const item = pending.get(entry.target);
      pending.delete(entry.target);
      if (item) void fill(entry.target as HTMLElement, item.result, item.state);
    }
  },
  { rootMargin: '200px 0px' },
);

/** How many results the rest of the first screen can hold. */
function firstScreen() {
  const top = list.getBoundingClientRect().top;
  return Math.max(1, Math.ceil((innerHeight - Math.max(0, top)) / RESULT_MIN_HEIGHT));
}

/**
 * Builds the next page of results: those on screen drawn at once (their fragments fetched first),
 * the others as placeholders filled as they near the screen. Returns the items to append.
 */
async function nextPage(state: SearchState, all: PagefindResult[], from: number, onScreen = PAGE_SIZE) {
  const slice = all.slice(from, from + PAGE_SIZE);
  const data = await Promise.all(slice.slice(0, onScreen).map((r) => r.data()));
  return slice.map((result, i) => {
    const li = resultPlaceholder();
    const d = data[i];
    if (d) {
      li.dataset['date'] = d.meta?.['date'] ?? '';
      li.innerHTML = resultHtml(d, state);
      li.classList.remove('result-pending');
    } else {
      pending.set(li, { result, state });
    }
    return li;
  });
}

function appendPage(items: HTMLLIElement[]) {
  list.append(...items);
  for (const li of items) if (pending.has(li)) nearScreen.observe(li);
  shown += items.length;
  const left = results.length - shown;
  more.hidden = left <= 0;
  more.textContent = fillText(strings.loadMore, { left, total: results.length });
}

/** Says that search failed, where the count would be, and rethrows for the console. */
function failed(error: unknown): never {
  const text = fillText(strings.failed, { error: error instanceof Error ? error.message : String(error) });
  summary.textContent = text;
  status.textContent = text;
  throw error;
}

/** Runs the search for a state and draws the facets and the first page of results together. */
async function search(state: SearchState) {
  const mine = ++run;
  try {
    await searchAndDraw(state, mine);
  } catch (error) {
    if (mine !== run) return; // a newer search has the page now
    failed(error);
  }
}

async function searchAndDraw(state: SearchState, mine: number) {
  current = state;
  input.value = state.q;
  for (const b of sortButtons) b.setAttribute('aria-pressed', String(b.dataset['sort'] === state.sort));
  const pf = await pagefind();
  if (mine !== run) return;
  const browsing = !state.q;
  // With no query Pagefind lists every page, and the table orders them newest first: browsing.
  const term = browsing ? null : foldQuery(state.q, foldTable);
  const byDate = state.sort === 'date' || browsing;
  // Browsing with no filter starts from the head's newest pages; a query by date needs the facet file.
  facetsOpen ||= (byDate && !browsing) || Object.keys(state.filters).length > 0;
  // Pagefind is asked for the query alone; the chosen filters, the counts and the order by date come from the table.
  const [table] = await Promise.all([facetsOpen ? tables.full() : null, term && pf.preload(term)]);
  if (mine !== run) return;
  // Browsing lists every page: the tables' own list of them (a search with no term, made once).
  const browse = browsing && !table ? await tables.browse() : null;
  const found = browse?.all ?? (await pf.search(term))?.results ?? [];
  if (mine !== run) return;
  let next: PagefindResult[];
  let order: typeof orderUpTo = null;
  let counts: Record<string, Record<string, number>> = {};
  if (table) {
    // By relevance, a source's page comes below the entries that cite it (src/client/search-facets.ts).
    const ordered = byDate ? newestFirst(table, found) : await tables.ranked(found, Infinity);
    if (mine !== run) return;
    let unknown: number;
    ({ kept: next, counts, unknown } = filterAndCount(table, ordered, state.filters));
    if (unknown)
      console.error(`search: ${unknown} results are not in the facet table (it was built with another index)`);
  } else if (browse) {
    const { results: listed, exact } = browse;
    next = listed;
    order = async (count) => (count <= exact ? listed : newestFirst(await tables.full(), found));
  } else {
    next = await tables.ranked(found, PAGE_SIZE);
    order = (count) => tables.ranked(found, count);
  }
  if (mine !== run) return;
  // The first screen is measured while the old results still hold the space.
  const onScreen = firstScreen();
  const items = await nextPage(state, next, 0, onScreen);
  if (mine !== run) return;
  // Everything changes in one synchronous step: facets, then results, then the summary.
  for (const li of list.children) {
    pending.delete(li);
    nearScreen.unobserve(li);
  }
  lastCounts = counts;
  if (table) drawFacets(facets, state, counts, view);
  else drawFacetsClosed(facets);
  results = next;
  orderUpTo = order;
  drawn++;
  shown = 0;
  list.replaceChildren();
  appendPage(items);
  const n = results.length;
  const what = state.q
    ? fillText(strings.forQuery, { q: state.q })
    : Object.keys(state.filters).length
      ? strings.withFilters
      : strings.whole;
  const text = n
    ? resultsText(n, `${what}${state.sort === 'date' && state.q ? strings.newestFirst : ''}`)
    : fillText(strings.none, { what });
  summary.textContent = text;
  status.textContent = text;
  none.hidden = n > 0;
  empty.hidden = Boolean(state.q || Object.keys(state.filters).length);
  performance.mark('search:results', { detail: { query: state.q } });
  requestAnimationFrame(() => setTimeout(() => performance.mark('search:painted', { detail: { query: state.q } })));
}

function go(state: SearchState, push: boolean) {
  writeState(state, push);
  return search(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  // Start fetching the index chunks for what is typed so far while the pause runs.
  const q = preloadable(foldQuery(input.value.trim(), foldTable));
  if (q) void pagefind().then((pf) => pf.preload(q));
  typing = setTimeout(() => go(formState(), false), TYPING_DELAY);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  performance.mark('search:submit');
  void go(formState(), true);
});
facets.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
  void go(withValue({ ...current, q: input.value.trim() }, box.name, box.value, box.checked), true);
});
facets.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-open-facets]')) {
    facetsOpen = true;
    void search(current).then(() => facets.querySelector<HTMLElement>('input, button')?.focus());
    return;
  }
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-expand]') : null;
  if (!button) return;
  const key = button.dataset['expand']!;
  if (view.expanded.has(key)) view.expanded.delete(key);
  else view.expanded.add(key);
  drawFacets(facets, current, lastCounts, view);
  facets.querySelector<HTMLElement>(`[data-expand="${key}"]`)?.focus();
});
facets.addEventListener('input', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || !box.dataset['narrow']) return;
  const key = box.dataset['narrow'];
  view.narrowed[key] = box.value;
  const at = box.selectionStart;
  drawFacets(facets, current, lastCounts, view);
  const again = document.getElementById(`narrow-${key}`) as HTMLInputElement | null;
  again?.focus();
  again?.setSelectionRange(at, at);
});
for (const button of sortButtons) {
  button.addEventListener(
    'click',
    () => void go({ ...current, q: input.value.trim(), sort: button.dataset['sort'] as Sort }, true),
  );
}
more.addEventListener('click', async () => {
  if (more.disabled) return;
  more.disabled = true; // one page at a time, however often it is clicked
  // The list this page continues: if a search draws another meanwhile, this page is dropped.
  const mine = drawn;
  try {
    // In order as far as the next page reaches (src/client/search/tables.ts).
    const ordered = orderUpTo ? await orderUpTo(shown + PAGE_SIZE) : results;
    if (mine !== drawn) return;
    results = ordered;
    const items = await nextPage(current, results, shown);
    if (mine === drawn) appendPage(items);
  } catch (error) {
    if (mine === drawn) failed(error);
  } finally {
    more.disabled = false;
  }
});
window.addEventListener('popstate', () => void search(readState()));

arrowKeys(list, input);

void search(readState());
