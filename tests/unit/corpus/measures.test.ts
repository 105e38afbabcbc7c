import { describe, expect, it } from 'vitest';
import { measureFacts, measuresIn, roleIn } from '../../../src/lib/corpus/measures.ts';
import { cbm, decision, graphOf, sampleCorpus } from '../../helpers/entries.ts';

const graph = sampleCorpus();
const cbm15 = graph.get('cbms', '15')!;
const pc1202 = graph.get('decisions', 'pc-1202')!;
const mc516 = graph.get('decisions', 'mc-5-16')!;

describe('the measures relation', () => {
  it('gives a measure its introducing decision and the anchor of its paragraph there', () => {
    const facts = measureFacts(graph, cbm15);
    expect(facts.number).toBe(15);
    expect(facts.introduced?.decision).toBe(pc1202);
    expect(facts.introduced?.href).toBe('/decisions/pc-1202/#cbm-15');
    expect(measureFacts(graph, graph.get('cbms', '02')!).introduced?.href).toBe('/decisions/pc-1106/#cbm-2');
  });

  it('gives the role in every decision that names the measure, in date order', () => {
    expect(measureFacts(graph, cbm15).decisions.map((m) => [m.decision.id, m.role, m.href])).toEqual([
      ['pc-1202', 'introduced', '/decisions/pc-1202/#cbm-15'],
      ['mc-5-16', 'reaffirmed', '/decisions/mc-5-16/'],
    ]);
    expect(roleIn(graph, graph.get('cbms', '02')!, mc516)?.role).toBe('referenced');
    expect(roleIn(graph, graph.get('cbms', '01')!, mc516)).toBeUndefined();
  });

  it("lists a decision's measure anchors and every measure it names", () => {
    expect(measuresIn(graph, graph.get('decisions', 'pc-1106')!).map((m) => [m.role, m.href])).toEqual([
      ['introduced', '/decisions/pc-1106/#cbm-1'],
      ['introduced', '/decisions/pc-1106/#cbm-2'],
    ]);
    expect(measuresIn(graph, mc516).map((m) => [m.cbm.data.number, m.role, m.href])).toEqual([
      [2, 'referenced', '/decisions/mc-5-16/'],
      [15, 'reaffirmed', '/decisions/mc-5-16/'],
    ]);
  });

  it('says nothing was introduced where the introducing decision is not in the corpus', () => {
    const g = graphOf(cbm(4, 'pc-9999', 'Orphan'), decision('pc-1', 'PC.DEC/1', '2010'));
    expect(measureFacts(g, g.get('cbms', '04')!)).toMatchObject({ number: 4, decisions: [] });
    expect(measureFacts(g, g.get('cbms', '04')!).introduced).toBeUndefined();
  });
});
