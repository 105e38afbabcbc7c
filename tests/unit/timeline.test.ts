import { describe, expect, it } from 'vitest';
import { buildGraph, type PlainEntry } from '../../src/lib/graph.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { provenanceOf } from '../../src/lib/provenance.ts';
import { sourceNotes } from '../../src/lib/conflicts.ts';
import { bodyTree } from '../../src/lib/collections.ts';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';

const src = [{ source: 's', grade: 'primary' }];
const e = (collection: CollectionName, id: string, input: Record<string, unknown>): PlainEntry => ({ collection, id, data: schemas[collection].parse(input) as Record<string, unknown> });
const graph = buildGraph([
  e('sources', 's', { title: 'S', publisher: 'P', kind: 'secondary' }),
  e('bodies', 'osce', { name: 'OSCE', kind: 'organisation', sources: src }),
  e('bodies', 'pc', { name: 'Permanent Council', kind: 'decision-making-body', parent: 'osce', sources: src }),
  e('bodies', 'mc', { name: 'Ministerial Council', kind: 'decision-making-body', parent: 'osce', sources: src }),
  e('decisions', 'pc-1202', { title: 'Second set', symbol: 'PC.DEC/1202', body: 'pc', adopted: '2016-03-10', venue: 'Vienna', summary: 'S', sources: src }),
  e('decisions', 'mc-5-16', { title: 'Hamburg', symbol: 'MC.DEC/5/16', body: 'mc', adopted: '2016-12-09', venue: 'Hamburg', summary: 'S', cbms: [{ cbm: 15, role: 'reaffirms' }], sources: src }),
  e('cbms', '15', { number: 15, title: 'CI', introducedBy: 'pc-1202', summary: 'S', sources: src }),
  e('activities', 'proj', { title: 'Project', kind: 'project', body: 'pc', start: '2016', ongoing: true, cbms: [15], summary: 'S', sources: src }),
  e('events', 'conf', {
    title: 'Conference', kind: 'conference', start: '2017-11-03', organizers: ['pc'], summary: 'S', sources: src,
    sourceNotes: [{ field: 'start', claim: 'Says 2019', source: 's', resolution: 'Follows 2017' }],
  }),
]);

describe('timeline', () => {
  it('groups dated entries by year, year-only dates first within the year', () => {
    const years = buildTimeline(graph);
    expect(years.map((y) => y.year)).toEqual([2016, 2017]);
    expect(years[0]!.items.map((i) => i.node.id)).toEqual(['proj', 'pc-1202', 'mc-5-16']);
    expect(years[0]!.items[0]!.ongoing).toBe(true);
  });
});

describe('provenance', () => {
  it('gives the introducing decision at its anchor, later decisions, and what was done under the measure', () => {
    const p = provenanceOf(graph.get('cbms', '15')!, graph);
    expect(p.introducedBy?.href).toBe('/decisions/pc-1202/#cbm-15');
    expect(p.decisions.map((d) => [d.node.id, d.relation])).toEqual([['mc-5-16', 'reaffirmed']]);
    expect(p.activities.map((n) => n.id)).toEqual(['proj']);
    expect(p.history.map((h) => h.relation)).toEqual(['implemented', 'introduced', 'reaffirmed']);
  });
});

describe('source notes and the body tree', () => {
  it('collects every note with an anchor', () => {
    expect(sourceNotes(graph)).toMatchObject([{ field: 'start', kind: 'conflict', anchor: 'events-conf-1', source: { id: 's' } }]);
  });
  it('builds the organisation tree from parent links', () => {
    const tree = bodyTree([...graph.nodes.values()].filter((n) => n.collection === 'bodies'));
    expect(tree.map((t) => [t.node.id, t.children.map((c) => c.node.id)])).toEqual([['osce', ['mc', 'pc']]]);
  });
});
