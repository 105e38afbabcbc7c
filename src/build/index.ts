/**
 * `cybercbm()`: the site's one integration. It composes the build wing's single-job helpers, as
 * Starlight's `index.ts` does, and gives Vite one plugin (src/build/vite-virtual-modules.ts):
 *
 * - the content worker (content-worker.ts): a second thread that checks the content and formats
 *   the citations while Vite starts and content syncs on the main thread;
 * - the check gate (check-gate.ts): a failed check stops the build before any page;
 * - the citations (citations.ts): texts for pages, downloads as files;
 * - the client assets (client-assets.ts): the browser scripts and stylesheet, compiled and minified.
 *
 * What each virtual module does under each Astro command (`preview` serves a finished build and
 * sets up nothing; the worker starts at `astro:config:setup` for the other three):
 *
 * | module                           | `astro dev`             | `astro build`                        | `astro sync`             |
 * | -------------------------------- | ----------------------- | ------------------------------------ | ------------------------ |
 * | `virtual:cybercbm/content-check` | at once, no report      | at once, no report                   | waits for the check      |
 * | `virtual:cybercbm/content-verdict` | at once, no report    | waits for the check                  | waits for the check      |
 * | `virtual:cybercbm/citations`     | waits for the texts     | at once: reads the file that         | not provided             |
 * |                                  | (inlined)               | writeBundle writes                   |                          |
 *
 * And the hooks: `astro:build:start` waits for the check (a build's gate); `astro:build:done` moves
 * the staged citation downloads into the site and compiles the client assets. Each row is tested
 * with a fake command in tests/unit/build/integration.test.ts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeEditorSchemas } from '../adapter/content-files.ts';
import { checkGate, type CheckGate } from './check-gate.ts';
import { citationDelivery, type CitationDelivery } from './citations.ts';
import { clientAssets } from './client-assets.ts';
import { forgetFingerprints } from './fingerprint.ts';
import { contentJob, contentWork as startContentWork } from './content-worker.ts';
import { vitePluginCybercbm, type PluginParts } from './vite-virtual-modules.ts';

export interface CybercbmOptions {
  /** Starts the content worker (tests hand in a fake one). */
  contentWork?: typeof startContentWork;
}

export default function cybercbm({ contentWork = startContentWork }: CybercbmOptions = {}): AstroIntegration {
  let gate: CheckGate | undefined;
  let citations: CitationDelivery | undefined;
  const assets = clientAssets();
  return {
    name: 'cybercbm',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        if (command === 'preview') return;
        // `astro dev` sets up again when its configuration changes: the code may have changed too.
        forgetFingerprints();
        const job = contentJob(config, command);
        // Each set-up starts a new worker: `astro dev` sets up again after a config change, and the
        // check and the citations must see the content as it is now.
        const work = contentWork(job);
        if (command === 'dev') writeEditorSchemas(job.root);
        gate = checkGate(work.check, command, logger);
        const parts: PluginParts[] = [gate, assets];
        if (command !== 'sync') parts.push((citations = citationDelivery(job, command, work)));
        updateConfig({ vite: { plugins: [vitePluginCybercbm(parts)] } });
      },
      'astro:build:start': async () => {
        await gate?.passed();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const count = (await citations?.done(site)) ?? 0;
        logger.info(`moved ${count} citation downloads into /cite/`);
        logger.info(await assets.done(site));
      },
    },
  };
}
