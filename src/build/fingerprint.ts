/**
 * A fingerprint of the code a cached result was made with: the text of the project's own source
 * files that make it, and the versions of the packages that do. Folded into a cache key, it makes
 * a change of plugin, schema or formatter (or an upgrade) invalidate what was cached with the old
 * one, even when the content is unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const known = new Map<string, string>();

/** Every file under each of `paths` (files or folders, relative to `root`), and each package's version. */
export function codeFingerprint(root: string, paths: readonly string[], packages: readonly string[]): string {
  const key = [root, ...paths, '|', ...packages].join('\n');
  const cached = known.get(key);
  if (cached) return cached;
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  for (const path of paths) add(join(root, path));
  for (const name of packages) {
    let version = 'absent';
    try {
      version = (
        JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
      ).version;
    } catch {
      // Not installed here: the fingerprint says so.
    }
    hash.update(`${name}@${version}`);
  }
  const fingerprint = hash.digest('base64url').slice(0, 16);
  known.set(key, fingerprint);
  return fingerprint;
}
