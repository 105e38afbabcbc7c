/**
 * A throwaway copy of the project (code, config, and optionally the real content) sharing the
 * real node_modules, for tests and the benchmark that build broken or synthetic content without
 * touching the real content/.
 */
import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function copyProject(dir: string, options: { content?: boolean } = {}): string {
  const items = [
    'src',
    'public',
    'scripts',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    ...(options.content === false ? [] : ['content']),
  ];
  for (const item of items) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
