/**
 * The metadata an entry page shows as a definition list, per collection, in reading order.
 * References become links; dates are written out; absent optional fields are left out.
 */
import type { Ref } from '../../schemas/index.ts';
import { formatDate, formatDateRange, formatParticipants, humanise } from '../format.ts';
import type { Graph, Node } from '../corpus/graph.ts';
import { measureFacts } from '../corpus/measures.ts';
import { headingOf } from '../corpus/naming.ts';
import type { EventData } from '../corpus/entries.ts';

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
}

/** A place as events and bodies record it. */
type Place = EventData['location'];

export function metadataRows(node: Node, graph: Graph): MetaRow[] {
  const rows: MetaRow[] = [];
  const add = (label: string, values: (MetaValue | undefined)[]) => {
    const present = values.filter((v): v is MetaValue => v !== undefined && v.text !== '');
    if (present.length) rows.push({ label, values: present });
  };
  const text = (value: string | undefined): MetaValue | undefined => (value ? { text: value } : undefined);
  const web = (url: string | undefined): MetaValue | undefined => (url ? { text: url, href: url, external: true } : undefined);
  const link = (ref: Ref | undefined, note?: string): MetaValue | undefined => {
    const target = ref && graph.get(ref.collection, ref.id);
    return target ? { text: target.title, href: target.url, ...(note ? { note } : {}) } : undefined;
  };
  const links = (refs: readonly Ref[]) => refs.map((r) => link(r));
  const place = (p: Place | undefined): MetaValue[] => [text(p?.venue), text(p?.city), link(p?.state)].filter((v): v is MetaValue => !!v);
  const themes = (list: readonly string[]) => add('Themes', list.map((t) => ({ text: humanise(t) })));

  switch (node.collection) {
    case 'decisions': {
      const d = node.data;
      add('Symbol', [text(d.symbol)]);
      add('Adopted by', [link(d.body)]);
      add('Adopted', [{ text: formatDate(d.adopted) }]);
      add('Venue', [text(d.venue)]);
      add('Meeting', [text(d.meeting)]);
      add('Relations', d.relations.map((r) => link(r.decision, humanise(r.type))));
      add('Measures', d.cbms.map((c) => link(c.cbm, humanise(c.role))));
      add('Official text', [web(d.officialUrl)]);
      themes(d.themes);
      break;
    }
    case 'cbms': {
      const d = node.data;
      const introduced = measureFacts(graph, node).introduced;
      add('Number', [{ text: String(d.number) }]);
      add('Introduced by', [introduced && { text: headingOf(introduced.decision), href: introduced.href }]);
      add('Related measures', links(d.related));
      themes(d.themes);
      break;
    }
    case 'documents': {
      const d = node.data;
      add('Kind', [{ text: humanise(d.kind) }]);
      add('Issued by', [link(d.issuer)]);
      add('Date', [{ text: formatDate(d.date) }]);
      add('Measures', links(d.cbms));
      add('Decisions', links(d.decisions));
      add('Official text', [web(d.officialUrl)]);
      themes(d.themes);
      break;
    }
    case 'events': {
      const d = node.data;
      add('Kind', [{ text: humanise(d.kind) }]);
      add('Date', [{ text: formatDateRange(d.start, d.end) }]);
      add('Place', place(d.location));
      add('Organised by', links(d.organizers));
      add('For', links(d.countries));
      add('Participants', [d.participants && { text: formatParticipants(d.participants) }]);
      add('Part of', [link(d.activity)]);
      add('Measures', links(d.cbms));
      add('Decisions', links(d.decisions));
      themes(d.themes);
      break;
    }
    case 'activities': {
      const d = node.data;
      add('Kind', [{ text: humanise(d.kind) }]);
      add('Dates', [{ text: formatDateRange(d.start, d.end, d.ongoing) }]);
      add('Carried out by', [link(d.body)]);
      add('Countries', links(d.countries));
      add('Area', [text(d.area)]);
      add('Partners', links(d.partners));
      add('Funded by', links(d.funders));
      add('Measures', links(d.cbms));
      add('Decisions', links(d.decisions));
      themes(d.themes);
      break;
    }
    case 'bodies': {
      const d = node.data;
      add('Kind', [{ text: humanise(d.kind) }]);
      add('Short name', [text(d.shortName)]);
      add('Part of', [link(d.parent)]);
      add('Seat', place(d.location));
      break;
    }
    case 'states': {
      const d = node.data;
      add('Status', [{ text: humanise(d.status) }]);
      add('Former names', d.formerNames.map((f) => ({ text: f.name, ...(f.until ? { note: `until ${formatDate(f.until)}` } : {}) })));
      break;
    }
    case 'sources': {
      const d = node.data;
      add('Publisher', [text(d.publisher)]);
      add('Kind', [{ text: humanise(d.kind) }]);
      add('Symbol', [text(d.symbol)]);
      add('Published', [d.published ? { text: formatDate(d.published) } : undefined]);
      add('Address', [web(d.url)]);
      break;
    }
  }
  return rows;
}
