import { describe, expect, it } from 'vitest';
import { checkFile, type Problem } from '../../src/lib/check/index.ts';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';

/** Checks one file's text as `collection/id` and returns its problems. */
function problemsOf(collection: CollectionName, text: string): Problem[] {
  const problems: Problem[] = [];
  checkFile(collection, 'x', `content/${collection}/x.mdx`, text, problems);
  return problems;
}

const decision = (extra = '', omit = '') =>
  `---
${[
  'title: "Initial Set of OSCE Confidence-Building Measures"',
  'symbol: "PC.DEC/1106"',
  'body: permanent-council',
  'adopted: 2013-12-03',
  'venue: Vienna',
  'summary: "Adopts the first eleven measures."',
  'cbms:\n  - cbm: 5\n    role: reaffirms',
  'sources:\n  - source: pc-dec-1106\n    locator: "Annex"\n    grade: primary',
]
  .filter((l) => !omit || !l.startsWith(omit))
  .join('\n')}
${extra}---

## Body
`;

describe('decision schema', () => {
  it('accepts a valid decision and resolves references to { collection, id }', () => {
    const data = schemas.decisions.parse({
      title: 'T',
      symbol: 'MC.DEC/5/16',
      body: 'ministerial-council',
      adopted: '2016-12-09',
      venue: 'Hamburg',
      summary: 'S',
      cbms: [{ cbm: 15, role: 'reaffirms' }],
      sources: [{ source: 'mc-dec-5-16', grade: 'primary' }],
    });
    expect(data.body).toEqual({ collection: 'bodies', id: 'ministerial-council' });
    expect(data.cbms[0]?.cbm).toEqual({ collection: 'cbms', id: '15' });
    expect(data.relations).toEqual([]);
    expect(problemsOf('decisions', decision())).toEqual([]);
  });

  it('pads a measure number to the two-digit CBM id', () => {
    const data = schemas.cbms.parse({
      number: 1,
      title: 'T',
      introducedBy: 'pc-1106',
      summary: 'S',
      related: [2, '3'],
      elements: [{ text: 'Asks', source: 's', grade: 'secondary', locator: 'item 1' }],
      sources: [{ source: 's', grade: 'primary' }],
    });
    expect(data.related.map((r) => r.id)).toEqual(['02', '03']);
  });

  it('names a missing required field', () => {
    const [p] = problemsOf('decisions', decision('', 'venue'));
    expect(p).toMatchObject({ file: 'content/decisions/x.mdx', field: 'venue', message: 'is missing' });
  });

  it('names a misspelt key and suggests the right one', () => {
    const [p] = problemsOf('decisions', decision('adoptd: 2013-12-03\n'));
    expect(p?.field).toBe('adoptd');
    expect(p?.message).toBe('unknown field "adoptd"');
    expect(p?.didYouMean).toBe('adopted');
    expect(p?.line).toBe(15);
  });

  it('names a wrong type with what was expected', () => {
    const [p] = problemsOf(
      'cbms',
      '---\nnumber: "five"\ntitle: T\nintroducedBy: pc-1106\nsummary: S\nsources:\n  - source: s\n---\n',
    );
    expect(p).toMatchObject({ field: 'number', line: 2, expected: 'a number' });
  });

  it('names an impossible date', () => {
    const problems = problemsOf('decisions', decision().replace('2013-12-03', '2016-13-45'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'adopted', line: 5 });
    expect(problems[0]?.message).toContain('has no month 13');
  });

  it('names a bad symbol, a bad enum value and a nested field', () => {
    const problems = problemsOf(
      'decisions',
      decision().replace('PC.DEC/1106', 'PC 1106').replace('role: reaffirms', 'role: introduces'),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['cbms[0].role', 'symbol']);
    expect(problems.find((p) => p.field === 'cbms[0].role')?.expected).toBe('one of: reaffirms, references');
  });

  it('requires at least one source', () => {
    const [p] = problemsOf(
      'decisions',
      decision().replace('sources:\n  - source: pc-dec-1106\n    locator: "Annex"\n    grade: primary', 'sources: []'),
    );
    expect(p).toMatchObject({
      field: 'sources',
      message: 'is an empty list',
      expected: 'at least one source: every fact needs one',
    });
  });

  it('rejects an http (not https) official URL and a non-date', () => {
    const problems = problemsOf(
      'decisions',
      decision('officialUrl: "http://www.osce.org/pc/1"\n').replace('2013-12-03', '3 December 2013'),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['adopted', 'officialUrl']);
  });

  it('checks event participants add up', () => {
    const r = schemas.events.safeParse({
      title: 'W',
      kind: 'workshop',
      start: '2025-01-29',
      organizers: ['tntd'],
      summary: 'S',
      sources: [{ source: 's', grade: 'primary' }],
      participants: { total: 15, women: 2, men: 14 },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['participants', 'total']);
  });

  it('rejects an activity that has both an end and ongoing', () => {
    const r = schemas.activities.safeParse({
      title: 'A',
      kind: 'project',
      body: 'b',
      start: '2016',
      end: '2017',
      ongoing: true,
      summary: 'S',
      sources: [{ source: 's', grade: 'primary' }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['ongoing']);
  });
});
