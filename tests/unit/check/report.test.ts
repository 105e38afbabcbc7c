import { describe, expect, it } from 'vitest';
import { formatProblem, githubAnnotations, jobSummary } from '../../../src/lib/check/report.ts';
import type { Problem } from '../../../src/lib/check/types.ts';

const misspelt: Problem = {
  file: 'content/decisions/mc-3-04.mdx',
  line: 5,
  field: 'adoptd',
  message: 'unknown field "adoptd"',
  expected: 'the field "adopted" (a date, YYYY-MM-DD)',
  didYouMean: 'adopted',
};
const tricky: Problem = {
  file: 'content/a,b:c.mdx',
  line: 2,
  field: 'sources[0].source',
  message: '100% wrong\nsecond line',
};

describe('report', () => {
  it('prints one line per problem with the guess and the expectation', () => {
    expect(formatProblem(misspelt)).toBe(
      'content/decisions/mc-3-04.mdx:5  adoptd  unknown field "adoptd" (did you mean "adopted"?)  (expected the field "adopted" (a date, YYYY-MM-DD))',
    );
  });

  it('writes one GitHub ::error command per problem, escaped as the runner reads them', () => {
    const lines = githubAnnotations([misspelt, tricky]).split('\n');
    expect(lines).toEqual([
      '::error file=content/decisions/mc-3-04.mdx,line=5,title=adoptd%3A content check::unknown field "adoptd" (did you mean "adopted"?)  (expected the field "adopted" (a date, YYYY-MM-DD))',
      '::error file=content/a%2Cb%3Ac.mdx,line=2,title=sources[0].source%3A content check::100%25 wrong%0Asecond line',
    ]);
  });

  it('summarises the problems and the pages of the changed files in Markdown', () => {
    const summary = jobSummary([misspelt], 131, [
      { file: 'content/cbms/16.mdx', url: '/cbms/16/' },
      { file: 'content/README.md' },
    ]);
    expect(summary).toContain('## Content check: 1 problem\n');
    expect(summary).toContain(
      '| `content/decisions/mc-3-04.mdx:5` | `adoptd` | unknown field "adoptd" (did you mean `adopted`?) | the field "adopted" (a date, YYYY-MM-DD) |',
    );
    expect(summary).toContain('- `content/cbms/16.mdx` → `/cbms/16/`');
    expect(summary).toContain('- `content/README.md` → no page');
    expect(jobSummary([], 131)).toBe('## Content check: 131 files, no problems\n');
  });
});
