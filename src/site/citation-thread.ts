/**
 * The citation worker thread's own code (started by citation-worker.ts): reads the content
 * files, keeps the entries that pass their schema, builds the corpus graph and formats every
 * citable entry in every style, then posts `[id, { apa, harvard1 }][]` back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckedEntry, type Problem } from '../lib/check/index.ts';
import { STYLES, allItems, formatCitation } from '../lib/citations.ts';
import { buildGraph } from '../lib/graph.ts';
import type { CollectionName } from '../schemas/index.ts';
import { readContentFiles } from './content-files.ts';
import type { CitationJob } from './citation-worker.ts';

const job = workerData as CitationJob;
try {
  const entries: CheckedEntry[] = [];
  for (const { path, text } of readContentFiles(job.root)) {
    const [, collection, name] = path.split('/');
    if (!collection || !name?.endsWith('.mdx')) continue;
    const problems: Problem[] = [];
    const entry = checkFile(collection as CollectionName, name.slice(0, -'.mdx'.length), path, text, problems);
    if (entry) entries.push(entry);
  }
  const graph = buildGraph(entries);
  const items = allItems({ graph, site: job.site, accessed: job.accessed, version: job.version });
  parentPort?.postMessage(items.map((item) => [item.id, Object.fromEntries(STYLES.map((s) => [s.id, formatCitation(item, s.id, job.version)]))]));
} catch (error) {
  parentPort?.postMessage({ error: String((error as Error)?.stack ?? error) });
}
