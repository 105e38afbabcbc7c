import { describe, expect, it } from 'vitest';
import { collectionIndex, indexGroups, linkedCount } from '../../../src/lib/views/collection-index.ts';
import { cites, entry, graphOf, sampleCorpus, source } from '../../helpers/entries.ts';

const graph = sampleCorpus();

describe('collection indexes', () => {
  it('groups decisions by adopting body, each with its date and summary', () => {
    const page = collectionIndex(graph, 'decisions');
    expect(page).toMatchObject({ layout: 'groups', title: 'Decisions', count: '3 entries.' });
    expect(page.layout === 'groups' && page.groups.map((g) => [g.heading, g.id, g.items.length])).toEqual([
      ['Permanent Council', 'permanent-council', 2],
      ['Ministerial Council', 'ministerial-council', 1],
    ]);
    expect(indexGroups(graph, 'decisions')[0]!.items[1]).toEqual({
      href: '/decisions/pc-1202/',
      text: 'PC 1202: OSCE CBMs to reduce the risks of conflict',
      note: '10 March 2016',
      summary: 'Summary of PC.DEC/1202',
    });
  });

  it('groups events by year, newest year first, with label and date', () => {
    expect(indexGroups(graph, 'events').map((g) => [g.heading, g.id])).toEqual([
      ['2025', 'y2025'],
      ['2017', 'y2017'],
    ]);
    expect(indexGroups(graph, 'events')[1]!.items[0]).toMatchObject({
      text: 'Chairmanship conference',
      note: 'Chairmanship conference · 3 November 2017',
    });
  });

  it('groups states by status, participating States first, and says how much evidence the record holds on each', () => {
    expect(indexGroups(graph, 'states').map((g) => g.heading)).toEqual([
      'Participating States',
      'Asian Partners for Co-operation',
    ]);
    expect(linkedCount(graph.get('states', 'ukraine')!, graph)).toBe(1);
    expect(indexGroups(graph, 'states')[0]!.items).toEqual([
      { href: '/states/ukraine/', text: 'Ukraine', note: '1 item of evidence' },
    ]);
    expect(indexGroups(graph, 'states')[1]!.items).toEqual([{ href: '/states/japan/', text: 'Japan' }]);
  });

  it('lists sources without summaries and links the notes on the sources', () => {
    const page = collectionIndex(graph, 'sources');
    expect(page.seeAlso).toBe('/sources/conflicts/');
    expect(page.layout === 'groups' && page.groups.flatMap((g) => g.items.map((i) => i.summary))).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('shows measures as a table and by theme, bodies as a tree', () => {
    const cbms = collectionIndex(graph, 'cbms');
    expect(cbms.layout === 'cbms' && cbms.themes.map((g) => [g.heading, g.items.map((i) => i.text)])).toEqual([
      ['Co-operation', ['CBM 2: Co-operation', 'CBM 15: Critical infrastructure']],
      ['Critical infrastructure', ['CBM 15: Critical infrastructure']],
    ]);
    const bodies = collectionIndex(graph, 'bodies');
    expect(
      bodies.layout === 'tree' && bodies.tree.map((t) => [t.text, t.children.map((c) => [c.text, c.note])]),
    ).toEqual([
      [
        'OSCE',
        [
          ['Ministerial Council', '1 linked entry'],
          ['Permanent Council', '6 linked entries'],
        ],
      ],
    ]);
  });
});

describe('the glossary and the norms', () => {
  const glossary = graphOf(
    source('s'),
    entry('terms', 'ict', { term: 'ICT', definition: 'Technology.', aliases: ['ICTs'], sources: cites() }),
    entry('terms', 'cert', { term: 'CERT / CSIRT', definition: 'A team.', sources: cites() }),
    entry('terms', 'capacity-building', { term: 'Capacity building', definition: 'Skills.', sources: cites() }),
    entry('frameworks', 'gge', {
      title: 'GGE report',
      issuer: 'UN',
      date: '2015-07-22',
      url: 'https://un.org',
      sources: cites(),
    }),
    entry('norms', 'gge-13k', { framework: 'gge', label: '13(k)', title: 'K', summary: 'S', sources: cites() }),
    entry('norms', 'gge-13b', { framework: 'gge', label: '13(b)', title: 'B', summary: 'S', sources: cites() }),
  );

  it('lists terms from A to Z under their letter, with their aliases and definitions', () => {
    const groups = indexGroups(glossary, 'terms');
    expect(groups.map((g) => [g.id, g.heading, g.items.map((i) => i.text)])).toEqual([
      ['letter-c', 'C', ['Capacity building', 'CERT / CSIRT']],
      ['letter-i', 'I', ['ICT']],
    ]);
    expect(groups[1]!.items[0]).toEqual({
      href: '/glossary/ict/',
      text: 'ICT',
      note: 'also ICTs',
      summary: 'Technology.',
    });
  });

  it('lists norms under their framework in label order, headed by their label', () => {
    expect(indexGroups(glossary, 'norms').map((g) => [g.heading, g.items.map((i) => i.text)])).toEqual([
      ['GGE report', ['13(b): B', '13(k): K']],
    ]);
  });
});
