import { describe, expect, it } from 'vitest';
import { provenanceCard, provenanceOf } from '../../../src/lib/views/provenance.ts';
import { sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();
const cbm15 = graph.get('cbms', '15')!;

describe('provenance of a measure', () => {
  it('gives the introducing decision at its anchor, later decisions, and what was done under the measure', () => {
    const p = provenanceOf(cbm15, graph);
    expect(p.introduced?.href).toBe('/decisions/pc-1202/#cbm-15');
    expect(p.decisions.map((d) => [d.node.id, d.relation, d.href])).toEqual([
      ['mc-5-16', 'reaffirmed', '/decisions/mc-5-16/'],
    ]);
    expect(p.events.map((n) => n.id)).toEqual(['conference', 'ukraine-workshop']);
    expect(p.activities.map((n) => n.id)).toEqual(['project']);
    expect(p.documents.map((n) => n.id)).toEqual(['minsk-declaration']);
    expect(p.related.map((n) => n.id)).toEqual(['02']);
    expect(p.history.map((h) => [h.date, h.relation])).toEqual([
      ['2016', 'implemented'],
      ['2016-03-10', 'introduced'],
      ['2016-12-09', 'reaffirmed'],
      ['2017-07', 'cited'],
      ['2017-11-03', 'implemented'],
      ['2025-01-29', 'implemented'],
    ]);
  });

  it('writes the card as it reads', () => {
    const card = provenanceCard(cbm15, graph);
    expect(card.heading).toBe('Provenance of CBM 15');
    expect(card.introduced).toEqual({
      href: '/decisions/pc-1202/#cbm-15',
      text: 'PC 1202, measure 15',
      note: '10 March 2016',
    });
    expect(card.laterDecisions).toEqual([
      { href: '/decisions/mc-5-16/', text: 'MC 5/16', note: 'reaffirmed, 9 December 2016' },
    ]);
    expect(card.implementedThrough.map((l) => l.note)).toEqual([
      'event, 3–4 November 2017',
      'event, 29 January 2025',
      'activity, 2016 – ongoing',
    ]);
    expect(card.history[1]).toEqual({
      date: '10 March 2016',
      relation: 'Introduced',
      href: '/decisions/pc-1202/#cbm-15',
      text: 'PC 1202: OSCE CBMs to reduce the risks of conflict',
    });
  });

  it('says when nothing reaffirmed the measure or was done under it', () => {
    const card = provenanceCard(graph.get('cbms', '01')!, graph);
    expect(card.laterDecisions).toEqual([]);
    expect(card.implementedThrough).toEqual([]);
    expect(card.history.map((h) => h.relation)).toEqual(['Introduced']);
  });
});
