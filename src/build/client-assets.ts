/**
 * Minifies the hand-written stylesheet and scripts that `public/` copies into the build
 * (`site.css`, `site.js`, `search.js`, `search-facets.js`, `compare.js`) with esbuild, after Astro writes them. Astro and Vite
 * minify only what they bundle; files in `public/` are copied byte for byte, comments and all.
 * The sources in `public/` stay readable; `npm run dev` serves them as they are.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';

const FILES: Record<string, 'css' | 'js'> = {
  'site.css': 'css',
  'site.js': 'js',
  'search.js': 'js',
  'search-facets.js': 'js',
  'compare.js': 'js',
};

export default function minifyPublic(): AstroIntegration {
  return {
    name: 'cybercbm:minify-public',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const sizes: string[] = [];
        for (const [name, loader] of Object.entries(FILES)) {
          const path = fileURLToPath(new URL(name, dir));
          const source = await readFile(path, 'utf8');
          // No output format: each file keeps its own kind (site.js a classic script, search.js a module).
          const { code } = await transform(source, { loader, minify: true, target: 'es2022' });
          await writeFile(path, code);
          sizes.push(`${name} ${source.length} → ${code.length} B`);
        }
        logger.info(`minified ${sizes.join(', ')}`);
      },
    },
  };
}
