/**
 * The metadata an entry page shows as a definition list, per collection, in reading order.
 * References become links; dates are written out; absent optional fields are left out.
 */
import { formatDate, formatDateRange, formatParticipants, humanise } from './format.ts';
import type { Graph, Node } from './graph.ts';
import type { Ref } from '../schemas/index.ts';
import { measureAnchorUrl } from './urls.ts';

export interface MetaValue {
  text: string;
  href?: string;
  note?: string;
}
export interface MetaRow {
  label: string;
  values: MetaValue[];
}

type Data = Record<string, unknown>;

export function metadataRows(node: Node, graph: Graph): MetaRow[] {
  const d = node.data;
  const rows: MetaRow[] = [];
  const add = (label: string, values: (MetaValue | undefined)[]) => {
    const present = values.filter((v): v is MetaValue => v !== undefined && v.text !== '');
    if (present.length) rows.push({ label, values: present });
  };
  const text = (value: unknown): MetaValue | undefined => (typeof value === 'string' && value ? { text: value } : undefined);
  const link = (ref: unknown, note?: string): MetaValue | undefined => {
    const r = ref as Ref | undefined;
    const target = r && graph.get(r.collection, r.id);
    return target ? { text: target.title, href: target.url, note } : undefined;
  };
  const links = (refs: unknown) => (Array.isArray(refs) ? refs.map((r) => link(r)) : []);
  const place = (p: unknown): MetaValue[] => {
    const loc = (p ?? {}) as Data;
    return [text(loc['venue']), text(loc['city']), link(loc['state'])].filter((v): v is MetaValue => !!v);
  };
  const themes = () => add('Themes', ((d['themes'] as string[]) ?? []).map((t) => ({ text: humanise(t) })));

  switch (node.collection) {
    case 'decisions':
      add('Symbol', [text(d['symbol'])]);
      add('Adopted by', [link(d['body'])]);
      add('Adopted', [{ text: formatDate(d['adopted'] as string) }]);
      add('Venue', [text(d['venue'])]);
      add('Meeting', [text(d['meeting'])]);
      add('Relations', ((d['relations'] as Data[]) ?? []).map((r) => link(r['decision'], humanise(String(r['type'])))));
      add('Measures', ((d['cbms'] as Data[]) ?? []).map((c) => {
        const target = link(c['cbm']);
        if (!target) return undefined;
        const n = Number((c['cbm'] as Ref).id);
        return { ...target, href: `/cbms/${n}/`, note: humanise(String(c['role'])) };
      }));
      add('Official text', [d['officialUrl'] ? { text: String(d['officialUrl']), href: String(d['officialUrl']) } : undefined]);
      themes();
      break;
    case 'cbms': {
      const intro = d['introducedBy'] as Ref;
      const decision = graph.get('decisions', intro.id);
      add('Number', [{ text: String(d['number']) }]);
      add('Introduced by', [decision ? { text: `${decision.label}: ${decision.title}`, href: measureAnchorUrl(intro.id, Number(d['number'])) } : undefined]);
      add('Related measures', links(d['related']));
      themes();
      break;
    }
    case 'documents':
      add('Kind', [{ text: humanise(String(d['kind'])) }]);
      add('Issued by', [link(d['issuer'])]);
      add('Date', [{ text: formatDate(String(d['date'])) }]);
      add('Measures', links(d['cbms']));
      add('Decisions', links(d['decisions']));
      add('Official text', [d['officialUrl'] ? { text: String(d['officialUrl']), href: String(d['officialUrl']) } : undefined]);
      themes();
      break;
    case 'events':
      add('Kind', [{ text: humanise(String(d['kind'])) }]);
      add('Date', [{ text: formatDateRange(String(d['start']), d['end'] as string | undefined) }]);
      add('Place', place(d['location']));
      add('Organised by', links(d['organizers']));
      add('For', links(d['countries']));
      add('Participants', [d['participants'] ? { text: formatParticipants(d['participants'] as { total: number }) } : undefined]);
      add('Part of', [link(d['activity'])]);
      add('Measures', links(d['cbms']));
      add('Decisions', links(d['decisions']));
      themes();
      break;
    case 'activities':
      add('Kind', [{ text: humanise(String(d['kind'])) }]);
      add('Dates', [{ text: formatDateRange(String(d['start']), d['end'] as string | undefined, Boolean(d['ongoing'])) }]);
      add('Carried out by', [link(d['body'])]);
      add('Countries', links(d['countries']));
      add('Area', [text(d['area'])]);
      add('Partners', links(d['partners']));
      add('Funded by', links(d['funders']));
      add('Measures', links(d['cbms']));
      add('Decisions', links(d['decisions']));
      themes();
      break;
    case 'bodies':
      add('Kind', [{ text: humanise(String(d['kind'])) }]);
      add('Short name', [text(d['shortName'])]);
      add('Part of', [link(d['parent'])]);
      add('Seat', place(d['location']));
      break;
    case 'states':
      add('Status', [{ text: humanise(String(d['status'])) }]);
      add('Former names', ((d['formerNames'] as Data[]) ?? []).map((f) => ({ text: String(f['name']), note: f['until'] ? `until ${formatDate(String(f['until']))}` : undefined })));
      break;
    case 'sources':
      add('Publisher', [text(d['publisher'])]);
      add('Kind', [{ text: humanise(String(d['kind'])) }]);
      add('Symbol', [text(d['symbol'])]);
      add('Published', [d['published'] ? { text: formatDate(String(d['published'])) } : undefined]);
      add('Address', [d['url'] ? { text: String(d['url']), href: String(d['url']) } : undefined]);
      break;
  }
  return rows;
}
