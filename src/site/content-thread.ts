/**
 * The content worker thread's own code (started by content-worker.ts): checks the content
 * folder (the same `checkProject` as `npm run check`) and posts the verdict; then builds the
 * corpus graph from the entries that passed their schema and formats every citable entry in
 * every style and as its three downloads, and posts those.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { dataOf } from '../lib/check/types.ts';
import { CITABLE, STYLES, cslItem, formatCitation, toBibtex, toRis } from '../lib/views/citations.ts';
import { citationUrl } from '../lib/urls.ts';
import { buildGraph } from '../lib/corpus/graph.ts';
import { corpusEntry } from '../lib/corpus/entries.ts';
import { checkProject } from './content-files.ts';
import type { ContentJob, ContentMessage } from './content-worker.ts';

const job = workerData as ContentJob;
const post = (message: ContentMessage) => parentPort?.postMessage(message);
try {
  const started = performance.now();
  const { problems, files, entries } = checkProject(job.root);
  post({ kind: 'check', outcome: { problems, files, ms: Math.round(performance.now() - started) } });

  // Entries that fail their schema are left out (the check has stopped the build, or `astro dev` shows the problem).
  const graph = buildGraph(entries.map((e) => corpusEntry(e.collection, e.id, dataOf(e, e.collection))));
  const ctx = { graph, site: job.site, accessed: job.accessed, version: job.version };
  const texts: [string, Record<string, string>][] = [];
  const downloads: [string, string][] = [];
  for (const node of CITABLE.flatMap((c) => graph.nodesOf(c))) {
    const item = cslItem(node, ctx);
    if (!item) continue;
    texts.push([item.id, Object.fromEntries(STYLES.map((s) => [s.id, formatCitation(item, s.id, job.version)]))]);
    downloads.push(
      [citationUrl(node.collection, node.id, 'bib'), toBibtex([item])],
      [citationUrl(node.collection, node.id, 'ris'), toRis([item])],
      [citationUrl(node.collection, node.id, 'json'), JSON.stringify([item], null, 2)],
    );
  }
  post({ kind: 'citations', result: { texts, downloads } });
} catch (error) {
  post({ kind: 'error', error: String((error as Error)?.stack ?? error) });
}
