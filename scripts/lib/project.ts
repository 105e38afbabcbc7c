/**
 * A throwaway copy of the project (code, config, and optionally the real content) using the real
 * installed packages, for tests and the benchmark that build broken or synthetic content without
 * touching the real content/ or the real build caches.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where Astro and Vite keep their caches in a project: Astro's `cacheDir` (default
 * `node_modules/.astro`: the content data store and the incremental build manifest), Vite's
 * dependency cache (`node_modules/.vite`), and the generated types and dev data store (`.astro/`).
 */
export const BUILD_CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite'];

/**
 * Gives `dir` a real `node_modules/` folder whose entries are links to those of `from`'s. Astro
 * writes its caches inside `<project>/node_modules/` (see BUILD_CACHES): with the whole folder
 * linked, every copy would read and overwrite the shared install's cache.
 */
export function linkNodeModules(from: string, dir: string): void {
  const own = join(dir, 'node_modules');
  mkdirSync(own);
  for (const name of readdirSync(join(from, 'node_modules'))) {
    // Dot folders are caches and npm's bookkeeping, except the executables `npm run` puts on PATH.
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(from, 'node_modules', name), join(own, name));
  }
}

/**
 * Copies the project into `dir`, with a node_modules/ of its own (linked package by package) so
 * that its build caches are its own and go with the copy. `content: false` leaves content/ out.
 */
export function copyProject(dir: string, options: { content?: boolean } = {}): string {
  const items = [
    'src',
    'public',
    'scripts',
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    ...(options.content === false ? [] : ['content']),
  ];
  for (const item of items) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  linkNodeModules(ROOT, dir);
  return dir;
}
