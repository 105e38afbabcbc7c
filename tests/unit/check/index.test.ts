/**
 * The whole check over the real content, in memory: clean as it is, and each bad-content fixture
 * in tests/fixtures/<case>/ (files laid over the real content) fails with the problem its
 * expected.json names. A real `astro build` of one case is in tests/build/failures.test.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles, type ContentFile, type Problem } from '../../../src/lib/check/index.ts';
import { formatProblem } from '../../../src/lib/check/report.ts';
import { readContentFiles } from '../../../src/adapter/content-files.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures');
const real = readContentFiles(root);

/** The real content with `overlay` laid over it (same path: replaced; new path: added). */
export function contentWith(overlay: readonly ContentFile[]): ContentFile[] {
  const byPath = new Map(real.map((f) => [f.path, f]));
  for (const f of overlay) byPath.set(f.path, f);
  return [...byPath.values()];
}

interface Expected {
  file: string;
  field: string;
  message: string;
  line?: number;
  expected?: string;
  didYouMean?: string;
}

const cases = readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'expected.json')));

describe('the content check', () => {
  it('passes the real content', () => {
    const { problems, entries, files } = checkFiles(real);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries).toHaveLength(files);
  });

  it.each(cases)('fails the bad-content fixture %s, naming file, line and field', (fixture) => {
    const expected = JSON.parse(readFileSync(join(fixtures, fixture, 'expected.json'), 'utf8')) as Expected;
    const { problems } = checkFiles(contentWith(readContentFiles(join(fixtures, fixture))));
    const match = problems.find(
      (p: Problem) => p.file === expected.file && p.field === expected.field && p.message.includes(expected.message),
    );
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    if (expected.line !== undefined) expect(match?.line).toBe(expected.line);
    if (expected.expected !== undefined) expect(match?.expected).toBe(expected.expected);
    if (expected.didYouMean !== undefined) expect(match?.didYouMean).toBe(expected.didYouMean);
  });

  it('reports two mistakes as exactly two problems, each with line, field, expectation and a guess (no echoes)', () => {
    const edit = (path: string, change: (text: string) => string): ContentFile => ({
      path,
      text: change(real.find((f) => f.path === path)!.text),
    });
    const { problems } = checkFiles(
      contentWith([
        edit('content/decisions/mc-3-04.mdx', (t) => t.replace(/^adopted:/m, 'adoptd:')),
        edit('content/cbms/16.mdx', (t) => t.replace(/^introducedBy: .*$/m, 'introducedBy: pc-1203')),
      ]),
    );
    expect(problems).toEqual([
      {
        file: 'content/cbms/16.mdx',
        line: 4,
        field: 'introducedBy',
        message: 'refers to "pc-1203", which is not an entry of decisions',
        expected: 'the id of a file in content/decisions/',
        didYouMean: 'pc-1202',
      },
      {
        file: 'content/decisions/mc-3-04.mdx',
        line: 5,
        field: 'adoptd',
        message: 'unknown field "adoptd"',
        expected: 'the field "adopted" (a date, YYYY-MM-DD (or YYYY-MM, or YYYY, as precise as the sources))',
        didYouMean: 'adopted',
      },
    ]);
  });

  it('names the expected type from the schema: a date, one of the kinds, an https URL', () => {
    const edit = (path: string, change: (text: string) => string): ContentFile => ({
      path,
      text: change(real.find((f) => f.path === path)!.text),
    });
    const { problems } = checkFiles(
      contentWith([
        edit('content/decisions/pc-1202.mdx', (t) =>
          t
            .replace(/^adopted: .*$/m, 'adopted: [2016]')
            .replace(/^venue: .*$/m, 'venue: Vienna\nofficialUrl: "ftp://osce.org/x"'),
        ),
        edit('content/events/2017-06-09-virtual-frontier-protection-roundtable.mdx', (t) =>
          t.replace(/^kind: .*$/m, 'kind: worksop'),
        ),
      ]),
    );
    expect(problems.map((p) => [p.field, p.message, p.expected, p.didYouMean])).toEqual([
      ['adopted', 'is [2016]', 'a date, YYYY-MM-DD (or YYYY-MM, or YYYY, as precise as the sources)', undefined],
      ['officialUrl', 'is "ftp://osce.org/x"', 'an absolute https:// URL', undefined],
      ['kind', 'is "worksop"', 'one of: conference, workshop, roundtable, meeting, training, exercise', 'workshop'],
    ]);
  });

  it('names a folder that is not a collection, a file that is not .mdx and a file name that cannot be an id', () => {
    const { problems } = checkFiles(
      contentWith([
        { path: 'content/event/x.mdx', text: '' },
        { path: 'content/events/notes.md', text: '' },
        { path: 'content/events/Bad_Name.mdx', text: '' },
      ]),
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/event/', '(folder)'],
      ['content/events/Bad_Name.mdx', '(file name)'],
      ['content/events/notes.md', '(file name)'],
    ]);
  });
});
