/**
 * The profile on a State's page: its record at a glance (Chairmanship years, events hosted and
 * held for it, activities in it or funded by it, the bodies it chaired, its point of contact for
 * the measures) and a year-by-measure grid of that evidence. Derived by
 * `src/lib/corpus/state-evidence.ts`; this module only arranges it for the page.
 */
import type { Graph, NodeOf } from '../corpus/graph.ts';
import { stateEvidence } from '../corpus/state-evidence.ts';
import { countOf, formatDate, formatDateRange } from '../format.ts';

export interface ProfileItem {
  text: string;
  href?: string;
  note?: string;
}

export interface StateProfile {
  /** One line: "Chaired the OSCE in 2017 · 3 events hosted · …", or that the record holds nothing yet. */
  summary: string;
  sections: { id: string; heading: string; items: ProfileItem[] }[];
  /**
   * The grid: a row per year, a column per measure that has evidence; each cell the count of work a
   * source ties to the measure (`cells`) and, apart, of work the site reads as its practice (`read`).
   */
  grid?: { measures: { number: number; href: string }[]; rows: { year: number; cells: number[]; read: number[] }[] };
  total: number;
}

const nodeItem = (n: NodeOf<'events'> | NodeOf<'activities'> | NodeOf<'bodies'>, note?: string): ProfileItem => ({
  text: n.title,
  href: n.url,
  ...(note ? { note } : n.date ? { note: formatDate(n.date) } : {}),
});

/** The profile of `state` for its page. */
export function stateProfile(graph: Graph, state: NodeOf<'states'>): StateProfile {
  const e = stateEvidence(graph, state);
  const sections: StateProfile['sections'] = [];
  const add = (id: string, heading: string, items: ProfileItem[]) =>
    items.length && sections.push({ id, heading, items });
  add(
    'profile-contact',
    'Point of contact for the measures (CBM 8)',
    e.contactPoint ? [{ text: e.contactPoint.name, note: 'named in a public source' }] : [],
  );
  add(
    'profile-chairs',
    'Working groups it chaired',
    e.chairs.map((c) => nodeItem(c.body, c.to ? formatDateRange(c.from, c.to) : `from ${formatDate(c.from)}`)),
  );
  add(
    'profile-hosted',
    'Events it hosted',
    e.hosted.map((n) => nodeItem(n)),
  );
  add(
    'profile-events-for',
    'Events held for it',
    e.eventsFor.map((n) => nodeItem(n)),
  );
  add(
    'profile-activities',
    'Activities in it',
    e.activitiesIn.map((n) => nodeItem(n)),
  );
  add(
    'profile-funded',
    'Activities it funded',
    e.funded.map((n) => nodeItem(n)),
  );
  const numbers = [...new Set([...e.grid.values(), ...e.readGrid.values()].flatMap((row) => [...row.keys()]))].sort(
    (a, b) => a - b,
  );
  const years = [...new Set([...e.grid.keys(), ...e.readGrid.keys()])].sort((a, b) => a - b);
  const parts = [
    e.chairmanships.length ? `Chaired the OSCE in ${e.chairmanships.join(', ')}` : '',
    e.hosted.length ? countOf(e.hosted.length, 'event hosted', 'events hosted') : '',
    e.activitiesIn.length + e.funded.length
      ? countOf(new Set([...e.activitiesIn, ...e.funded]).size, 'activity', 'activities')
      : '',
    e.chairs.length ? countOf(e.chairs.length, 'working-group chair', 'working-group chairs') : '',
  ].filter(Boolean);
  return {
    summary: parts.length
      ? parts.join(' · ')
      : 'The record holds no Chairmanship, event, activity or chair for this State yet.',
    sections,
    ...(numbers.length
      ? {
          grid: {
            measures: numbers.map((number) => ({
              number,
              href: graph.get('cbms', String(number).padStart(2, '0'))?.url ?? '',
            })),
            rows: years.map((year) => ({
              year,
              cells: numbers.map((n) => e.grid.get(year)?.get(n) ?? 0),
              read: numbers.map((n) => e.readGrid.get(year)?.get(n) ?? 0),
            })),
          },
        }
      : {}),
    total: e.total,
  };
}

/** Every State with the amount of evidence the record holds on it, most first (then by name): the order of `/states/`. */
export function statesByEvidence(graph: Graph): { state: NodeOf<'states'>; total: number }[] {
  return graph
    .nodesOf('states')
    .map((state) => ({ state, total: stateEvidence(graph, state).total }))
    .sort((a, b) => b.total - a.total || a.state.title.localeCompare(b.state.title, 'en'));
}
