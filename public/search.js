// CyberCBM search page: Pagefind's search API (its index, ranking, excerpts, sub-results and
// highlighting) with the site's own result list. Pagefind 1.6's Default UI will not search an
// empty query, and readers here browse by filter alone, so the list is drawn by this script.
// State lives in the URL (?q=, ?type=, ?year=, ?body=, ?cbm=, ?sort=date): searches can be shared
// and the back button works.

const FILTERS = [
  ['type', 'Type'],
  ['year', 'Year'],
  ['body', 'Body'],
  ['cbm', 'Measure'],
];
const PAGE_SIZE = 10;

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

let pagefind;
let results = [];
let shown = 0;
let run = 0;
let allFilters = {};
let allFiltersPromise;

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

function currentState() {
  const filters = {};
  for (const box of facets.querySelectorAll('input[type=checkbox]:checked')) {
    (filters[box.name] ??= []).push(box.value);
  }
  const sort = sortButtons.find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset.sort ?? 'relevance';
  return { q: input.value.trim(), filters, sort };
}

async function loadPagefind() {
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    // Short pages (a source's stub) must not outrank the decision they describe: length counts little.
    await pagefind.options({ highlightParam: 'highlight', excerptLength: 28, ranking: { pageLength: 0.2 } });
    await pagefind.init();
    // Facets need the filter index (Pagefind loads it lazily); fetch it alongside the first search.
    allFiltersPromise = pagefind.filters();
  }
  return pagefind;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function formatDate(iso) {
  if (!iso || iso === '0000') return '';
  const [y, m, d] = iso.split('-');
  const month = m ? new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) : '';
  return [d ? Number(d) : '', month, y].filter(Boolean).join(' ');
}

/** Draws the facets with the count of each value under the current query. */
function drawFacets(state, counts) {
  facets.replaceChildren();
  for (const [key, label] of FILTERS) {
    const values = Object.keys(allFilters[key] ?? {});
    if (!values.length) continue;
    const ordered = key === 'year' ? values.sort().reverse() : key === 'cbm' ? values.sort((a, b) => Number(a.slice(4)) - Number(b.slice(4))) : values.sort();
    const fieldset = document.createElement('fieldset');
    fieldset.innerHTML = `<legend>${label}</legend>`;
    for (const value of ordered) {
      const id = `f-${key}-${value.replace(/[^a-z0-9]+/gi, '-')}`;
      const checked = state.filters[key]?.includes(value);
      const count = counts?.[key]?.[value] ?? 0;
      const row = document.createElement('div');
      row.className = 'facet';
      row.innerHTML = `<input type="checkbox" id="${id}" name="${key}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}><label for="${id}">${escapeHtml(value)} <span class="count">(${count})</span></label>`;
      if (!count && !checked) row.classList.add('facet-empty');
      fieldset.append(row);
    }
    facets.append(fieldset);
  }
}

/** Runs the search for a state and draws the first page of results. */
async function search(state) {
  const mine = ++run;
  input.value = state.q;
  for (const b of sortButtons) b.setAttribute('aria-pressed', String(b.dataset.sort === state.sort));
  const pf = await loadPagefind();
  const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
  const browsing = !state.q;
  // With no query Pagefind lists every page that passes the filters: browsing, newest first.
  const options = { filters, ...(state.sort === 'date' || browsing ? { sort: { date: 'desc' } } : {}) };
  const [found] = await Promise.all([pf.search(browsing ? null : state.q, options), allFiltersPromise]);
  if (mine !== run) return;
  results = found?.results ?? [];
  allFilters = await allFiltersPromise;
  drawFacets(state, found?.filters);
  list.replaceChildren();
  shown = 0;
  await showMore(state);
  const n = results.length;
  const what = state.q ? `for “${state.q}”` : Object.keys(state.filters).length ? 'with these filters' : 'in the whole knowledge base, newest first';
  const text = n ? `${n} result${n === 1 ? '' : 's'} ${what}${state.sort === 'date' && state.q ? ', newest first' : ''}.` : `No results ${what}.`;
  summary.textContent = text;
  status.textContent = text;
  none.hidden = n > 0;
  empty.hidden = Boolean(state.q || Object.keys(state.filters).length);
}

async function showMore(state) {
  const slice = results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(slice.map((r) => r.data()));
  for (const d of data) list.append(renderResult(d, state));
  shown += slice.length;
  const left = results.length - shown;
  more.hidden = left <= 0;
  more.textContent = `Load more (${left} more of ${results.length})`;
}

function renderResult(d, state) {
  const li = document.createElement('li');
  // Browsing has nothing to highlight: link to the page itself.
  if (!state.q) d.url = d.url.replace(/\?highlight=.*$/, '');
  li.className = 'result';
  li.dataset.date = d.meta?.date ?? '';
  const meta = d.meta ?? {};
  const bits = [meta.symbol, formatDate(meta.date)].filter(Boolean).map(escapeHtml).join(' · ');
  const subs = state.q ? (d.sub_results ?? []).filter((s) => s.url !== d.url && s.anchor).slice(0, 3) : [];
  li.innerHTML = `
    <p class="result-meta"><span class="type">${escapeHtml(meta.type ?? '')}</span> ${bits}</p>
    <h3 class="result-title"><a class="result-link" href="${escapeHtml(d.url)}">${escapeHtml(meta.title ?? d.url)}</a></h3>
    ${state.q ? `<p class="result-excerpt">${d.excerpt}</p>` : ''}
    ${subs.length ? `<ul class="sub-results">${subs.map((s) => `<li><a class="sub-link" href="${escapeHtml(s.url)}">${escapeHtml(s.title.replace(/\s*§\s*$/, ''))}</a><br><span class="result-excerpt">${s.excerpt}</span></li>`).join('')}</ul>` : ''}`;
  return li;
}

let typing;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const state = currentState();
    writeState(state, false);
    search(state);
  }, 200);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  const state = currentState();
  writeState(state, true);
  search(state);
});
facets.addEventListener('change', () => {
  const state = currentState();
  writeState(state, true);
  search(state);
});
for (const button of sortButtons) {
  button.addEventListener('click', () => {
    for (const b of sortButtons) b.setAttribute('aria-pressed', String(b === button));
    const state = currentState();
    writeState(state, true);
    search(state);
  });
}
more.addEventListener('click', () => showMore(currentState()));
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

document.getElementById('search-app').hidden = false;
search(readState());
