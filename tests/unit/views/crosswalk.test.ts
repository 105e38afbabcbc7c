import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { uiFor } from '../../../src/lib/i18n/index.ts';
import { cbm, cites, decision, entry, graphOf, source, body } from '../../helpers/entries.ts';
import { crosswalkCsv, crosswalkJson } from '../../../src/lib/views/crosswalk-exports.ts';
import {
  crosswalkLinks,
  crosswalkPage,
  crosswalkSection,
  crosswalkTable,
  orderedNorms,
} from '../../../src/lib/views/crosswalk.ts';

const SITE = 'https://example.org';

function corpus() {
  return graphOf(
    source('s'),
    source('gge-text', { title: 'A/70/174' }),
    body('pc', 'Permanent Council'),
    decision('pc-1106', 'PC.DEC/1106', '2013-12-03'),
    decision('pc-1202', 'PC.DEC/1202', '2016-03-10'),
    cbm(2, 'pc-1106', 'Co-operation'),
    cbm(15, 'pc-1202', 'Critical infrastructure'),
    cbm(16, 'pc-1202', 'Vulnerabilities'),
    entry('frameworks', 'un-gge-2015', {
      title: 'GGE report',
      issuer: 'UN General Assembly',
      symbol: 'A/70/174',
      date: '2015-07-22',
      url: 'https://un.org/gge',
      sources: cites(),
    }),
    entry('frameworks', 'oas', {
      title: 'OAS CBMs',
      issuer: 'OAS',
      date: '2018-05-04',
      url: 'https://oas.org',
      sources: cites(),
    }),
    entry('norms', 'oas-cbm-1', {
      framework: 'oas',
      label: 'CBM 1',
      title: 'Policies',
      summary: 'S',
      cbms: [{ cbm: 2, basis: 'reading', reason: 'Both share policies.' }],
      sources: cites(),
    }),
    entry('norms', 'gge-2015-13j', {
      framework: 'un-gge-2015',
      label: '13(j)',
      title: 'Report vulnerabilities',
      summary: 'S',
      cbms: [{ cbm: 16, basis: 'reading', reason: 'Same two steps.' }],
      sources: cites(),
    }),
    entry('norms', 'gge-2015-13f', {
      framework: 'un-gge-2015',
      label: '13(f)',
      title: 'Do no harm',
      summary: 'S',
      sources: cites(),
    }),
    entry('norms', 'gge-2015-13g', {
      framework: 'un-gge-2015',
      label: '13(g)',
      title: 'Protect critical infrastructure',
      summary: 'S',
      cbms: [
        { cbm: 15, basis: 'source', source: 'gge-text', locator: 'para. 13(g)' },
        { cbm: 2, basis: 'reading', reason: 'Co-operation serves protection.' },
      ],
      sources: cites(),
    }),
  );
}

describe('the cross-walk', () => {
  const graph = corpus();

  it('orders norms by framework date, then by label within a framework', () => {
    expect(orderedNorms(graph).map((n) => n.id)).toEqual(['gge-2015-13f', 'gge-2015-13g', 'gge-2015-13j', 'oas-cbm-1']);
  });

  it('lists every link with its basis, by measure then norm', () => {
    expect(
      crosswalkLinks(graph).map((l) => [l.cbm.data.number, l.norm.data.label, l.basis, l.locator ?? l.reason]),
    ).toEqual([
      [2, '13(g)', 'reading', 'Co-operation serves protection.'],
      [2, 'CBM 1', 'reading', 'Both share policies.'],
      [15, '13(g)', 'source', 'para. 13(g)'],
      [16, '13(j)', 'reading', 'Same two steps.'],
    ]);
  });

  it('builds the table: measures × norms grouped by framework, each cell with its basis', () => {
    const t = crosswalkTable(graph);
    expect(t.groups.map((g) => [g.label, g.norms.map((n) => n.label)])).toEqual([
      ['A/70/174', ['13(f)', '13(g)', '13(j)']],
      ['OAS CBMs', ['CBM 1']],
    ]);
    expect(t.rows.map((r) => [r.label, r.cells.map((c) => c?.basis ?? '')])).toEqual([
      ['CBM 2', ['', 'reading', '', 'reading']],
      ['CBM 15', ['', 'source', '', '']],
      ['CBM 16', ['', '', 'reading', '']],
    ]);
    expect(t.rows[1]!.cells[1]).toEqual({
      basis: 'source',
      href: '/norms/gge-2015-13g/#link-cbm-15',
      text: 'CBM 15 and 13(g): stated by a source',
      values: { cbm: 'CBM 15', norm: '13(g)', basis: 'stated by a source' },
    });
    expect(t.counts).toEqual({ source: 1, reading: 3 });
  });

  it('words each cell in the reader’s language', () => {
    const cell = crosswalkTable(graph, uiFor('ru')).rows[1]!.cells[1]!;
    expect(cell.text).toBe('CBM 15 и 13(g): указано источником');
    expect(crosswalkPage(graph, uiFor('ru')).legend.map((b) => b.label)).toEqual([
      'указано источником',
      'прочтение сайта',
    ]);
  });

  it('writes CSV and JSON from the same records', () => {
    const rows = parseCsv(crosswalkCsv(graph, SITE), { columns: true }) as Record<string, string>[];
    const json = crosswalkJson(graph, SITE);
    expect(rows.map((r) => ({ ...r, cbm: Number(r['cbm']) }))).toEqual(json.links);
    expect(rows[2]).toEqual({
      cbm: '15',
      framework: 'un-gge-2015',
      norm: 'gge-2015-13g',
      label: '13(g)',
      normTitle: 'Protect critical infrastructure',
      basis: 'source',
      source: 'gge-text',
      locator: 'para. 13(g)',
      reason: '',
      page: 'https://example.org/norms/gge-2015-13g/',
    });
    expect(json.norms.map((n) => n.id)).toEqual(orderedNorms(graph).map((n) => n.id));
  });

  it('gives a measure, a norm and a framework page their links with the basis of each', () => {
    const of = (c: 'cbms' | 'norms' | 'frameworks', id: string) => crosswalkSection(graph, graph.get(c, id)!)!;
    expect(of('cbms', '15').items).toEqual([
      {
        id: 'link-cbm-15-gge-2015-13g',
        href: '/norms/gge-2015-13g/',
        text: 'A/70/174 13(g): Protect critical infrastructure',
        basis: 'source',
        basisLabel: 'stated by a source',
        mark: '●',
        why: 'A/70/174, para. 13(g)',
        sourceHref: '/sources/gge-text/',
      },
    ]);
    expect(of('norms', 'gge-2015-13g').items.map((i) => [i.id, i.text, i.basisLabel])).toEqual([
      ['link-cbm-2', 'CBM 2: Co-operation', "the site's reading"],
      ['link-cbm-15', 'CBM 15: Critical infrastructure', 'stated by a source'],
    ]);
    expect(of('frameworks', 'un-gge-2015').counts).toEqual({ source: 1, reading: 2 });
    expect(crosswalkSection(graph, graph.get('decisions', 'pc-1106')!)).toBeUndefined();
  });

  it('names the norms no measure answers', () => {
    expect(crosswalkPage(graph).unlinked).toEqual([
      { href: '/norms/gge-2015-13f/', text: 'A/70/174 13(f): Do no harm' },
    ]);
    expect(crosswalkPage(graph).byMeasure.map((m) => [m.heading, m.items.length])).toEqual([
      ['CBM 2: Co-operation', 2],
      ['CBM 15: Critical infrastructure', 1],
      ['CBM 16: Vulnerabilities', 1],
    ]);
  });
});
