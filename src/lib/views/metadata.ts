/**
 * The metadata an entry page shows as a definition list, per collection, in reading order.
 * References become links; dates are written out; absent optional fields are left out.
 */
import type { CollectionName, Ref } from '../../schemas/index.ts';
import { humanise } from '../format.ts';
import { fill, uiFor, type Dictionary, type Ui } from '../i18n/index.ts';
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
  ui: Ui;
  add(label: keyof Dictionary['meta'], values: (MetaValue | undefined)[], field?: string): void;
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
  decisions: ({ data: d }, { add, text, link, web, themes, ui }) => {
    add('symbol', [text(d.symbol)], 'symbol');
    add('adoptedBy', [link(d.body)]);
    add('adopted', [{ text: ui.date(d.adopted) }], 'adopted');
    add('venue', [text(d.venue)], 'venue');
    add('meeting', [text(d.meeting)], 'meeting');
    add(
      'relations',
      d.relations.map((r) => link(r.decision, ui.t.enums.relationType[r.type])),
      'relations',
    );
    add(
      'measures',
      d.cbms.map((c) => link(c.cbm, ui.t.enums.cbmRole[c.role])),
      'cbms',
    );
    add('officialText', [web(d.officialUrl)]);
    themes(d.themes);
  },
  cbms: (node, { add, links, themes, graph }) => {
    const d = node.data;
    const introduced = measureFacts(graph, node).introduced;
    add('number', [{ text: String(d.number) }]);
    add('introducedBy', [introduced && { text: headingOf(introduced.decision), href: introduced.href }]);
    add('relatedMeasures', links(d.related));
    themes(d.themes);
  },
  documents: ({ data: d }, { add, link, links, web, themes, ui }) => {
    add('kind', [{ text: ui.t.enums.documentKind[d.kind] }]);
    add('issuedBy', [link(d.issuer)]);
    add('date', [{ text: ui.date(d.date) }], 'date');
    add('measures', links(d.cbms), 'cbms');
    add('decisions', links(d.decisions));
    add('officialText', [web(d.officialUrl)]);
    themes(d.themes);
  },
  events: ({ data: d }, { add, place, links, link, chairOfYear, themes, ui }) => {
    add('kind', [{ text: ui.t.enums.eventKind[d.kind] }]);
    add('date', [{ text: ui.dateRange(d.start, d.end) }], 'start');
    add('place', place(d.location), 'location');
    add('organisedBy', links(d.organizers), 'organizers');
    add('chairmanship', [chairOfYear(d.start)]);
    add('for', links(d.countries));
    add('participants', [d.participants && { text: participantsText(d.participants, ui) }], 'participants');
    add('partOf', [link(d.activity)], 'activity');
    add('measures', links(d.cbms), 'cbms');
    add('decisions', links(d.decisions));
    themes(d.themes);
  },
  activities: ({ data: d }, { add, link, links, text, themes, ui }) => {
    add('kind', [{ text: ui.t.enums.activityKind[d.kind] }]);
    add('dates', [{ text: ui.dateRange(d.start, d.end, d.ongoing) }], 'start');
    add('carriedOutBy', [link(d.body)]);
    add('countries', links(d.countries));
    add('area', [text(d.area)]);
    add('partners', links(d.partners));
    add('fundedBy', links(d.funders), 'funders');
    add('measures', links(d.cbms), 'cbms');
    add('decisions', links(d.decisions));
    themes(d.themes);
  },
  bodies: ({ data: d }, { add, text, link, place, ui }) => {
    add('kind', [{ text: ui.t.enums.bodyKind[d.kind] }]);
    add('shortName', [text(d.shortName)]);
    add('partOf', [link(d.parent)]);
    add('seat', place(d.location), 'location');
    add(
      'chairs',
      d.chairs.map((c) =>
        link(
          c.state,
          [c.to ? ui.dateRange(c.from, c.to) : fill(ui.t.meta.from, { date: ui.dateAfterFrom(c.from) }), c.person]
            .filter(Boolean)
            .join('; '),
        ),
      ),
      'chairs',
    );
  },
  states: ({ data: d }, { add, ui }) => {
    add('status', [{ text: ui.t.enums.stateStatus[d.status] }]);
    add(
      'formerNames',
      d.formerNames.map((f) => ({
        text: f.name,
        ...(f.until ? { note: fill(ui.t.meta.until, { date: ui.date(f.until) }) } : {}),
      })),
    );
    add(
      'osceChairmanship',
      [...d.chairmanships].sort((a, b) => a - b).map((y) => ({ text: String(y) })),
      'chairmanships',
    );
  },
  sources: ({ data: d }, { add, text, web, ui }) => {
    add('publisher', [text(d.publisher)]);
    add('kind', [{ text: ui.t.enums.sourceKind[d.kind] }]);
    add('symbol', [text(d.symbol)]);
    add('published', [d.published ? { text: ui.date(d.published) } : undefined], 'published');
    add(
      'address',
      [
        d.url
          ? {
              ...web(d.url)!,
              ...(d.url.startsWith('http:') ? { note: ui.t.meta.httpOnlyNote } : {}),
            }
          : undefined,
      ],
      'url',
    );
    add('noPublicAddress', [text(d.urlNote)]);
    add('read', [d.read === false ? { text: ui.t.meta.notRead } : undefined]);
    add('accessed', [d.accessed ? { text: ui.date(d.accessed) } : undefined]);
  },
  terms: ({ data: d }, { add, links }) => {
    add(
      'alsoWritten',
      d.aliases.map((a) => ({ text: a })),
      'aliases',
    );
    add('relatedMeasures', links(d.related.cbms));
    add('relatedDecisions', links(d.related.decisions));
    add('relatedTerms', links(d.related.terms));
  },
  frameworks: ({ data: d }, { add, text, web, ui }) => {
    add('issuedBy', [text(d.issuer)], 'issuer');
    add('symbol', [text(d.symbol)], 'symbol');
    add('date', [{ text: ui.date(d.date) }], 'date');
    add('address', [web(d.url)], 'url');
  },
  norms: ({ data: d }, { add, link, text }) => {
    add('framework', [link(d.framework)]);
    add('label', [text(d.label)]);
  },
};

