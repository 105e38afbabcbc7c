/**
 * `npm run check` as GitHub Actions and other tools run it, in a temporary folder holding a copy
 * of the real content with the two-mistake case laid over it (the real content/ is never touched).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/project.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'cybercbm-check-'));
cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
edit('content/decisions/mc-3-04.mdx', (t) => t.replace(/^adopted:/m, 'adoptd:'));
edit('content/cbms/16.mdx', (t) => t.replace(/^introducedBy: .*$/m, 'introducedBy: pc-1203'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs scripts/check.ts in the temporary folder; it must fail. */
async function check(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_')));
  try {
    await run(process.execPath, [join(ROOT, 'scripts/check.ts'), ...args], { cwd: dir, env: { ...clean, ...env } });
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    expect(e.code).toBe(1);
    return e;
  }
  throw new Error('the check passed, but the content has two mistakes');
}

describe('npm run check', () => {
  it('prints one ::error workflow command per problem, on its file and line, under GitHub Actions', async () => {
    const summary = join(dir, 'summary.md');
    const { stdout, stderr } = await check([], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      expect.stringMatching(
        /^::error file=content\/cbms\/16\.mdx,line=4,title=introducedBy%3A content check::refers to "pc-1203", which is not an entry of decisions \(did you mean "pc-1202"\?\)/,
      ),
      expect.stringMatching(
        /^::error file=content\/decisions\/mc-3-04\.mdx,line=5,title=adoptd%3A content check::unknown field "adoptd" \(did you mean "adopted"\?\)/,
      ),
    ]);
    expect(stderr).toContain('✗ 2 problems');
    expect(readFileSync(summary, 'utf8')).toContain('## Content check: 2 problems');
  });

  it('prints no workflow commands outside GitHub Actions', async () => {
    const { stdout, stderr } = await check([]);
    expect(stdout).not.toContain('::error');
    expect(stderr.split('\n').filter((l) => l.startsWith('content/'))).toHaveLength(2);
  });

  it('gives machine-readable problems with --json', async () => {
    const { stdout } = await check(['--json']);
    const out = JSON.parse(stdout) as {
      files: number;
      problems: { file: string; line: number; field: string; didYouMean?: string }[];
    };
    expect(out.files).toBeGreaterThan(100);
    expect(out.problems.map((p) => [p.file, p.line, p.field, p.didYouMean])).toEqual([
      ['content/cbms/16.mdx', 4, 'introducedBy', 'pc-1202'],
      ['content/decisions/mc-3-04.mdx', 5, 'adoptd', 'adopted'],
    ]);
  });
});
