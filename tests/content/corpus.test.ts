/**
 * Invariants of the real corpus, read by the same checker the build runs (no Astro needed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { formatProblems, type CheckResult } from '../../src/lib/check/index.ts';
import { checkProject } from '../../src/site/content-files.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let result: CheckResult;
const of = (collection: string) => result.entries.filter((e) => e.collection === collection);
const data = (collection: string, id: string) => of(collection).find((e) => e.id === id)?.data as Record<string, any>;

beforeAll(() => {
  result = checkProject(root);
});

describe('the real corpus', () => {
  it('passes the content check with no problem at all', () => {
    expect(formatProblems(result.problems)).toBe('');
    expect(result.entries).toHaveLength(result.files);
  });

  it('has the sixteen measures: 1–11 introduced by PC 1106, 12–16 by PC 1202', () => {
    const cbms = of('cbms').map((e) => [e.data['number'], (e.data['introducedBy'] as { id: string }).id]);
    expect(cbms.map(([n]) => n).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    for (const [n, by] of cbms) expect(by, `CBM ${n}`).toBe(Number(n) <= 11 ? 'pc-1106' : 'pc-1202');
  });

  it('has the five decisions with their symbols, dates and venues', () => {
    const rows = of('decisions').map((e) => [e.id, e.data['symbol'], e.data['adopted'], e.data['venue']]).sort();
    expect(rows).toEqual([
      ['mc-3-04', 'MC.DEC/3/04', '2004-12-07', 'Sofia'],
      ['mc-5-16', 'MC.DEC/5/16', '2016-12-09', 'Hamburg'],
      ['mc-7-06', 'MC.DEC/7/06', '2006-12-05', 'Brussels'],
      ['pc-1106', 'PC.DEC/1106', '2013-12-03', 'Vienna'],
      ['pc-1202', 'PC.DEC/1202', '2016-03-10', 'Vienna'],
    ]);
  });

  it('anchors every measure in its decision', () => {
    for (const cbm of of('cbms')) {
      const decision = of('decisions').find((d) => d.id === (cbm.data['introducedBy'] as { id: string }).id)!;
      expect(decision.body, `CBM ${cbm.data['number']}`).toMatch(new RegExp(`^#{2,6} CBM ${cbm.data['number']}\\b`, 'm'));
    }
  });

  it('lists the 57 participating States and the 11 Partners for Co-operation', () => {
    const status = (s: string) => of('states').filter((e) => e.data['status'] === s).length;
    expect(status('participating')).toBe(57);
    expect(status('asian-partner')).toBe(5);
    expect(status('mediterranean-partner')).toBe(6);
    expect(data('states', 'north-macedonia')['formerNames'][0].name).toBe('the former Yugoslav Republic of Macedonia');
  });

  it('gives every entry but the sources themselves at least one source', () => {
    for (const e of result.entries.filter((x) => x.collection !== 'sources')) {
      expect((e.data['sources'] as unknown[]).length, e.file).toBeGreaterThan(0);
    }
  });

  it('has every collection of the content model', () => {
    for (const c of COLLECTIONS) expect(of(c).length, c).toBeGreaterThan(0);
  });

  it('records the conflict over the Austrian Chairmanship conference and follows 2017', () => {
    const conf = data('events', '2017-11-03-austrian-chairmanship-conference');
    expect(conf['start']).toBe('2017-11-03');
    const note = conf['sourceNotes'].find((n: any) => n.field === 'start');
    expect(note).toMatchObject({ kind: 'conflict', source: { collection: 'sources', id: 'cssii-osce-annotated-list' } });
    expect(note.claim).toMatch(/2019/);
  });

  it('records the Ukraine workshop with its participants and the measure it served', () => {
    const w = data('events', '2025-01-29-ukraine-cyber-incident-classification-workshop');
    expect(w['participants']).toEqual({ total: 15, women: 2, men: 13 });
    expect(w['cbms']).toEqual([{ collection: 'cbms', id: '15' }]);
    expect(w['sourceNotes'].some((n: any) => n.field === 'start' && n.kind === 'inference')).toBe(true);
  });

  it('covers every event and activity the seeds name', () => {
    expect(of('events').map((e) => e.id).sort()).toEqual([
      '2015-10-29-chairmanship-event-effective-strategies',
      '2016-11-04-chairmanship-cyber-showcase',
      '2017-02-15-cyber-security-for-critical-infrastructure',
      '2017-06-09-virtual-frontier-protection-roundtable',
      '2017-11-03-austrian-chairmanship-conference',
      '2025-01-29-ukraine-cyber-incident-classification-workshop',
    ]);
    expect(of('activities').map((e) => e.id).sort()).toEqual([
      '2016-05-central-asian-forum-on-internet-development',
      '2016-09-regional-cybercrime-training',
      'gfce-membership',
      'kosovo-capacity-building',
      'ncis-severity-scales-project',
    ]);
    expect(of('documents').map((e) => e.id).sort()).toEqual(['ashgabat-cyber-security-training-material', 'minsk-declaration-2017']);
  });
});
