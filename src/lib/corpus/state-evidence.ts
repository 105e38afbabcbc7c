/**
 * What the record holds about one State, derived from the references and the Chairmanship and
 * chairs data, never hand-listed: the years it chaired the OSCE, the events it hosted (an
 * event's `location.state`), the events held for it (`countries`), the activities in it or
 * funded by it, the bodies it chaired, its point of contact for the measures, and, for the
 * dated evidence tied to measures, a count per year and measure.
 */
import type { Graph, NodeOf } from './graph.ts';

/** A body the State chaired, and when. */
export interface StateChair {
  body: NodeOf<'bodies'>;
  from: string;
  to?: string | undefined;
}

export interface StateEvidence {
  state: NodeOf<'states'>;
  chairmanships: number[];
  /** Events whose location is in the State. */
  hosted: NodeOf<'events'>[];
  /** Events held for the State (its `countries`) but not in it. */
  eventsFor: NodeOf<'events'>[];
  /** Activities carried out in the State. */
  activitiesIn: NodeOf<'activities'>[];
  /** Activities the State funded. */
  funded: NodeOf<'activities'>[];
  chairs: StateChair[];
  contactPoint?: NonNullable<NodeOf<'states'>['data']['contactPoint']>;
  /** Year → measure number → how many events and activities of that year, tied to the State, name the measure. */
  grid: Map<number, Map<number, number>>;
  /** The same count for the site's readings (work no source ties to the measure): kept apart from `grid`. */
  readGrid: Map<number, Map<number, number>>;
  /** The amount of evidence: Chairmanship years, chairs, the contact point and every distinct event and activity. */
  total: number;
}

const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/** Everything the record holds about `state`. */
export function stateEvidence(graph: Graph, state: NodeOf<'states'>): StateEvidence {
  const is = (ref: { id: string } | undefined) => ref?.id === state.id;
  const events = graph.nodesOf('events');
  const hosted = events.filter((e) => is(e.data.location.state));
  const eventsFor = events.filter((e) => !is(e.data.location.state) && e.data.countries.some(is));
  const activities = graph.nodesOf('activities');
  const activitiesIn = activities.filter((a) => a.data.countries.some(is));
  const funded = activities.filter((a) => a.data.funders.some(is));
  const chairs = graph
    .nodesOf('bodies')
    .flatMap((body) => body.data.chairs.filter((c) => is(c.state)).map((c) => ({ body, from: c.from, to: c.to })))
    .sort((a, b) => a.from.localeCompare(b.from));
  const grid = new Map<number, Map<number, number>>();
  const readGrid = new Map<number, Map<number, number>>();
  const count = (into: Map<number, Map<number, number>>, year: number, id: string) => {
    const cbm = graph.get('cbms', id);
    if (!cbm) return;
    const row = into.get(year) ?? new Map<number, number>();
    row.set(cbm.data.number, (row.get(cbm.data.number) ?? 0) + 1);
    into.set(year, row);
  };
  const tied = new Map<string, NodeOf<'events'> | NodeOf<'activities'>>();
  for (const n of [...hosted, ...eventsFor, ...activitiesIn, ...funded]) tied.set(n.key, n);
  for (const n of tied.values()) {
    const year = yearOf(n.date);
    if (year === undefined) continue;
    for (const ref of n.data.cbms) count(grid, year, ref.id);
    for (const reading of n.data.readings) count(readGrid, year, reading.cbm.id);
  }
  const contactPoint = state.data.contactPoint;
  const chairmanships = [...state.data.chairmanships].sort((a, b) => a - b);
  return {
    state,
    chairmanships,
    hosted,
    eventsFor,
    activitiesIn,
    funded,
    chairs,
    ...(contactPoint ? { contactPoint } : {}),
    grid: new Map([...grid].sort(([a], [b]) => a - b)),
    readGrid: new Map([...readGrid].sort(([a], [b]) => a - b)),
    total: chairmanships.length + chairs.length + (contactPoint ? 1 : 0) + tied.size,
  };
}
