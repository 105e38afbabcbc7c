/**
 * Formats every citation (APA and Harvard, and the BibTeX, RIS and CSL-JSON downloads) in a
 * worker thread, so that citeproc and citation-js run on the second core while Astro syncs
 * content and renders pages on the first. The thread runs
 * citation-thread.ts: the same `formatCitation` the pages would call.
 */
import { Worker } from 'node:worker_threads';

/** id → { apa, harvard1 }: the formatted text of each citable entry. */
export type Formatted = Map<string, Record<string, string>>;

/** What the thread sends back: the texts pages show, and each download file's site path and content. */
export interface CitationResult {
  texts: [string, Record<string, string>][];
  /** `['/cite/decisions/pc-1202.bib', '@misc{…}']`: BibTeX, RIS and CSL-JSON of every citable entry. */
  downloads: [string, string][];
}

/** What the thread needs: where the content is, and what every citation carries. */
export interface CitationJob {
  /** The project folder (the one that holds content/). */
  root: string;
  /** The site's absolute base URL, without trailing slash. */
  site: string;
  /** `YYYY-MM-DD`: the access date printed in citations. */
  accessed: string;
  /** The dataset version printed in citations. */
  version: string;
}

/** Starts the worker; resolves to every citable entry's formatted citations and downloads. */
export function formatInWorker(job: CitationJob): Promise<CitationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./citation-thread.ts', import.meta.url), { workerData: job });
    worker.once('message', (message: CitationResult | { error: string }) => {
      void worker.terminate();
      if ('error' in message) reject(new Error(`citation worker: ${message.error}`));
      else resolve(message);
    });
    worker.once('error', reject);
  });
}
