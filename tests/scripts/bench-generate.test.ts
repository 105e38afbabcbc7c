/**
 * The benchmark's synthetic corpus must be valid content: a corpus that fails the check would make
 * `npm run bench` measure a failed build. Generated in a temporary folder and checked in memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { ROOT } from '../../scripts/lib/project.ts';
import { formatProblems } from '../../src/lib/check/index.ts';
import { checkProject } from '../../src/adapter/content-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'cybercbm-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the benchmark corpus', () => {
  it('fills the real content up to the size asked for, and passes the content check', () => {
    const real = checkProject(ROOT).files;
    const corpus = generateCorpus(ROOT, dir, real + 150);
    expect(corpus).toMatchObject({ entries: real + 150, generated: 150 });
    const result = checkProject(dir);
    expect(formatProblems(result.problems)).toBe('');
    expect(result.files).toBe(real + 150);
  });
});
