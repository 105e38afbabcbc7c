import { describe, expect, it } from 'vitest';
import { checkCorpus, knownEntries } from '../../../src/lib/check/corpus-rules.ts';
import type { CheckedEntry } from '../../../src/lib/check/types.ts';
import { bodyFacts } from '../../../src/lib/check/body-lint.ts';
import { parseMdx } from '../../../src/lib/markdown/parse.ts';
import { schemas, type CollectionName } from '../../../src/schemas/index.ts';

const TODAY = '2026-11-23';

function entry(collection: CollectionName, id: string, input: Record<string, unknown>, body = ''): CheckedEntry {
  return {
    collection,
    id,
    file: `content/${collection}/${id}.mdx`,
    input,
    data: schemas[collection].parse(input) as Record<string, unknown>,
    body,
    bodyFacts: bodyFacts(parseMdx(body).tree!),
    bodyLine: 10,
    lineOf: (path) => 2 + path.length,
  };
}

const src = [{ source: 'pc-dec-1106', grade: 'primary' }];
const elements = [{ text: 'What it asks', source: 'pc-dec-1106', grade: 'secondary', locator: 'Annex' }];
const base = () => [
  entry('sources', 'pc-dec-1106', {
    title: 'PC.DEC/1106',
    publisher: 'OSCE',
    kind: 'issuer',
    urlNote: 'A test source without a public copy.',
  }),
  entry('bodies', 'permanent-council', { name: 'Permanent Council', kind: 'decision-making-body', sources: src }),
  entry(
    'decisions',
    'pc-1106',
    {
      title: 'Initial set',
      symbol: 'PC.DEC/1106',
      body: 'permanent-council',
      adopted: '2013-12-03',
      venue: 'Vienna',
      summary: 'S',
      sources: src,
    },
    Array.from({ length: 16 }, (_, i) => `### CBM ${i + 1} — Measure`).join('\n\n'),
  ),
  ...Array.from({ length: 16 }, (_, i) =>
    entry('cbms', String(i + 1).padStart(2, '0'), {
      number: i + 1,
      title: `M${i + 1}`,
      introducedBy: 'pc-1106',
      summary: 'S',
      elements,
      sources: src,
    }),
  ),
];

/** The corpus rules over these entries, each one known. */
const checkIntegrity = (entries: CheckedEntry[], today: string) => checkCorpus(entries, knownEntries(entries), today);

describe('corpus rules', () => {
  it('passes a consistent corpus', () => {
    expect(checkIntegrity(base(), TODAY)).toEqual([]);
  });

  it('makes a dangling reference an error that names file and field', () => {
    const entries = [
      ...base(),
      entry('events', 'e', {
        title: 'E',
        kind: 'workshop',
        start: '2017-06-09',
        organizers: ['border-college'],
        summary: 'S',
        sources: src,
      }),
    ];
    const [p] = checkIntegrity(entries, TODAY);
    expect(p).toMatchObject({ file: 'content/events/e.mdx', field: 'organizers[0]' });
    expect(p?.message).toBe('refers to "border-college", which is not an entry of bodies');
  });

  it('guesses the closest id of the same collection for a reference that points nowhere', () => {
    const entries = base().map((e) =>
      e.id === '05'
        ? entry('cbms', '05', { number: 5, title: 'M5', introducedBy: 'pc-1107', summary: 'S', elements, sources: src })
        : e,
    );
    expect(checkIntegrity(entries, TODAY)).toMatchObject([
      { file: 'content/cbms/05.mdx', field: 'introducedBy', didYouMean: 'pc-1106' },
    ]);
  });

  it('lets a reference to an entry that failed its schema resolve: one mistake, one message', () => {
    const event = entry('events', 'e', {
      title: 'E',
      kind: 'workshop',
      start: '2017-06-09',
      organizers: ['permanent-council', 'broken-body'],
      summary: 'S',
      sources: src,
    });
    const entries = [...base(), event];
    const known = knownEntries([...entries, { collection: 'bodies', id: 'broken-body' }]);
    expect(checkCorpus(entries, known, TODAY)).toEqual([]);
  });

  it('reports a duplicate CBM number in both files, and the gap it leaves', () => {
    const entries = base().filter((e) => e.id !== '16');
    entries.push(
      entry('cbms', '16', { number: 15, title: 'Dup', introducedBy: 'pc-1106', summary: 'S', elements, sources: src }),
    );
    const problems = checkIntegrity(entries, TODAY);
    expect(
      problems
        .filter((p) => p.message.startsWith('15 is also used by'))
        .map((p) => p.file)
        .sort(),
    ).toEqual(['content/cbms/15.mdx', 'content/cbms/16.mdx']);
    expect(problems.some((p) => p.message === 'no entry for measure 16')).toBe(true);
    expect(problems.some((p) => p.message === 'is 15 but the file is named 16')).toBe(true);
  });

  it('rejects a measure beyond 16', () => {
    const entries = [
      ...base(),
      entry('cbms', '17', { number: 17, title: 'X', introducedBy: 'pc-1106', summary: 'S', elements, sources: src }),
    ];
    expect(
      checkIntegrity(entries, TODAY).some((p) => p.field === 'number' && p.message.includes('agreed 16 measures')),
    ).toBe(true);
  });

  it('rejects a duplicated decision symbol', () => {
    const entries = [
      ...base(),
      entry('decisions', 'pc-1106-copy', {
        title: 'Copy',
        symbol: 'PC.DEC/1106',
        body: 'permanent-council',
        adopted: '2013-12-03',
        venue: 'Vienna',
        summary: 'S',
        sources: src,
      }),
    ];
    const problems = checkIntegrity(entries, TODAY).filter((p) => p.field === 'symbol');
    expect(problems).toHaveLength(2);
    expect(problems[0]?.message).toContain('"PC.DEC/1106" is also the symbol of');
  });

  it('rejects an end before the start, comparing dates of mixed precision', () => {
    const ev = (start: string, end: string) =>
      entry('events', 'e', {
        title: 'E',
        kind: 'workshop',
        start,
        end,
        organizers: ['permanent-council'],
        summary: 'S',
        sources: src,
      });
    expect(checkIntegrity([...base(), ev('2015-10-30', '2015-10-29')], TODAY)).toMatchObject([
      { field: 'end', message: '"2015-10-29" is before start "2015-10-30"' },
    ]);
    expect(checkIntegrity([...base(), ev('2016-09-15', '2016-09')], TODAY)).toEqual([]);
  });

  it('rejects a date in the future', () => {
    const entries = [
      ...base(),
      entry('documents', 'd', {
        title: 'D',
        kind: 'report',
        issuer: 'permanent-council',
        date: '2027-01',
        summary: 'S',
        sources: src,
      }),
    ];
    expect(checkIntegrity(entries, TODAY)).toMatchObject([
      { field: 'date', message: '"2027-01" is in the future (today is 2026-11-23)' },
    ]);
  });

  it('requires the introducing decision to carry the #cbm-N anchor', () => {
    const entries = base().map((e) =>
      e.id === 'pc-1106'
        ? { ...e, bodyFacts: bodyFacts(parseMdx(e.body.replace('### CBM 7 — Measure', '### Measure seven')).tree!) }
        : e,
    );
    expect(checkIntegrity(entries, TODAY)).toMatchObject([
      { file: 'content/decisions/pc-1106.mdx', field: 'body', line: 10 },
    ]);
  });
});
