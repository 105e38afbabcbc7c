// CyberCBM search page: Pagefind's search API (its index, ranking, excerpts, sub-results and
// highlighting) with the site's own result list. Pagefind 1.6's Default UI will not search an
// empty query, and readers here browse by filter alone, so the list is drawn by this script.
// State lives in the URL (?q=, ?type=, ?year=, ?body=, ?cbm=, ?sort=date): searches can be shared
// and the back button works. Filters and facet counts come from the build's facet table, not from
// Pagefind's filters (why: src/lib/search-facets.ts).

import { filterAndCount } from '/search-facets.js';

const FILTERS = [
  ['type', 'Type'],
  ['year', 'Year'],
  ['body', 'Body'],
  ['cbm', 'Measure'],
];
const PAGE_SIZE = 10;
/** A facet with more values than this (under the current query) shows its top values only. */
const FACET_LONG = 8;
const FACET_TOP = 6;
/** Pause after the last keystroke before searching as the reader types. */
const TYPING_DELAY = 80;
/** The smallest height a result takes (px): how many results the first screen can hold. */
const RESULT_MIN_HEIGHT = 64;

const app = document.getElementById('search-app');
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const facets = document.getElementById('facets');
const list = document.getElementById('results');
const status = document.getElementById('search-status');
const summary = document.getElementById('search-summary');
const more = document.getElementById('load-more');
const sortButtons = [...document.querySelectorAll('[data-sort]')];
const empty = document.getElementById('search-empty');
const none = document.getElementById('search-none');

let results = [];
let shown = 0;
let run = 0;
let current = { q: '', filters: {}, sort: 'relevance' };
let lastCounts = {};
/** Facets the reader opened with "show all", and what they typed in each facet's own box. */
const expanded = new Set();
const narrowed = {};

let ready;
let warm = false;
/** The facet table, fetched at once (the page preloads it under the build's tag, as Pagefind's entry file). */
const tableReady = fetch(`/pagefind/cybercbm-facets.json?ts=${app.dataset.indexTag}`).then((response) => {
  if (!response.ok) throw new Error(`the facet table answered ${response.status}`);
  return response.json();
});

/**
 * Until its WebAssembly is ready, each Pagefind call waits by polling every 50 ms from the moment
 * it is made. The same call started a few milliseconds apart polls at different moments, and the
 * first to find Pagefind ready does the work (Pagefind shares the fetches between the calls), so
 * the first search waits at most about 12 ms after the load rather than up to 50.
 */
function soonest(call) {
  if (warm) return call();
  return Promise.race([0, 12, 25, 37].map((ms) => new Promise((go) => setTimeout(go, ms)).then(call)));
}
/**
 * Pagefind, loaded and initialised once, resolved when its WebAssembly is ready. Its filter
 * indexes are never loaded: with them in memory every search would count every filter value.
 */
function loadPagefind() {
  ready ??= (async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({
      highlightParam: 'highlight',
      excerptLength: 28,
      // The page preloads the entry file under this tag (Pagefind would otherwise add a new timestamp).
      metaCacheTag: app.dataset.indexTag,
      // In the page itself rather than a worker: the files the page preloads are then the ones
      // Pagefind uses, and each result's data() is a call, not a message round trip.
      noWorker: true,
      ranking: {
        // Short pages (a source's stub) must not outrank the decision they describe: length counts little.
        pageLength: 0.2,
        // Metadata Pagefind searches besides the body (see src/lib/search-meta.ts). A source's page
        // and reference material (glossary, frameworks, norms) carry their names as `label` and
        // `names`, weighted low: they must not outrank the record's entries on the same words.
        metaWeights: { title: 5, symbol: 6, aliases: 6, place: 2, by: 1, type: 0, date: 1, label: 0.5, names: 1 },
      },
    });
    await pagefind.init();
    // An empty query fetches nothing and returns once the WebAssembly is ready.
    await soonest(() => pagefind.search(''));
    warm = true;
    return pagefind;
  })();
  return ready;
}

/** Reads the search state from the URL. */
function readState() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const [key] of FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** Writes the state to the URL: push for a deliberate change, replace while typing. */
function writeState(state, push) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key] of FILTERS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.sort === 'date') params.set('sort', 'date');
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

