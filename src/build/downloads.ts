/**
 * The citation downloads on disk: the content worker writes them (thousands of small files) into
 * a staging folder in `.astro/` on its own core, and the build moves that folder into the site
 * with one rename once Astro has written its pages (Astro empties the site folder first).
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes each download (`['/cite/decisions/pc-1202.bib', '…']`) under `dir`, one folder per collection, after emptying `dir`. */
export function writeDownloads(dir: string, downloads: readonly [string, string][]): number {
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  for (const [path, body] of downloads) {
    const file = join(dir, path);
    const folder = dirname(file);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(file, body);
  }
  return downloads.length;
}

/** Moves the staged `cite/` folder into the built site at `site` (a copy where a rename cannot cross file systems) and removes the staging folder. */
export function moveDownloads(staging: string, site: string): void {
  const from = join(staging, 'cite');
  const to = join(site, 'cite');
  if (!existsSync(from)) throw new Error(`citations: no downloads were written into ${from}`);
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
  rmSync(staging, { recursive: true, force: true });
}
