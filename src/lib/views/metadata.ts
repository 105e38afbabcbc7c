/**
 * The metadata an entry page shows as a definition list, per collection, in reading order.
 * References become links; dates are written out; absent optional fields are left out.
 */
import type { CollectionName, Ref } from '../../schemas/index.ts';
import { formatDate, formatDateRange, formatParticipants, humanise } from '../format.ts';
import type { Graph, Node, NodeOf } from '../corpus/graph.ts';
import { measureFacts } from '../corpus/measures.ts';
import { headingOf } from '../corpus/naming.ts';
import type { EventData } from '../corpus/entries.ts';
import { chairAt, chairsByYear } from '../corpus/chairmanships.ts';

export interface MetaValue {
  text: string;
  href?: string;
  /** The link leaves the site (it opens without a referrer). */
  external?: boolean;
  note?: string;
}
export interface MetaRow {
  label: string;
  values: MetaValue[];
  /** The row's fact is inferred, unverified or disputed: a marker that links to the notes on the sources. */
  flag?: { text: string; href: string };
}

/** What the marker of a row says, by the kind of note on its field. */
const FLAG_TEXT: Record<string, string> = {
  inference: 'inferred',
  gap: 'not in the sources',
  conflict: 'sources differ',
};

/** A place as events and bodies record it. */
type Place = EventData['location'];

/** Year → chairing State, once per graph (every event page asks). */
const chairs = new WeakMap<Graph, Map<number, string>>();
function chairsOf(graph: Graph): Map<number, string> {
  let byYear = chairs.get(graph);
  if (!byYear) {
    byYear = chairsByYear(graph.nodesOf('states').map((n) => ({ id: n.id, chairmanships: n.data.chairmanships })));
    chairs.set(graph, byYear);
  }
  return byYear;
}

/** What a collection's rows are made with: the row adder and the value makers, bound to one page. */
interface RowKit {
  graph: Graph;
  add(label: string, values: (MetaValue | undefined)[], field?: string): void;
  text(value: string | undefined): MetaValue | undefined;
  web(url: string | undefined): MetaValue | undefined;
  link(ref: Ref | undefined, note?: string): MetaValue | undefined;
  links(refs: readonly Ref[]): (MetaValue | undefined)[];
  place(p: Place | undefined): MetaValue[];
  themes(list: readonly string[]): void;
  chairOfYear(date: string | undefined): MetaValue | undefined;
}

/**
 * Each collection's rows, in reading order. A table the compiler checks: a collection added to
 * COLLECTIONS fails the type check here until its rows are written.
 */
