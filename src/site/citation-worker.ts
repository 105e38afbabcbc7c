/**
 * Formats every citation (APA and Harvard) in a worker thread while Astro renders pages on the
 * main thread: citeproc costs about 2 ms per citation, which at 10,000 entries was the largest
 * single item in the build profile, and the build otherwise leaves the second core idle.
 * The worker runs the same `formatCitation` as the pages would (src/lib/views/citations.ts).
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CslItem } from '../lib/views/citations.ts';

export type Formatted = Map<string, Record<string, string>>;

/** Where the build's integration leaves the running worker's promise for the pages to pick up. */
export const CITATIONS_KEY = Symbol.for('cybercbm.citations');

/** Resolves to id → { apa, harvard1 } for the given items. */
export function formatInWorker(items: CslItem[], version: string): Promise<Formatted> {
  // Astro bundles this module, so the worker loads the library from the project's own source.
  const lib = pathToFileURL(join(process.cwd(), 'src/lib/views/citations.ts')).href;
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.lib).then(({ formatCitation, STYLES }) => {
      const out = workerData.items.map((item) => [item.id, Object.fromEntries(STYLES.map((s) => [s.id, formatCitation(item, s.id, workerData.version)]))]);
      parentPort.postMessage(out);
    }, (error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { items, version, lib } });
    worker.once('message', (message: [string, Record<string, string>][] | { error: string }) => {
      void worker.terminate();
      if ('error' in message) reject(new Error(`citation worker: ${message.error}`));
      else resolve(new Map(message));
    });
    worker.once('error', reject);
  });
}
