/**
 * When and from what the site was built, for the footer and for citations: the build date and
 * the git commit (from git at build time; `GIT_COMMIT` or `GITHUB_SHA` when git is absent).
 */
import { execFileSync } from 'node:child_process';

function gitCommit(): string | undefined {
  const fromEnv = process.env['GIT_COMMIT'] ?? process.env['GITHUB_SHA'];
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export const buildInfo = {
  date: new Date().toISOString().slice(0, 10),
  commit: gitCommit(),
  repository: process.env['REPOSITORY_URL'] ?? 'https://github.com/cybercbm/cybercbm',
};
