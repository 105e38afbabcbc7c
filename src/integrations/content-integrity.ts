/**
 * Runs the content check before Astro reads any content, and stops the build on any problem.
 * This is the build's only content check (`npm run check` runs the same code without a build).
 * Astro 7 only logs a dangling `reference()` and goes on building; js-yaml silently rolls an
 * impossible date such as 2016-13-45 over into a real one. Neither may reach a published site.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check.ts';
import { buildGraph } from '../lib/corpus/graph.ts';
import { corpusEntry } from '../lib/corpus/entries.ts';
import { allItems } from '../lib/views/citations.ts';
import { buildInfo } from '../site/build-info.ts';
import { CITATIONS_KEY, formatInWorker } from '../site/citation-worker.ts';

export default function contentIntegrity(): AstroIntegration {
  return {
    name: 'cybercbm:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // `astro preview` serves a finished build; checking again would only repeat the build's check.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const { problems, files, entries } = checkContent(fileURLToPath(new URL('./content/', config.root)), { root });
        const ms = Math.round(performance.now() - started);
        if (!problems.length) {
          logger.info(`${files} content files pass the content check in ${ms} ms`);
          if (command === 'build') {
            // Start formatting every citation now, on the second core, so that it is done by the
            // time pages render (src/site/citation-worker.ts says why).
            const graph = buildGraph(entries.map((e) => corpusEntry(e.collection, e.id, e.data)));
            const site = (config.site ?? 'https://cybercbm.example.org').replace(/\/$/, '');
            (globalThis as Record<symbol, unknown>)[CITATIONS_KEY] = formatInWorker(allItems({ graph, site, accessed: buildInfo.date, version: buildInfo.version }), buildInfo.version);
          }
          return;
        }
        const report = `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`;
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new Error(`The content check failed; the site was not built.\n${report}`);
      },
    },
  };
}
