/**
 * The one key of every private cache: a fingerprint of the code that builds the site. It hashes
 * every file under `src/`, `astro.config.mjs`, the lockfile, npm's record of the installed tree
 * (`node_modules/.package-lock.json`) and the Node version, and names the folder each cache lives
 * in. Astro's own rule (its content layer clears the data store when the configuration or its
 * version changes): when the code changes, start clean. Nothing here lists "the code this cache
 * depends on"; a list a person keeps is a list a person forgets.
 *
 * The cost is accepted: after any edit under `src/` the next build is cold. Content edits keep
 * every cache (the caches key their entries by file digest within the folder).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the fingerprint reads, relative to the project root (folders are read whole). */
export const FINGERPRINTED = ['src', 'astro.config.mjs', 'package-lock.json', 'node_modules/.package-lock.json'];

// Held on globalThis: Astro loads the configuration and the content config as separate module
// graphs, and both ask; the fingerprint is computed once per process and root.
const memo: Map<string, string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('cybercbm.fingerprint')] ??=
  new Map<string, string>()) as Map<string, string>;

/** The build fingerprint of the project at `root` (16 characters, URL-safe). */
export function buildFingerprint(root: string): string {
  const known = memo.get(root);
  if (known) return known;
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  const add = (relative: string) => {
    const path = join(root, relative);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      hash.update(`${relative} absent\n`);
      return;
    }
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) add(join(relative, name));
    else hash.update(`${relative}\n`).update(readFileSync(path));
  };
  for (const path of FINGERPRINTED) add(path);
  const fingerprint = hash.digest('base64url').slice(0, 16);
  memo.set(root, fingerprint);
  return fingerprint;
}

/** Forgets the fingerprints computed so far (tests that edit code between builds in one process). */
export function forgetFingerprints(): void {
  memo.clear();
}

/**
 * The folder of this code's private caches under `parent` (`<parent>/<fingerprint>/`). The first
 * call for a parent in a process removes the folders of other fingerprints beside it: what older
 * code cached is of no use to this code.
 */
export function cacheFolder(parent: string, fingerprint: string): string {
  if (!swept.has(parent)) {
    swept.add(parent);
    let names: string[] = [];
    try {
      names = readdirSync(parent);
    } catch {
      // Nothing cached yet.
    }
    for (const name of names) if (name !== fingerprint) rmSync(join(parent, name), { recursive: true, force: true });
  }
  return join(parent, fingerprint);
}
const swept = new Set<string>();

/** `.astro/cybercbm/<fingerprint>/` of the project at `root`: the check's facts, the citation caches, the staged downloads. */
export function privateCache(root: string): string {
  return cacheFolder(join(root, '.astro', 'cybercbm'), buildFingerprint(root));
}
