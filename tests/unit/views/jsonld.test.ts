import { describe, expect, it } from 'vitest';
import { jsonLd } from '../../../src/lib/views/jsonld.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();
const SITE = 'https://example.org';
const ld = (collection: Parameters<typeof graph.get>[0], id: string) => jsonLd(graph.get(collection, id)!, graph, SITE);

describe('JSON-LD', () => {
  it('describes a decision as Legislation passed by its body', () => {
    expect(ld('decisions', 'pc-1202')).toEqual({
      '@context': 'https://schema.org',
      url: 'https://example.org/decisions/pc-1202/',
      name: 'OSCE CBMs to reduce the risks of conflict',
      description: 'Summary of PC.DEC/1202',
      '@type': 'Legislation',
      legislationIdentifier: 'PC.DEC/1202',
      legislationDate: '2016-03-10',
      legislationPassedBy: {
        '@type': 'Organization',
        name: 'Permanent Council',
        url: 'https://example.org/bodies/pc/',
      },
      legislationLegalForce: 'InForce',
      sameAs: 'https://www.osce.org/pc/227281',
    });
  });

  it("describes a measure as a DefinedTerm whose subject is its decision, at the measure's anchor", () => {
    expect(ld('cbms', '15')).toMatchObject({
      '@type': 'DefinedTerm',
      termCode: 'CBM 15',
      inDefinedTermSet: { url: 'https://example.org/cbms/' },
      subjectOf: {
        '@type': 'Legislation',
        legislationIdentifier: 'PC.DEC/1202',
        url: 'https://example.org/decisions/pc-1202/#cbm-15',
      },
    });
  });

  it('gives an event its place and organisers, and the other collections their types', () => {
    expect(ld('events', 'ukraine-workshop')).toMatchObject({
      '@type': 'Event',
      startDate: '2025-01-29',
      location: {
        '@type': 'Place',
        name: 'Kyiv, Ukraine',
        address: { addressLocality: 'Kyiv', addressCountry: 'Ukraine' },
      },
      organizer: [{ name: 'Permanent Council' }],
    });
    expect(ld('events', 'conference')).toMatchObject({ endDate: '2017-11-04' });
    expect(ld('events', 'conference')).not.toHaveProperty('location');
    expect(ld('documents', 'minsk-declaration')).toMatchObject({ '@type': 'Report', datePublished: '2017-07' });
    expect(ld('activities', 'project')).toMatchObject({ '@type': 'Project', foundingDate: '2016' });
    expect(ld('bodies', 'pc')).toMatchObject({ '@type': 'Organization', parentOrganization: { name: 'OSCE' } });
    expect(ld('states', 'ukraine')).toEqual({
      '@context': 'https://schema.org',
      url: 'https://example.org/states/ukraine/',
      name: 'Ukraine',
      '@type': 'Country',
    });
    expect(ld('sources', 'pc-dec-1202')).toMatchObject({
      '@type': 'CreativeWork',
      publisher: { name: 'OSCE' },
      sameAs: 'https://www.osce.org/pc/227281',
    });
  });
});
