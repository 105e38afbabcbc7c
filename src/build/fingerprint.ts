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
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

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

/** Forgets the fingerprints and sweeps of this process: `astro dev` sets up again after a change to its configuration, and the code may have changed with it. */
export function forgetFingerprints(): void {
  memo.clear();
  swept.clear();
}

/** How long a folder of other code stays after its last change, though no running process claims it. */
export const GRACE_MS = 10 * 60 * 1000;

/**
 * The folder of this code's private caches under `parent` (`<parent>/<fingerprint>/`), claimed for
 * this process by a marker file (`.owner-<pid>`, removed when the process exits). The first call
 * for a parent in a process removes the folders of other fingerprints beside it (what older code
 * cached is of no use to this code), except a folder that a running process claims (an `astro dev`
 * of older code still serving, a parallel build) or that changed in the last ten minutes (a process
 * this one cannot see, such as one in another container sharing the folder).
 */
export function cacheFolder(parent: string, fingerprint: string, now = Date.now()): string {
  const folder = join(parent, fingerprint);
  if (!swept.has(parent)) {
    swept.add(parent);
    let names: string[] = [];
    try {
      names = readdirSync(parent);
    } catch {
      // Nothing cached yet.
    }
    for (const name of names)
      if (name !== fingerprint && unclaimed(join(parent, name), now))
        rmSync(join(parent, name), { recursive: true, force: true });
  }
  claim(folder);
  return folder;
}
const swept = new Set<string>();
const claimed = new Set<string>();

function claim(folder: string): void {
  if (claimed.has(folder)) return;
  claimed.add(folder);
  const marker = join(folder, `.owner-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(marker, '');
  // A worker thread shares the process's marker; only the main thread's exit ends the claim.
  if (isMainThread) process.once('exit', () => rmSync(marker, { force: true }));
}

/** Whether a cache folder is no one's: no running process claims it and it has not changed for `GRACE_MS`. */
function unclaimed(folder: string, now: number): boolean {
  let names: string[];
  try {
    if (now - statSync(folder).mtimeMs < GRACE_MS) return false;
    names = readdirSync(folder);
  } catch {
    return true;
  }
  return !names.some((name) => name.startsWith('.owner-') && running(Number(name.slice('.owner-'.length))));
}

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes, once per process, what the caches' layout before the fingerprint left in `dir`: the
 * entries `old` names (a checkout that built before keeps them otherwise, unread, for good).
 */
export function removeOldLayout(dir: string, old: (name: string) => boolean): void {
  if (swept.has(`old:${dir}`)) return;
  swept.add(`old:${dir}`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (old(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** `.astro/cybercbm/<fingerprint>/` of the project at `root`: the check's facts, the citation caches, the staged downloads. */
export function privateCache(root: string): string {
  // Before: .astro/cybercbm-citation-cache.json, cybercbm-downloads-<pid>/ and the facts store beside them.
  removeOldLayout(join(root, '.astro'), (name) => name.startsWith('cybercbm-'));
  return cacheFolder(join(root, '.astro', 'cybercbm'), buildFingerprint(root));
}
