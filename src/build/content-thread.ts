/**
 * The content worker threads' own code (started by content-worker.ts), in two phases, each a
 * thread of its own:
 * - `check`: checks the content folder (the same `checkProject` as `npm run check`), posts the
 *   verdict and, when citations follow, the data of the entries that passed their schema; then the
 *   thread ends, and the check's syntax trees and caches go with its heap;
 * - `citations`: a fresh thread builds the corpus graph from that data and formats every citable
 *   entry in every style and as its three downloads (reusing what an earlier build formatted from
 *   the same item), and posts those.
 * Two threads rather than one: while Vite bundles the pages the build holds only the second,
 * smaller heap, not the check's on top of it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { dataOf } from '../lib/check/types.ts';
import { CITABLE, STYLES, cslItem, type CslItem } from '../lib/citations/items.ts';
import { formatCitations } from '../lib/citations/text.ts';
import { toBibtex, toRis } from '../lib/citations/files.ts';
import { citationUrl } from '../lib/urls.ts';
import { buildGraph, type Graph } from '../lib/corpus/graph.ts';
import { corpusEntry } from '../lib/corpus/entries.ts';
import { checkProject } from '../adapter/content-files.ts';
import { fileFactsStore } from './file-facts.ts';
import { writeDownloads } from './downloads.ts';
import type { ContentJob, ContentMessage, CorpusData } from './content-worker.ts';

const { phase, corpus, ...job } = workerData as ContentJob & { phase: 'check' | 'citations'; corpus?: CorpusData };
const post = (message: ContentMessage) => parentPort?.postMessage(message);
/**
 * Checks the content and posts the verdict, with the data of the entries that passed their schema
 * when the citations are to follow (entries that fail are left out: the check has stopped the
 * build, or `astro dev` shows the problem).
 */
function check() {
  const started = performance.now();
  const store = fileFactsStore(job.cache);
  const { problems, files, entries } = checkProject(job.root, { facts: store.facts });
  const data: CorpusData = job.citations ? entries.map((e) => [e.collection, e.id, dataOf(e, e.collection)]) : [];
  post({
    kind: 'check',
    outcome: { problems, files, ms: Math.round(performance.now() - started), factsStored: store.counts.stored },
    corpus: data,
  });
  try {
    store.save();
  } catch (error) {
    // A store that cannot be written costs the next build time, never this one its check.
    console.warn(`content check: the file facts could not be stored for the next build: ${(error as Error).message}`);
  }
}

/** One entry's citations: the texts pages show, and the three downloads. */
interface Formats {
  texts: Record<string, string>;
  bib: string;
  ris: string;
  json: string;
}

/**
 * Citations of earlier builds of the same code (the cache lives in the build's private folder),
 * by a digest of the item they were made from (the item carries the access date and the dataset
 * version, so a new day or commit makes new ones): a rebuild formats only what changed. A missing
 * or unreadable file is an empty cache.
 */
const CACHE = join(job.cache, 'citation-cache.json');
function readCache(): Map<string, Formats> {
  try {
    return new Map(JSON.parse(readFileSync(CACHE, 'utf8')) as [string, Formats][]);
  } catch {
    return new Map();
  }
}

/** Formats every citable entry's citations (reusing the cache) and posts them; stages the downloads in a build. */
function citations(graph: Graph) {
  const ctx = { graph, site: job.site, accessed: job.accessed, version: job.version };
  const cache = readCache();
  const cited = CITABLE.flatMap((c) => graph.nodesOf(c)).flatMap((node) => {
    const item = cslItem(node, ctx);
    if (!item) return [];
    const key = createHash('sha256').update(JSON.stringify(item)).digest('base64url');
    return [{ node, item, key, cached: cache.get(key) }];
  });
  // What no earlier build formatted is formatted in one batch per style.
  const fresh = cited.filter((c) => !c.cached).map((c) => c.item);
  const styled = STYLES.map((s) => [s.id, formatCitations(fresh, s.id, job.version)] as const);
  const textsOf = (item: CslItem) => Object.fromEntries(styled.map(([style, byId]) => [style, byId.get(item.id)!]));
  const texts = cited.map(({ item, cached }): [string, Record<string, string>] => [
    item.id,
    cached?.texts ?? textsOf(item),
  ]);
  // A build's pages wait for the texts only: they go first, and the downloads are made and written after.
  if (job.staging) post({ kind: 'citations', result: { texts, downloads: [] } });
  const next = new Map<string, Formats>();
  const downloads: [string, string][] = [];
  cited.forEach(({ node, item, key, cached }, i) => {
    const formats: Formats = cached ?? {
      texts: texts[i]![1],
      bib: toBibtex([item]),
      ris: toRis([item]),
      json: JSON.stringify([item], null, 2),
    };
    next.set(key, formats);
    downloads.push(
      [citationUrl(node.collection, node.id, 'bib'), formats.bib],
      [citationUrl(node.collection, node.id, 'ris'), formats.ris],
      [citationUrl(node.collection, node.id, 'json'), formats.json],
    );
  });
  if (job.staging) post({ kind: 'staged', count: writeDownloads(job.staging, downloads) });
  else post({ kind: 'citations', result: { texts, downloads } });
  // Written aside and renamed: another process reading the cache never sees half a file.
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(`${CACHE}.${process.pid}.tmp`, JSON.stringify([...next]));
  renameSync(`${CACHE}.${process.pid}.tmp`, CACHE);
}

try {
  if (phase === 'check') check();
  else citations(buildGraph((corpus ?? []).map(([collection, id, data]) => corpusEntry(collection, id, data))));
} catch (error) {
  post({ kind: 'error', error: String((error as Error)?.stack ?? error) });
}