export function metadataRows(node: Node, graph: Graph, ui: Ui = uiFor()): MetaRow[] {
  const rows: MetaRow[] = [];
  const notes = 'sourceNotes' in node.data ? node.data.sourceNotes : [];
  /** The marker for a row whose field (or a part of it, `location.city`) has a note. */
  const flagOf = (field: string | undefined): MetaRow['flag'] => {
    const note =
      field &&
      notes.find((n) => n.field === field || n.field.startsWith(`${field}.`) || n.field.startsWith(`${field}[`));
    return note ? { text: ui.t.meta.flag[note.kind], href: '#source-notes' } : undefined;
  };
  const text = (value: string | undefined): MetaValue | undefined => (value ? { text: value } : undefined);
  const link = (ref: Ref | undefined, note?: string): MetaValue | undefined => {
    const target = ref && graph.get(ref.collection, ref.id);
    return target ? { text: target.title, href: target.url, ...(note ? { note } : {}) } : undefined;
  };
  const kit: RowKit = {
    graph,
    ui,
    add(key, values, field) {
      const present = values.filter((v): v is MetaValue => v !== undefined && v.text !== '');
      const flag = flagOf(field);
      const label = ui.t.meta[key] as string;
      if (present.length) rows.push({ label, values: present, ...(flag ? { flag } : {}) });
    },
    text,
    web: (url) => (url ? { text: url, href: url, external: true } : undefined),
    link,
    links: (refs) => refs.map((r) => link(r)),
    place: (p) => [text(p?.venue), text(p?.city), link(p?.state)].filter((v): v is MetaValue => !!v),
    themes: (list) =>
      kit.add(
        'themes',
        list.map((t) => ({ text: themeName(t, ui) })),
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

/** A theme in the reader's language; one the dictionaries do not list yet is shown as written. */
export function themeName(theme: string, ui: Ui): string {
  return (ui.t.themes as Record<string, string>)[theme] ?? humanise(theme);
}

/** "15 (women 2, men 13)" in the reader's language. */
function participantsText(p: { total: number; women?: number; men?: number }, ui: Ui): string {
  const parts = [
    p.women !== undefined ? fill(ui.t.meta.women, { n: ui.number(p.women) }) : '',
    p.men !== undefined ? fill(ui.t.meta.men, { n: ui.number(p.men) }) : '',
  ].filter(Boolean);
  return parts.length ? `${ui.number(p.total)} (${parts.join(', ')})` : ui.number(p.total);
}
