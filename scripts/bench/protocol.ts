/**
 * The benchmark's protocol (issue 12): per corpus size, cold builds of each site alternating
 * (ours, Starlight, ours, Starlight, …) with every cache cleared before each run; figures are the
 * medians of the runs; then two rebuilds with the caches kept, one after no change and one after
 * one sentence is appended to the same event in both sites.
 */
import { appendFileSync, existsSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_CACHES } from '../lib/project.ts';

/** The median of a list (the mean of the middle two for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The order of the cold runs: every site once per round, `runs` rounds (ours, peer, ours, peer, …). */
export function coldRunOrder<T>(sites: readonly T[], runs: number): T[] {
  return Array.from({ length: runs }, () => sites).flat();
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Deletes what makes a build warm in a site folder: `dist/` and Astro's and Vite's caches (see
 * BUILD_CACHES). Refuses a folder whose node_modules is a link to a shared install, where the
 * caches would be someone else's.
 */
export function clearBuildCaches(dir: string): void {
  if (lstatSync(join(dir, 'node_modules')).isSymbolicLink())
    throw new Error(`${dir}/node_modules is a link to a shared install: its caches are not this site's to clear`);
  for (const path of ['dist', ...BUILD_CACHES]) rmSync(join(dir, path), { recursive: true, force: true });
}

/** The event the rebuild changes: the first generated one, or the first event when none was generated. */
export function eventToChange(contentDir: string): string {
  const events = readdirSync(join(contentDir, 'events')).sort();
  const name = events.find((f) => /-synthetic-event-0\.mdx$/.test(f)) ?? events.find((f) => f.endsWith('.mdx'));
  if (!name) throw new Error(`no event in ${contentDir}/events to change`);
  return name.replace(/\.mdx$/, '');
}

export const APPENDED_SENTENCE = '\nThe benchmark appended this sentence to measure a rebuild after one change.\n';

/** Appends the rebuild's sentence to a content file's body (the body ends the file). */
export function appendSentence(file: string): void {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  appendFileSync(file, APPENDED_SENTENCE);
}