function formState() {
  const sort = sortButtons.find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset.sort ?? 'relevance';
  return { q: input.value.trim(), filters: current.filters, sort };
}

function withValue(state, key, value, on) {
  const values = new Set(state.filters[key] ?? []);
  if (on) values.add(value);
  else values.delete(value);
  const filters = { ...state.filters, [key]: [...values] };
  if (!values.size) delete filters[key];
  return { ...state, filters };
}

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

function formatDate(iso) {
  if (!iso || iso === '0000') return '';
  const [y, m, d] = iso.split('-');
  const month = m
    ? new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })
    : '';
  return [d ? Number(d) : '', month, y].filter(Boolean).join(' ');
}

/** Orders a facet's values: most results first; ties by year (newest), measure number, or name. */
function orderValues(key, entries) {
  const tie = (a, b) =>
    key === 'year' ? b.localeCompare(a) : key === 'cbm' ? Number(a.slice(4)) - Number(b.slice(4)) : a.localeCompare(b);
  return entries.sort((a, b) => b[1] - a[1] || tie(a[0], b[0]));
}

/**
 * Draws the facets: the values with results under the current query (and any the reader chose),
 * by count. A long facet shows its top values, a "show all" button and a box to narrow it.
 */
function drawFacets(state, counts) {
  const fragment = document.createDocumentFragment();
  for (const [key, label] of FILTERS) {
    const chosen = state.filters[key] ?? [];
    const values = orderValues(
      key,
      Object.entries(counts[key] ?? {}).filter(([v, n]) => n > 0 || chosen.includes(v)),
    );
    for (const v of chosen) if (!values.some(([x]) => x === v)) values.unshift([v, 0]);
    if (!values.length) continue;
    const long = values.length > FACET_LONG;
    const open = expanded.has(key);
    const typed = (narrowed[key] ?? '').toLowerCase();
    let visible = long && !open ? values.filter(([v], i) => i < FACET_TOP || chosen.includes(v)) : values;
    if (long && typed) visible = values.filter(([v]) => v.toLowerCase().includes(typed) || chosen.includes(v));
    const fieldset = document.createElement('fieldset');
    fieldset.dataset.facet = key;
    fieldset.innerHTML = `<legend>${label}</legend>`;
    if (long) {
      fieldset.insertAdjacentHTML(
        'beforeend',
        `<label class="visually-hidden" for="narrow-${key}">Find a value of ${label}</label><input type="search" class="facet-narrow" id="narrow-${key}" data-narrow="${key}" placeholder="Find a ${label.toLowerCase()}…" autocomplete="off" value="${escapeHtml(narrowed[key] ?? '')}">`,
      );
    }
    const ul = document.createElement('ul');
    ul.className = 'facet-values';
    for (const [value, count] of visible) {
      const id = `f-${key}-${value.replace(/[^a-z0-9]+/gi, '-')}`;
      const checked = chosen.includes(value);
      const li = document.createElement('li');
      li.className = count || checked ? 'facet' : 'facet facet-empty';
      li.innerHTML = `<input type="checkbox" id="${id}" name="${key}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}><label for="${id}">${escapeHtml(value)} <span class="count">(${count})</span></label>`;
      ul.append(li);
    }
    fieldset.append(ul);
    if (long && !typed) {
      fieldset.insertAdjacentHTML(
        'beforeend',
        `<button type="button" class="facet-more" data-expand="${key}" aria-expanded="${open}">${open ? 'Show fewer' : `Show all ${values.length}`}</button>`,
      );
    }
    fragment.append(fieldset);
  }
  facets.replaceChildren(fragment);
}

const plainWords = (html) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

/** Whether an excerpt is only the result's title (a page found by its name, a source): it says nothing more. */
function repeatsTitle(excerpt, title) {
  const e = plainWords(excerpt);
  return e !== '' && `${plainWords(escapeHtml(title))} `.startsWith(`${e} `);
}

