/**
 * When and from what the site was built, for the footer and for citations: the build date and
 * the git commit (from git at build time; `GIT_COMMIT` or `GITHUB_SHA` when git is absent).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function gitCommit(): string | undefined {
  const fromEnv = process.env['GIT_COMMIT'] ?? process.env['GITHUB_SHA'];
  if (fromEnv) return fromEnv;
  try {
    return (
      execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

const commit = gitCommit();
// Read from the project folder: after bundling, import.meta.url no longer points into src/.
const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };

export const buildInfo = {
  date: new Date().toISOString().slice(0, 10),
  commit,
  /** The dataset version printed in citations: package version plus the commit it was built from. */
  version: `${pkg.version}+${commit ? commit.slice(0, 12) : 'unknown'}`,
  /** The repository of history, source, edit and report links (`REPOSITORY_URL`). */
  repository: process.env['REPOSITORY_URL'] ?? 'https://github.com/cybercbm/cybercbm',
  /** The branch those links open (`REPOSITORY_BRANCH`): where edits are proposed against. */
  branch: process.env['REPOSITORY_BRANCH'] ?? 'main',
};
