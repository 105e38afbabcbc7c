/**
 * The citation worker thread's own code (started by citation-worker.ts): reads the content
 * files, keeps the entries that pass their schema, builds the corpus graph and formats every
 * citable entry in every style and as its three downloads (BibTeX, RIS, CSL-JSON), then posts
 * them back (`CitationResult`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter } from '../lib/check/frontmatter.ts';
import { CITABLE, STYLES, cslItem, formatCitation, toBibtex, toRis } from '../lib/views/citations.ts';
import { citationUrl } from '../lib/urls.ts';
import { buildGraph } from '../lib/corpus/graph.ts';
import { corpusEntry, type CorpusEntry } from '../lib/corpus/entries.ts';
import { COLLECTIONS, schemas, type CollectionName } from '../schemas/index.ts';
import { readContentFiles } from './content-files.ts';
import type { CitationJob, CitationResult } from './citation-worker.ts';

const job = workerData as CitationJob;
try {
  // Front matter only: the bodies play no part in a citation. Entries that fail their schema are
  // left out (the content check has stopped the build, or `astro dev` shows the problem).
  const entries: CorpusEntry[] = [];
  for (const { path, text } of readContentFiles(job.root)) {
    const [, collection, name] = path.split('/') as [string, CollectionName, string];
    if (!COLLECTIONS.includes(collection) || !name.endsWith('.mdx')) continue;
    const parsed = schemas[collection].safeParse(parseFrontmatter(text).data);
    if (parsed.success) entries.push(corpusEntry(collection, name.slice(0, -'.mdx'.length), parsed.data));
  }
  const graph = buildGraph(entries);
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
  const result: CitationResult = { texts, downloads };
  parentPort?.postMessage(result);
} catch (error) {
  parentPort?.postMessage({ error: String((error as Error)?.stack ?? error) });
}
