/**
 * Delivers every citation of the site, formatted in the content worker thread
 * (src/build/content-worker.ts), two ways:
 * - the texts pages show ("Cite this": APA, Harvard) as the virtual module
 *   `virtual:cybercbm/citations` (read by src/build/citation-texts.ts). In a build the module
 *   reads them from a file written once Vite has bundled the pages, so that bundling does not
 *   wait for the worker: the pages run only after it; `astro dev` inlines them;
 * - the downloads (`/cite/<collection>/<id>.bib`, `.ris`, `.json`) as files, which the worker
 *   writes into a staging folder (src/build/downloads.ts) and the build moves into the site
 *   once pages are done; `astro dev` serves them from memory. They are not Astro routes:
 *   thousands of one-line files each cost a route render and four file-system round trips in
 *   Astro's page loop, for content that needs no template.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CitationResult, ContentJob } from './content-worker.ts';
import { moveDownloads } from './downloads.ts';
import type { PluginParts } from './vite-virtual-modules.ts';

/** The media type of each download, by extension. */
export const DOWNLOAD_TYPES: Record<string, string> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};

export interface CitationDelivery extends PluginParts {
  /** Moves the staged downloads into the built site at `site` (`astro build`); how many there were. */
  done(site: string): Promise<number>;
}

export function citationDelivery(
  job: ContentJob,
  command: string,
  work: { citations: Promise<CitationResult>; staged: Promise<number> },
): CitationDelivery {
  const { citations: result, staged } = work;
  const texts = join(job.cache, 'citations.json');
  let written: Promise<void> | undefined;
  let byPath: Map<string, string> | undefined;
  return {
    modules: {
      'virtual:cybercbm/citations': async () => {
        if (command === 'build')
          // The build does not wait here: the texts are read from the file when the built pages
          // are first imported, and writeBundle (below) writes it once Vite is done.
          return `import { readFileSync } from 'node:fs';\nexport const citations = new Map(JSON.parse(readFileSync(${JSON.stringify(texts)}, 'utf8')));`;
        const entries = JSON.stringify((await result).texts);
        // One string literal parses far faster than the same data as an object literal.
        return `export const citations = new Map(JSON.parse(${JSON.stringify(entries)}));`;
      },
    },
    async writeBundle() {
      if (command !== 'build') return;
      written ??= result.then(({ texts: t }) => {
        mkdirSync(dirname(texts), { recursive: true });
        writeFileSync(texts, JSON.stringify(t));
      });
      await written;
    },
    middleware: [
      (req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
        if (!path.startsWith('/cite/')) return next();
        result.then(({ downloads }) => {
          byPath ??= new Map(downloads);
          const body = byPath.get(path);
          if (body === undefined) return next();
          res.setHeader('content-type', `${DOWNLOAD_TYPES[path.split('.').pop()!]}; charset=utf-8`);
          res.end(body);
        }, next);
      },
    ],
    async done(site) {
      // The worker has written them into a folder of its own; they move into the site in one step.
      const count = await staged;
      if (count) moveDownloads(job.staging!, site);
      return count;
    },
  };
}
