// The search page's state, kept in the URL (?q=, ?type=, ?year=, ?body=, ?cbm=, ?sort=date), so
// that searches can be shared and the back button works.

/** The filters, by URL parameter, with their labels. */
export const FILTERS = [
  ['type', 'Type'],
  ['year', 'Year'],
  ['body', 'Body'],
  ['cbm', 'Measure'],
] as const;

export type Sort = 'relevance' | 'date';

export interface SearchState {
  q: string;
  /** The chosen values by filter name. */
  filters: Record<string, string[]>;
  sort: Sort;
}

/** Reads the search state from the URL. */
export function readState(): SearchState {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const [key] of FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** Writes the state to the URL: push for a deliberate change, replace while typing. */
export function writeState(state: SearchState, push: boolean): void {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key] of FILTERS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.sort === 'date') params.set('sort', 'date');
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

/** The state with one filter value chosen (`on`) or not. */
export function withValue(state: SearchState, key: string, value: string, on: boolean): SearchState {
  const values = new Set(state.filters[key] ?? []);
  if (on) values.add(value);
  else values.delete(value);
  const filters = { ...state.filters, [key]: [...values] };
  if (!values.size) delete filters[key];
  return { ...state, filters };
}
