/**
 * Delivers every citation of the site, formatted in the content worker thread
 * (src/build/content-worker.ts), two ways:
 * - the texts pages show ("Cite this": APA, Harvard) as the Vite virtual module
 *   `virtual:cybercbm/citations` (read by src/adapter/cite-context.ts). In a build the module reads
 *   them from a file written when Vite has bundled the pages, so that bundling does not wait for
 *   the worker: the pages run only after it;
 * - the downloads (`/cite/<collection>/<id>.bib`, `.ris`, `.json`) as files, which the worker
 *   writes into a folder of its own (src/build/downloads.ts) and the build moves into the site
 *   once pages are done; `astro dev` serves them from memory. They are not Astro
 *   routes: thousands of one-line files each cost a route render and four file-system round trips
 *   in Astro's page loop, for content that needs no template.
 * The worker starts as the configuration is set up (the content check shares it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentJob, contentWork, type CitationResult } from './content-worker.ts';
import { moveDownloads } from './downloads.ts';

const MODULE = 'virtual:cybercbm/citations';
/** Where a build leaves the texts for its pages (see the virtual module's `load`). */
const TEXTS_FILE = '.astro/cybercbm-citations.json';
const RESOLVED = `\0${MODULE}`;

/** The media type of each download, by extension. */
export const DOWNLOAD_TYPES: Record<string, string> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};

export default function citations(): AstroIntegration {
  let result: Promise<CitationResult> = Promise.reject(new Error('citations: not configured'));
  result.catch(() => undefined);
  let staged: Promise<number> = Promise.resolve(0);
  let staging = '';
  return {
    name: 'cybercbm:citations',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command === 'preview' || command === 'sync') return;
        const job = contentJob(config, command);
        const work = contentWork(job);
        result = work.citations;
        staged = work.staged;
        staging = job.staging ?? '';
        const texts = fileURLToPath(new URL(TEXTS_FILE, config.root));
        let written: Promise<void> | undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cybercbm:citations',
                resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
                load: async (id) => {
                  if (id !== RESOLVED) return undefined;
                  if (command === 'build') {
                    // The build does not wait here: the texts are read from TEXTS_FILE when the built
                    // pages are first imported, and writeBundle (below) writes it once Vite is done.
                    return `import { readFileSync } from 'node:fs';\nexport const citations = new Map(JSON.parse(readFileSync(${JSON.stringify(texts)}, 'utf8')));`;
                  }
                  const entries = JSON.stringify((await result).texts);
                  // One string literal parses far faster than the same data as an object literal.
                  return `export const citations = new Map(JSON.parse(${JSON.stringify(entries)}));`;
                },
                async writeBundle() {
                  if (command !== 'build') return;
                  written ??= result.then(({ texts: t }) => {
                    mkdirSync(dirname(texts), { recursive: true });
                    writeFileSync(texts, JSON.stringify(t));
                  });
                  await written;
                },
                configureServer(server) {
                  let byPath: Map<string, string> | undefined;
                  server.middlewares.use((req, res, next) => {
                    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
                    if (!path.startsWith('/cite/')) return next();
                    result.then(({ downloads }) => {
                      byPath ??= new Map(downloads);
                      const body = byPath.get(path);
                      if (body === undefined) return next();
                      res.setHeader('content-type', `${DOWNLOAD_TYPES[path.split('.').pop()!]}; charset=utf-8`);
                      res.end(body);
                    }, next);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The worker has written them into a folder of its own; they move into the site in one step.
        const count = await staged;
        if (count) moveDownloads(staging, fileURLToPath(dir));
        logger.info(`moved ${count} citation downloads into /cite/`);
      },
    },
  };
}
