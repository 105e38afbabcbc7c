/**
 * schema.org JSON-LD for entry pages: Legislation for decisions, Event for events, DefinedTerm for
 * measures and glossary terms, Report for documents, Project for activities, Organization, Country, CreativeWork.
 */
import type { Ref } from '../../schemas/index.ts';
import type { Graph, Node } from '../corpus/graph.ts';
import { measureFacts } from '../corpus/measures.ts';
import { indexUrl } from '../urls.ts';

export function jsonLd(node: Node, graph: Graph, site: string): Record<string, unknown> {
  const org = (ref: Ref | undefined) => {
    const n = ref && graph.get('bodies', ref.id);
    return n ? { '@type': 'Organization', name: n.title, url: `${site}${n.url}` } : undefined;
  };
  const summary = 'summary' in node.data ? node.data.summary : undefined;
  const base = {
    '@context': 'https://schema.org',
    url: `${site}${node.url}`,
    name: node.title,
    ...(summary ? { description: summary } : {}),
  };
  switch (node.collection) {
    case 'decisions': {
      const d = node.data;
      return {
        ...base,
        '@type': 'Legislation',
        name: d.title,
        legislationIdentifier: d.symbol,
        legislationDate: d.adopted,
        legislationPassedBy: org(d.body),
        legislationLegalForce: 'InForce',
        ...(d.officialUrl ? { sameAs: d.officialUrl } : {}),
      };
    }
    case 'cbms': {
      const introduced = measureFacts(graph, node).introduced;
      return {
        ...base,
        '@type': 'DefinedTerm',
        termCode: `CBM ${node.data.number}`,
        inDefinedTermSet: {
          '@type': 'DefinedTermSet',
          name: 'OSCE cyber/ICT confidence-building measures',
          url: `${site}${indexUrl('cbms')}`,
        },
        ...(introduced
          ? {
              subjectOf: {
                '@type': 'Legislation',
                legislationIdentifier: introduced.decision.data.symbol,
                url: `${site}${introduced.href}`,
              },
            }
          : {}),
      };
    }
    case 'events': {
      const d = node.data;
      const city = d.location.city;
      const state = d.location.state ? graph.get('states', d.location.state.id)?.title : undefined;
      const address = {
        '@type': 'PostalAddress',
        ...(city ? { addressLocality: city } : {}),
        ...(state ? { addressCountry: state } : {}),
      };
      return {
        ...base,
        '@type': 'Event',
        startDate: d.start,
        ...(d.end ? { endDate: d.end } : {}),
        eventStatus: 'https://schema.org/EventScheduled',
        ...(city || state
          ? { location: { '@type': 'Place', name: [city, state].filter(Boolean).join(', '), address } }
          : {}),
        organizer: d.organizers.map((o) => org(o)).filter(Boolean),
      };
    }
    case 'documents':
      return { ...base, '@type': 'Report', datePublished: node.data.date, author: org(node.data.issuer) };
    case 'activities':
      return { ...base, '@type': 'Project', foundingDate: node.data.start, parentOrganization: org(node.data.body) };
    case 'bodies':
      return {
        ...base,
        '@type': 'Organization',
        ...(node.data.parent ? { parentOrganization: org(node.data.parent) } : {}),
      };
    case 'states':
      return { ...base, '@type': 'Country' };
    case 'sources': {
      const d = node.data;
      return {
        ...base,
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: d.publisher },
        ...(d.url ? { sameAs: d.url } : {}),
      };
    }
    case 'terms':
      return {
        ...base,
        '@type': 'DefinedTerm',
        description: node.data.definition,
        ...(node.data.aliases.length ? { alternateName: node.data.aliases } : {}),
        inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'CyberCBM glossary', url: `${site}${indexUrl('terms')}` },
      };
    case 'frameworks':
      return {
        ...base,
        '@type': 'CreativeWork',
        datePublished: node.data.date,
        author: { '@type': 'Organization', name: node.data.issuer },
        sameAs: node.data.url,
      };
    case 'norms': {
      const framework = graph.get('frameworks', node.data.framework.id);
      return {
        ...base,
        '@type': 'CreativeWork',
        ...(framework
          ? { isPartOf: { '@type': 'CreativeWork', name: framework.title, url: `${site}${framework.url}` } }
          : {}),
      };
    }
  }
}
