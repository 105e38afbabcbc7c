import { describe, expect, it } from 'vitest';
import { linkSections } from '../../../src/lib/views/links.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('references and backlinks', () => {
  it('groups what an entry refers to by collection, leaving sources to their own section', () => {
    const { references } = linkSections(graph.get('cbms', '15')!, graph);
    expect(references.id).toBe('references');
    expect(references.groups).toEqual([
      {
        heading: 'Decisions',
        items: [
          {
            href: '/decisions/pc-1202/',
            text: 'OSCE CBMs to reduce the risks of conflict',
            note: 'PC 1202 · 10 March 2016',
          },
        ],
      },
      {
        heading: 'Confidence-building measures',
        items: [{ href: '/cbms/2/', text: 'CBM 2: Co-operation', note: 'CBM 2' }],
      },
    ]);
  });

  it('lists each referring entry once, however many fields name it', () => {
    const { referencedBy } = linkSections(graph.get('states', 'ukraine')!, graph);
    expect(referencedBy).toEqual({
      id: 'referenced-by',
      heading: 'Referenced by',
      groups: [
        {
          heading: 'Events',
          items: [
            {
              href: '/events/ukraine-workshop/',
              text: 'Incident classification workshop',
              note: 'Incident classification workshop · 29 January 2025',
            },
          ],
        },
      ],
    });
    expect(linkSections(graph.get('cbms', '01')!, graph).referencedBy.groups).toEqual([]);
  });
});
