// What the search page draws: the facets and each result, as HTML from Pagefind's data.
import type { ResultData } from './pagefind.ts';
import { FILTERS, type SearchState } from './state.ts';
import { fill, strings } from './strings.ts';

/** A facet with more values than this (under the current query) shows its top values only. */
const FACET_LONG = 8;
const FACET_TOP = 6;

/** A facet's name inside a sentence: lower case in English ("Find a year…"); German keeps its capitals. */
const lower = (label: string) => (document.documentElement.lang.startsWith('de') ? label : label.toLocaleLowerCase());

export function escapeHtml(text: unknown): string {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** A result's date in the page's language, as precise as the entry's (English: "9 December 2016"). */
function formatDate(iso: string | undefined): string {
  if (!iso || iso === '0000') return '';
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? '';
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  return dateFormat(Boolean(d)).format(date);
}

/** The page's two date formats (day, month and year; month and year), made once: each costs a locale lookup. */
const dateFormats = new Map<boolean, Intl.DateTimeFormat>();
function dateFormat(withDay: boolean): Intl.DateTimeFormat {
  let format = dateFormats.get(withDay);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(
      document.documentElement.lang || 'en-GB',
      withDay ? { ...options, day: 'numeric' } : options,
    );
    dateFormats.set(withDay, format);
  }
  return format;
}

/** Orders a facet's values: most results first; ties by year (newest), measure number, or name. */
function orderValues(key: string, entries: [string, number][]): [string, number][] {
  const tie = (a: string, b: string) =>
    key === 'year'
      ? b.localeCompare(a)
      : key === 'cbm'
        ? Number(a.replace(/\D+/g, '')) - Number(b.replace(/\D+/g, ''))
        : a.localeCompare(b);
  return entries.sort((a, b) => b[1] - a[1] || tie(a[0], b[0]));
}

/** What the reader did to the facets: those opened with "show all", and what was typed in each one's box. */
export interface FacetView {
  expanded: Set<string>;
  narrowed: Record<string, string>;
}

/**
 * Draws the facets into `facets`: the values with results under the current query (and any the
 * reader chose), by count. A long facet shows its top values, a "show all" button and a box to narrow it.
 */
export function drawFacets(
  facets: HTMLElement,
  state: SearchState,
  counts: Record<string, Record<string, number>>,
  { expanded, narrowed }: FacetView,
): void {
  const fragment = document.createDocumentFragment();
  for (const [key, english] of FILTERS) {
    const label = (strings.facets as Record<string, string | undefined>)[key] ?? english;
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
    fieldset.dataset['facet'] = key;
    fieldset.innerHTML = `<legend>${label}</legend>`;
    if (long) {
      fieldset.insertAdjacentHTML(
        'beforeend',
        `<label class="visually-hidden" for="narrow-${key}">${fill(strings.findValueOf, { label })}</label><input type="search" class="facet-narrow" id="narrow-${key}" data-narrow="${key}" placeholder="${fill(strings.findA, { label: lower(label) })}" autocomplete="off" value="${escapeHtml(narrowed[key] ?? '')}">`,
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
        `<button type="button" class="facet-more" data-expand="${key}" aria-expanded="${open}">${open ? strings.showFewer : fill(strings.showAll, { n: values.length })}</button>`,
      );
    }
    fragment.append(fieldset);
  }
  facets.replaceChildren(fragment);
}

/**
 * Until the reader needs them, the facets are one button that opens them: their counts need the
 * facet file, which a search by relevance does without (src/client/search/tables.ts).
 */
export function drawFacetsClosed(facets: HTMLElement): void {
  facets.innerHTML = `<button type="button" class="facets-open" data-open-facets aria-expanded="false">${escapeHtml(strings.filterBy)}</button>`;
}

const plainWords = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

/**
 * The renderer's Unicode patterns run once, on a one-byte and a two-byte string, while the page
 * loads: V8 compiles a pattern for each kind of string on its first use (several milliseconds for
 * `\p{…}` classes), and the reader's first query need not pay for it.
 */
setTimeout(() => {
  plainWords('<mark>a</mark> b&amp;c');
  plainWords('a \u2019b');
});

/** Whether an excerpt is only the result's title (a page found by its name, a source): it says nothing more. */
function repeatsTitle(excerpt: string, title: string): boolean {
  const e = plainWords(excerpt);
  return e !== '' && `${plainWords(escapeHtml(title))} `.startsWith(`${e} `);
}

/** A result's place in the list until its data is drawn into it. */
export function resultPlaceholder(): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result result-pending';
  return li;
}

/** One result's HTML (Pagefind's excerpts are HTML with its highlight marks; all else is escaped). */
export function resultHtml(d: ResultData, state: SearchState): string {
  // Browsing has nothing to highlight: link to the page itself.
  const url = state.q ? d.url : d.url.replace(/\?highlight=.*$/, '');
  const meta = d.meta ?? {};
  const bits = [meta['symbol'], formatDate(meta['date'])].filter(Boolean).map(escapeHtml).join(' · ');
  // Sub-results: the body's own headings (anchored), never the page itself; a section whose
  // excerpt is the one shown above is given as a link alone.
  const subs = state.q ? (d.sub_results ?? []).filter((s) => s.anchor && s.url !== url).slice(0, 3) : [];
  const title = meta['title'] ?? meta['label'];
  return `
    <p class="result-meta"><span class="type">${escapeHtml(meta['type'] ?? '')}</span> ${bits}</p>
    <h3 class="result-title"><a class="result-link" href="${escapeHtml(url)}">${escapeHtml(title ?? url)}</a></h3>
    ${state.q && !repeatsTitle(d.excerpt, title ?? '') ? `<p class="result-excerpt">${d.excerpt}</p>` : ''}
    ${subs.length ? `<ul class="sub-results">${subs.map((s) => `<li><a class="sub-link" href="${escapeHtml(s.url)}">${escapeHtml(s.title.replace(/\s*§\s*$/, ''))}</a>${s.excerpt === d.excerpt ? '' : `<br><span class="result-excerpt">${s.excerpt}</span>`}</li>`).join('')}</ul>` : ''}`;
}
