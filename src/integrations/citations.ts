/**
 * Prepares every citation of the site and hands them to pages as the Vite virtual module
 * `virtual:cybercbm/citations` (read by src/site/cite-context.ts). In a build the work starts
 * before Astro reads any content, in a worker thread (citation-worker.ts), and the module is
 * filled in once it is done; `astro dev` starts it when a page first asks.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildInfo } from '../site/build-info.ts';
import { formatInWorker, type Formatted } from '../site/citation-worker.ts';
import { siteBase } from '../site/site-url.ts';

const MODULE = 'virtual:cybercbm/citations';
const RESOLVED = `\0${MODULE}`;

export default function citations(): AstroIntegration {
  return {
    name: 'cybercbm:citations',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command === 'preview' || command === 'sync') return;
        let formatted: Promise<Formatted> | undefined;
        const start = () =>
          (formatted ??= formatInWorker({
            root: fileURLToPath(config.root),
            site: siteBase(config.site ? new URL(config.site) : undefined),
            accessed: buildInfo.date,
            version: buildInfo.version,
          }));
        if (command === 'build') void start().catch(() => undefined);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cybercbm:citations',
                resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
                load: async (id) => {
                  if (id !== RESOLVED) return undefined;
                  const entries = JSON.stringify([...(await start())]);
                  // One string literal parses far faster than the same data as an object literal.
                  return `export const citations = new Map(JSON.parse(${JSON.stringify(entries)}));`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
