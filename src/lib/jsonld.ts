/**
 * schema.org JSON-LD for entry pages: Legislation for decisions, Event for events, DefinedTerm for
 * measures, Report for documents, Project for activities, Organization, Country, CreativeWork.
 */
import type { Graph, Node } from './graph.ts';

const org = (graph: Graph, ref: unknown, site: string) => {
  const n = graph.get('bodies', (ref as { id: string }).id);
  return n ? { '@type': 'Organization', name: n.title, url: `${site}${n.url}` } : undefined;
};

export function jsonLd(node: Node, graph: Graph, site: string): Record<string, unknown> {
  const d = node.data;
  const base = { '@context': 'https://schema.org', url: `${site}${node.url}`, name: node.title, ...(typeof d['summary'] === 'string' ? { description: d['summary'] } : {}) };
  switch (node.collection) {
    case 'decisions':
      return {
        ...base,
        '@type': 'Legislation',
        name: String(d['title']),
        legislationIdentifier: String(d['symbol']),
        legislationDate: String(d['adopted']),
        legislationPassedBy: org(graph, d['body'], site),
        legislationLegalForce: 'InForce',
        ...(typeof d['officialUrl'] === 'string' ? { sameAs: d['officialUrl'] } : {}),
      };
    case 'cbms': {
      const decision = graph.get('decisions', (d['introducedBy'] as { id: string }).id);
      return {
        ...base,
        '@type': 'DefinedTerm',
        termCode: `CBM ${d['number']}`,
        inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'OSCE cyber/ICT confidence-building measures', url: `${site}/cbms/` },
        ...(decision ? { subjectOf: { '@type': 'Legislation', legislationIdentifier: String(decision.data['symbol']), url: `${site}${decision.url}#cbm-${d['number']}` } } : {}),
      };
    }
    case 'events': {
      const loc = (d['location'] ?? {}) as { city?: string; state?: { id: string } };
      const state = loc.state ? graph.get('states', loc.state.id)?.title : undefined;
      return {
        ...base,
        '@type': 'Event',
        startDate: String(d['start']),
        ...(typeof d['end'] === 'string' ? { endDate: d['end'] } : {}),
        eventStatus: 'https://schema.org/EventScheduled',
        ...(loc.city || state ? { location: { '@type': 'Place', name: [loc.city, state].filter(Boolean).join(', '), address: { '@type': 'PostalAddress', ...(loc.city ? { addressLocality: loc.city } : {}), ...(state ? { addressCountry: state } : {}) } } } : {}),
        organizer: (d['organizers'] as unknown[]).map((o) => org(graph, o, site)).filter(Boolean),
      };
    }
    case 'documents':
      return { ...base, '@type': 'Report', datePublished: String(d['date']), author: org(graph, d['issuer'], site) };
    case 'activities':
      return { ...base, '@type': 'Project', foundingDate: String(d['start']), parentOrganization: org(graph, d['body'], site) };
    case 'bodies':
      return { ...base, '@type': 'Organization', ...(d['parent'] ? { parentOrganization: org(graph, d['parent'], site) } : {}) };
    case 'states':
      return { ...base, '@type': 'Country' };
    default:
      return { ...base, '@type': 'CreativeWork', ...(typeof d['publisher'] === 'string' ? { publisher: { '@type': 'Organization', name: d['publisher'] } } : {}), ...(typeof d['url'] === 'string' ? { sameAs: d['url'] } : {}) };
  }
}