function resultHtml(d, state) {
  // Browsing has nothing to highlight: link to the page itself.
  const url = state.q ? d.url : d.url.replace(/\?highlight=.*$/, '');
  const meta = d.meta ?? {};
  const bits = [meta.symbol, formatDate(meta.date)].filter(Boolean).map(escapeHtml).join(' · ');
  // Sub-results: the body's own headings (anchored), never the page itself; a section whose
  // excerpt is the one shown above is given as a link alone.
  const subs = state.q ? (d.sub_results ?? []).filter((s) => s.anchor && s.url !== url).slice(0, 3) : [];
  return `
    <p class="result-meta"><span class="type">${escapeHtml(meta.type ?? '')}</span> ${bits}</p>
    <h3 class="result-title"><a class="result-link" href="${escapeHtml(url)}">${escapeHtml(meta.title ?? meta.label ?? url)}</a></h3>
    ${state.q && !repeatsTitle(d.excerpt, meta.title ?? meta.label ?? '') ? `<p class="result-excerpt">${d.excerpt}</p>` : ''}
    ${subs.length ? `<ul class="sub-results">${subs.map((s) => `<li><a class="sub-link" href="${escapeHtml(s.url)}">${escapeHtml(s.title.replace(/\s*§\s*$/, ''))}</a>${s.excerpt === d.excerpt ? '' : `<br><span class="result-excerpt">${s.excerpt}</span>`}</li>`).join('')}</ul>` : ''}`;
}

/** Fills a result's placeholder with its data (Pagefind fetches the page's fragment). */
async function fill(li, result, state) {
  const d = await result.data();
  if (!li.isConnected) return;
  li.dataset.date = d.meta?.date ?? '';
  li.innerHTML = resultHtml(d, state);
  li.classList.remove('result-pending');
}

// Results below the first screen are placeholders until they come near it: only the fragments of
// results a reader can see are fetched.
const nearScreen = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearScreen.unobserve(entry.target);
      const item = pending.get(entry.target);
      pending.delete(entry.target);
      if (item) fill(entry.target, item.result, item.state);
    }
  },
  { rootMargin: '200px 0px' },
);
const pending = new Map();

function placeholder() {
  const li = document.createElement('li');
  li.className = 'result result-pending';
  return li;
}

/** How many results the rest of the first screen can hold. */
function firstScreen() {
  const top = list.getBoundingClientRect().top;
  return Math.max(1, Math.ceil((innerHeight - Math.max(0, top)) / RESULT_MIN_HEIGHT));
}

/**
 * Builds the next page of results: those on screen drawn at once (their fragments fetched first),
 * the others as placeholders filled as they near the screen. Returns the items to append.
 */
async function nextPage(state, all, from, onScreen = PAGE_SIZE) {
  const slice = all.slice(from, from + PAGE_SIZE);
  const data = await Promise.all(slice.slice(0, onScreen).map((r) => r.data()));
  return slice.map((result, i) => {
    const li = placeholder();
    if (i < data.length) {
      li.dataset.date = data[i].meta?.date ?? '';
      li.innerHTML = resultHtml(data[i], state);
      li.classList.remove('result-pending');
    } else {
      pending.set(li, { result, state });
    }
    return li;
  });
}

function appendPage(items) {
  list.append(...items);
  for (const li of items) if (pending.has(li)) nearScreen.observe(li);
  shown += items.length;
  const left = results.length - shown;
  more.hidden = left <= 0;
  more.textContent = `Load more (${left} more of ${results.length})`;
}

/** Runs the search for a state and draws the facets and the first page of results together. */
async function search(state) {
  const mine = ++run;
  try {
    await searchAndDraw(state, mine);
  } catch (error) {
    if (mine !== run) return; // a newer search has the page now
    const text = `Search failed: ${error instanceof Error ? error.message : error}. Reload the page to try again.`;
    summary.textContent = text;
    status.textContent = text;
    throw error;
  }
}

