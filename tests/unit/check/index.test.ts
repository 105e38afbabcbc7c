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
import { readContentFiles } from '../../../src/site/content-files.ts';

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
    const match = problems.find((p: Problem) => p.file === expected.file && p.field === expected.field && p.message.includes(expected.message));
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    if (expected.line !== undefined) expect(match?.line).toBe(expected.line);
    if (expected.expected !== undefined) expect(match?.expected).toBe(expected.expected);
    if (expected.didYouMean !== undefined) expect(match?.didYouMean).toBe(expected.didYouMean);
  });

  it('names a folder that is not a collection, a file that is not .mdx and a file name that cannot be an id', () => {
    const { problems } = checkFiles(contentWith([
      { path: 'content/event/x.mdx', text: '' },
      { path: 'content/events/notes.md', text: '' },
      { path: 'content/events/Bad_Name.mdx', text: '' },
    ]));
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/event/', '(folder)'],
      ['content/events/Bad_Name.mdx', '(file name)'],
      ['content/events/notes.md', '(file name)'],
    ]);
  });
});
