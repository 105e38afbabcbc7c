/**
 * When an entry's file last changed, from git at build time; without git (a tarball build) the
 * date is unknown and the page says so instead of inventing one.
 */
import { execFileSync } from 'node:child_process';
import type { ContentChange } from '../lib/views/changelog.ts';

let cache: Map<string, string> | undefined;

/** `YYYY-MM-DD` of the last commit that touched each file under content/ (one git call). */
export function lastChanged(file: string): string | undefined {
  if (!cache) {
    cache = new Map();
    for (const c of contentLog(5000)) for (const f of c.files) if (!cache.has(f)) cache.set(f, c.date);
  }
  return cache.get(file);
}

/** The commits that touched content/, newest first. */
export function contentLog(limit = 200): ContentChange[] {
  try {
    const out = execFileSync(
      'git',
      ['log', `-n${limit}`, '--format=%x1e%cI%x1f%H%x1f%s', '--name-only', '--', 'content/'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
    );
    return out
      .split('\x1e')
      .filter((block) => block.trim())
      .map((block) => {
        const [head = '', ...files] = block.trim().split('\n');
        const [date = '', commit = '', subject = ''] = head.split('\x1f');
        return { date: date.slice(0, 10), commit, subject, files: files.filter(Boolean) };
      });
  } catch {
    return [];
  }
}
