/**
 * The browser's files: the scripts in `src/client/` (TypeScript, type-checked with the rest) are
 * compiled by esbuild into the built site's root, minified, and `public/site.css` (which Astro
 * copies byte for byte, comments and all) is minified in place. Astro and Vite minify only what
 * they bundle. Each script is one file of the site: an import of another script's entry stays a
 * request for that file at run time (search.js loads /search-facets.js, which the search page
 * preloads), and Pagefind's files are loaded by address. `astro dev` compiles a script when it is
 * asked for, unminified.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform, type Plugin } from 'esbuild';
import type { PluginParts } from './vite-virtual-modules.ts';

const CLIENT = fileURLToPath(new URL('../client/', import.meta.url));

/** Each script of the site: its source in src/client/, and whether the page loads it as a module or a classic script. */
export const SCRIPTS = {
  'site.js': { source: 'site.ts', format: 'iife' },
  'compare.js': { source: 'compare.ts', format: 'iife' },
  'search.js': { source: 'search.ts', format: 'esm' },
  'search-facets.js': { source: 'search-facets.ts', format: 'esm' },
} as const satisfies Record<string, { source: string; format: 'iife' | 'esm' }>;
type Script = keyof typeof SCRIPTS;

/** The stylesheets in `public/`, minified in place. */
const STYLES = ['site.css', 'print.css'];

const entryFiles = new Map(Object.entries(SCRIPTS).map(([name, { source }]) => [resolve(CLIENT, source), name]));

/** Keeps an import of another script's entry as a run-time import of its built file. */
const otherEntries = (own: string): Plugin => ({
  name: 'cybercbm-client-entries',
  setup(b) {
    b.onResolve({ filter: /^\.{1,2}\// }, ({ path, resolveDir }) => {
      const name = entryFiles.get(resolve(resolveDir, path));
      return name && name !== own ? { path: `/${name}`, external: true } : undefined;
    });
  },
});

/** The compiled text of one script. */
export async function compileScript(name: Script, minify: boolean): Promise<string> {
  const { source, format } = SCRIPTS[name];
  const result = await build({
    entryPoints: [join(CLIENT, source)],
    bundle: true,
    format,
    minify,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    plugins: [otherEntries(name)],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export function clientAssets(): PluginParts & { done(site: string): Promise<string> } {
  return {
    middleware: [
      (req, res, next) => {
        const name = new URL(req.url ?? '/', 'http://dev').pathname.slice(1);
        if (!Object.hasOwn(SCRIPTS, name)) return next();
        compileScript(name as Script, false).then((code) => {
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          res.end(code);
        }, next);
      },
    ],
    async done(site) {
      const sizes: string[] = [];
      for (const name of Object.keys(SCRIPTS) as Script[]) {
        const code = await compileScript(name, true);
        await writeFile(join(site, name), code);
        sizes.push(`${name} ${code.length} B`);
      }
      for (const name of STYLES) {
        const path = join(site, name);
        const source = await readFile(path, 'utf8');
        const { code } = await transform(source, { loader: 'css', minify: true, target: 'es2022' });
        await writeFile(path, code);
        sizes.push(`${name} ${source.length} → ${code.length} B`);
      }
      return `client assets: ${sizes.join(', ')}`;
    },
  };
}