async function searchAndDraw(state, mine) {
  current = state;
  input.value = state.q;
  for (const b of sortButtons) b.setAttribute('aria-pressed', String(b.dataset.sort === state.sort));
  const pf = await loadPagefind();
  if (mine !== run) return;
  const browsing = !state.q;
  // With no query Pagefind lists every page that passes the filters: browsing, newest first.
  const options = {
    term: browsing ? null : state.q,
    search: state.sort === 'date' || browsing ? { sort: { date: 'desc' } } : {},
  };
  // Pagefind is asked for the query alone; the chosen filters and the counts come from the table.
  const [table] = await Promise.all([tableReady, options.term && pf.preload(options.term)]);
  if (mine !== run) return;
  const found = await pf.search(options.term, options.search);
  if (mine !== run) return;
  const { kept: next, counts, unknown } = filterAndCount(table, found?.results ?? [], state.filters);
  if (unknown) console.error(`search: ${unknown} results are not in the facet table (it was built with another index)`);
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
  drawFacets(state, counts);
  results = next;
  shown = 0;
  list.replaceChildren();
  appendPage(items);
  const n = results.length;
  const what = state.q
    ? `for “${state.q}”`
    : Object.keys(state.filters).length
      ? 'with these filters'
      : 'in the whole knowledge base, newest first';
  const text = n
    ? `${n} result${n === 1 ? '' : 's'} ${what}${state.sort === 'date' && state.q ? ', newest first' : ''}.`
    : `No results ${what}.`;
  summary.textContent = text;
  status.textContent = text;
  none.hidden = n > 0;
  empty.hidden = Boolean(state.q || Object.keys(state.filters).length);
  performance.mark('search:results', { detail: { query: state.q } });
  requestAnimationFrame(() => setTimeout(() => performance.mark('search:painted', { detail: { query: state.q } })));
}

function go(state, push) {
  writeState(state, push);
  return search(state);
}

/**
 * While the reader types, the index chunks of what is typed so far are fetched ahead. Pagefind
 * matches the last word as a prefix, and a prefix of one or two letters spans many chunks (on
 * 10,000 entries, typing "critical infrastructure" fetched six 75 KB chunks where the query needs
 * two): a last word shorter than this waits until it is longer, or until the search itself.
 */
const PRELOAD_MIN = 3;

function preloadable(q) {
  const words = q.split(/\s+/);
  while (words.length && words.at(-1).length < PRELOAD_MIN) words.pop();
  return words.join(' ');
}

let typing;
input.addEventListener('input', () => {
  clearTimeout(typing);
  // Start fetching the index chunks for what is typed so far while the pause runs.
  const q = preloadable(input.value.trim());
  if (q) loadPagefind().then((pf) => pf.preload(q));
  typing = setTimeout(() => go(formState(), false), TYPING_DELAY);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  performance.mark('search:submit');
  go(formState(), true);
});
facets.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
  go(withValue({ ...current, q: input.value.trim() }, box.name, box.value, box.checked), true);
});
facets.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-expand]') : null;
  if (!button) return;
  const key = button.dataset.expand;
  if (expanded.has(key)) expanded.delete(key);
  else expanded.add(key);
  drawFacets(current, lastCounts);
  facets.querySelector(`[data-expand="${key}"]`)?.focus();
});
facets.addEventListener('input', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || !box.dataset.narrow) return;
  const key = box.dataset.narrow;
  narrowed[key] = box.value;
  const at = box.selectionStart;
  drawFacets(current, lastCounts);
  const again = document.getElementById(`narrow-${key}`);
  again?.focus();
  again?.setSelectionRange(at, at);
});
for (const button of sortButtons) {
  button.addEventListener('click', () => go({ ...current, q: input.value.trim(), sort: button.dataset.sort }, true));
}
more.addEventListener('click', async () => {
  if (more.disabled) return;
  more.disabled = true; // one page at a time, however often it is clicked
  const mine = run;
  const items = await nextPage(current, results, shown);
  more.disabled = false;
  if (mine === run) appendPage(items);
});
window.addEventListener('popstate', () => search(readState()));

// Arrow keys move between the result links (from the field too); Enter follows the link.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll('.result-link')];
  if (!links.length) return;
  const inField = document.activeElement === input;
  const index = links.indexOf(document.activeElement);
  if (!inField && index < 0) return;
  event.preventDefault();
  if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)].focus();
  else if (index <= 0) input.focus();
  else links[index - 1].focus();
});

search(readState());