const ROWS: { [C in CollectionName]: (node: NodeOf<C>, kit: RowKit) => void } = {
  decisions: ({ data: d }, { add, text, link, web, themes }) => {
    add('Symbol', [text(d.symbol)], 'symbol');
    add('Adopted by', [link(d.body)]);
    add('Adopted', [{ text: formatDate(d.adopted) }], 'adopted');
    add('Venue', [text(d.venue)], 'venue');
    add('Meeting', [text(d.meeting)], 'meeting');
    add(
      'Relations',
      d.relations.map((r) => link(r.decision, humanise(r.type))),
      'relations',
    );
    add(
      'Measures',
      d.cbms.map((c) => link(c.cbm, humanise(c.role))),
      'cbms',
    );
    add('Official text', [web(d.officialUrl)]);
    themes(d.themes);
  },
  cbms: (node, { add, links, themes, graph }) => {
    const d = node.data;
    const introduced = measureFacts(graph, node).introduced;
    add('Number', [{ text: String(d.number) }]);
    add('Introduced by', [introduced && { text: headingOf(introduced.decision), href: introduced.href }]);
    add('Related measures', links(d.related));
    themes(d.themes);
  },
  documents: ({ data: d }, { add, link, links, web, themes }) => {
    add('Kind', [{ text: humanise(d.kind) }]);
    add('Issued by', [link(d.issuer)]);
    add('Date', [{ text: formatDate(d.date) }], 'date');
    add('Measures', links(d.cbms), 'cbms');
    add('Decisions', links(d.decisions));
    add('Official text', [web(d.officialUrl)]);
    themes(d.themes);
  },
  events: ({ data: d }, { add, place, links, link, chairOfYear, themes }) => {
    add('Kind', [{ text: humanise(d.kind) }]);
    add('Date', [{ text: formatDateRange(d.start, d.end) }], 'start');
    add('Place', place(d.location), 'location');
    add('Organised by', links(d.organizers), 'organizers');
    add('Chairmanship', [chairOfYear(d.start)]);
    add('For', links(d.countries));
    add('Participants', [d.participants && { text: formatParticipants(d.participants) }], 'participants');
    add('Part of', [link(d.activity)], 'activity');
    add('Measures', links(d.cbms), 'cbms');
    add('Decisions', links(d.decisions));
    themes(d.themes);
  },
  activities: ({ data: d }, { add, link, links, text, themes }) => {
    add('Kind', [{ text: humanise(d.kind) }]);
    add('Dates', [{ text: formatDateRange(d.start, d.end, d.ongoing) }], 'start');
    add('Carried out by', [link(d.body)]);
    add('Countries', links(d.countries));
    add('Area', [text(d.area)]);
    add('Partners', links(d.partners));
    add('Funded by', links(d.funders), 'funders');
    add('Measures', links(d.cbms), 'cbms');
    add('Decisions', links(d.decisions));
    themes(d.themes);
  },
  bodies: ({ data: d }, { add, text, link, place }) => {
    add('Kind', [{ text: humanise(d.kind) }]);
    add('Short name', [text(d.shortName)]);
    add('Part of', [link(d.parent)]);
    add('Seat', place(d.location), 'location');
    add(
      'Chairs',
      d.chairs.map((c) =>
        link(
          c.state,
          [c.to ? formatDateRange(c.from, c.to) : `from ${formatDate(c.from)}`, c.person].filter(Boolean).join('; '),
        ),
      ),
      'chairs',
    );
  },
  states: ({ data: d }, { add }) => {
    add('Status', [{ text: humanise(d.status) }]);
    add(
      'Former names',
      d.formerNames.map((f) => ({ text: f.name, ...(f.until ? { note: `until ${formatDate(f.until)}` } : {}) })),
    );
    add(
      'OSCE Chairmanship',
      [...d.chairmanships].sort((a, b) => a - b).map((y) => ({ text: String(y) })),
      'chairmanships',
    );
  },
  sources: ({ data: d }, { add, text, web }) => {
    add('Publisher', [text(d.publisher)]);
    add('Kind', [{ text: humanise(d.kind) }]);
    add('Symbol', [text(d.symbol)]);
    add('Published', [d.published ? { text: formatDate(d.published) } : undefined], 'published');
    add(
      'Address',
      [
        d.url
          ? {
              ...web(d.url)!,
              ...(d.url.startsWith('http:') ? { note: 'http only: the source has no https address' } : {}),
            }
          : undefined,
      ],
      'url',
    );
    add('No public address', [text(d.urlNote)]);
    add('Read', [
      d.read === false
        ? { text: 'No copy of this text was read: what the site says of it rests on other sources' }
        : undefined,
    ]);
    add('Accessed', [d.accessed ? { text: formatDate(d.accessed) } : undefined]);
  },
  terms: ({ data: d }, { add, links }) => {
    add(
      'Also written',
      d.aliases.map((a) => ({ text: a })),
      'aliases',
    );
    add('Related measures', links(d.related.cbms));
    add('Related decisions', links(d.related.decisions));
    add('Related terms', links(d.related.terms));
  },
  frameworks: ({ data: d }, { add, text, web }) => {
    add('Issued by', [text(d.issuer)], 'issuer');
    add('Symbol', [text(d.symbol)], 'symbol');
    add('Date', [{ text: formatDate(d.date) }], 'date');
    add('Address', [web(d.url)], 'url');
  },
  norms: ({ data: d }, { add, link, text }) => {
    add('Framework', [link(d.framework)]);
    add('Label', [text(d.label)]);
  },
};

export function metadataRows(node: Node, graph: Graph): MetaRow[] {
  const rows: MetaRow[] = [];
  const notes = 'sourceNotes' in node.data ? node.data.sourceNotes : [];
  /** The marker for a row whose field (or a part of it, `location.city`) has a note. */
  const flagOf = (field: string | undefined): MetaRow['flag'] => {
    const note =
      field &&
      notes.find((n) => n.field === field || n.field.startsWith(`${field}.`) || n.field.startsWith(`${field}[`));
    return note ? { text: FLAG_TEXT[note.kind] ?? note.kind, href: '#source-notes' } : undefined;
  };
  const text = (value: string | undefined): MetaValue | undefined => (value ? { text: value } : undefined);
  const link = (ref: Ref | undefined, note?: string): MetaValue | undefined => {
    const target = ref && graph.get(ref.collection, ref.id);
    return target ? { text: target.title, href: target.url, ...(note ? { note } : {}) } : undefined;
  };
  const kit: RowKit = {
    graph,
    add(label, values, field) {
      const present = values.filter((v): v is MetaValue => v !== undefined && v.text !== '');
      const flag = flagOf(field);
      if (present.length) rows.push({ label, values: present, ...(flag ? { flag } : {}) });
    },
    text,
    web: (url) => (url ? { text: url, href: url, external: true } : undefined),
    link,
    links: (refs) => refs.map((r) => link(r)),
    place: (p) => [text(p?.venue), text(p?.city), link(p?.state)].filter((v): v is MetaValue => !!v),
    themes: (list) =>
      kit.add(
        'Themes',
        list.map((t) => ({ text: humanise(t) })),
      ),
    chairOfYear(date) {
      const state = chairAt(date, chairsOf(graph));
      return state ? link({ collection: 'states', id: state }, date?.slice(0, 4)) : undefined;
    },
  };
  // One collection's builder for its own nodes (the table is keyed by collection).
  (ROWS[node.collection] as (node: Node, kit: RowKit) => void)(node, kit);
  return rows;
}
