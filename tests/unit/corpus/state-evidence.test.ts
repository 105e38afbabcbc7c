import { describe, expect, it } from 'vitest';
import { activity, body, cbm, cites, decision, entry, event, graphOf, source } from '../../helpers/entries.ts';
import { stateEvidence } from '../../../src/lib/corpus/state-evidence.ts';
import { stateProfile, statesByEvidence } from '../../../src/lib/views/state-profile.ts';

function corpus() {
  return graphOf(
    source('s'),
    body('pc', 'Permanent Council'),
    body('iwg', 'Informal Working Group', {
      kind: 'working-group',
      chairs: [{ state: 'austria', from: '2017-01', to: '2017-12', sources: cites() }],
    }),
    decision('pc-1106', 'PC.DEC/1106', '2013-12-03'),
    cbm(3, 'pc-1106', 'Consultations'),
    cbm(8, 'pc-1106', 'Contacts'),
    entry('states', 'austria', { name: 'Austria', status: 'participating', chairmanships: [2017], sources: cites() }),
    entry('states', 'portugal', {
      name: 'Portugal',
      status: 'participating',
      contactPoint: { name: 'National Cybersecurity Centre', sources: cites('s', 'para. 3') },
      sources: cites(),
    }),
    entry('states', 'japan', { name: 'Japan', status: 'asian-partner', sources: cites() }),
    event('vienna-2017', 'Vienna conference', '2017-02-15', {
      location: { city: 'Vienna', state: 'austria' },
      cbms: [3, 8],
    }),
    event('vienna-2018', 'Vienna workshop', '2018-05', { location: { city: 'Vienna', state: 'austria' }, cbms: [8] }),
    event('for-austria', 'Training for Austria', '2017-06-01', {
      countries: ['austria'],
      location: { city: 'Bratislava' },
      cbms: [8],
    }),
    activity('austrian-fund', 'Project funded by Austria', '2019', {
      funders: ['austria'],
      countries: ['austria'],
      cbms: [3],
    }),
  );
}

describe('a State in the record', () => {
  const graph = corpus();

  it('derives Chairmanship years, events hosted and held for it, activities, chairs and the contact point', () => {
    const e = stateEvidence(graph, graph.get('states', 'austria')!);
    expect(e.chairmanships).toEqual([2017]);
    expect(e.hosted.map((n) => n.id)).toEqual(['vienna-2017', 'vienna-2018']);
    expect(e.eventsFor.map((n) => n.id)).toEqual(['for-austria']);
    expect(e.activitiesIn.map((n) => n.id)).toEqual(['austrian-fund']);
    expect(e.funded.map((n) => n.id)).toEqual(['austrian-fund']);
    expect(e.chairs.map((c) => [c.body.id, c.from, c.to])).toEqual([['iwg', '2017-01', '2017-12']]);
    expect(stateEvidence(graph, graph.get('states', 'portugal')!).contactPoint?.name).toBe(
      'National Cybersecurity Centre',
    );
  });

  it('counts evidence by year and measure, each event or activity once', () => {
    const e = stateEvidence(graph, graph.get('states', 'austria')!);
    expect([...e.grid].map(([y, row]) => [y, Object.fromEntries(row)])).toEqual([
      [2017, { 3: 1, 8: 2 }],
      [2018, { 8: 1 }],
      [2019, { 3: 1 }],
    ]);
    // 1 Chairmanship year + 1 chair + 3 events + 1 activity (in and funded counts once)
    expect(e.total).toBe(6);
  });

  it('sorts States by the amount of evidence, then by name', () => {
    expect(statesByEvidence(graph).map((s) => [s.state.id, s.total])).toEqual([
      ['austria', 6],
      ['portugal', 1],
      ['japan', 0],
    ]);
  });

  it('draws the profile: a summary line, sections and the grid over the measures that have evidence', () => {
    const p = stateProfile(graph, graph.get('states', 'austria')!);
    expect(p.summary).toBe('Chaired the OSCE in 2017 · 2 events hosted · 1 activity · 1 working-group chair');
    expect(p.sections.map((s) => s.heading)).toEqual([
      'Working groups it chaired',
      'Events it hosted',
      'Events held for it',
      'Activities in it',
      'Activities it funded',
    ]);
    expect(p.sections[1]!.items[0]).toEqual({
      text: 'Vienna conference',
      href: '/events/vienna-2017/',
      note: '15 February 2017',
    });
    expect(p.grid).toEqual({
      measures: [
        { number: 3, href: '/cbms/3/' },
        { number: 8, href: '/cbms/8/' },
      ],
      rows: [
        { year: 2017, cells: [1, 2], read: [0, 0] },
        { year: 2018, cells: [0, 1], read: [0, 0] },
        { year: 2019, cells: [1, 0], read: [0, 0] },
      ],
    });
    expect(stateProfile(graph, graph.get('states', 'japan')!)).toEqual({
      summary: 'The record holds no Chairmanship, event, activity or chair for this State yet.',
      sections: [],
      total: 0,
    });
    expect(stateProfile(graph, graph.get('states', 'portugal')!).sections).toEqual([
      {
        id: 'profile-contact',
        heading: 'Point of contact for the measures (CBM 8)',
        items: [{ text: 'National Cybersecurity Centre', note: 'named in a public source' }],
      },
    ]);
  });
});
