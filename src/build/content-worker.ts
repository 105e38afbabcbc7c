/**
 * The build's second core: a worker thread (content-thread.ts) reads the content folder once,
 * runs the content check and posts its result with the data of the entries it accepted, and ends;
 * a second thread then formats every citation (APA and Harvard, and the BibTeX, RIS and CSL-JSON
 * downloads) from that data and posts those. The check's heap is gone before the citations'
 * grows, while Vite bundles.
 * Meanwhile the main thread starts Vite and syncs content; a build awaits the check's result at
 * `astro:build:start`, before any page (src/build/check-gate.ts), and the citations
 * when Vite has bundled the pages and at the end of the build (src/build/citations.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroConfig } from 'astro';
import type { Problem } from '../lib/check/index.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { buildInfo } from '../adapter/build-info.ts';
import { siteBase } from '../adapter/site-url.ts';
import { privateCache } from './fingerprint.ts';

/** What the thread needs: where the content is, and what every citation carries. */
export interface ContentJob {
  /** The project folder (the one that holds content/). */
  root: string;
  /** The site's absolute base URL, without trailing slash. */
  site: string;
  /** `YYYY-MM-DD`: the access date printed in citations. */
  accessed: string;
  /** The dataset version printed in citations. */
  version: string;
  /** The build's private cache folder (src/build/fingerprint.ts): the check's facts, the citations. */
  cache: string;
  /** Where the thread writes the citation downloads (src/build/downloads.ts); a build's only. */
  staging?: string;
  /** Whether to go on to the citations after the check (`astro sync` needs only the check). */
  citations: boolean;
}

/**
 * The job of the project Astro is building. Only `astro build` stages downloads, in a folder of
 * its own process (an `astro dev` running at the same time must not empty it).
 */
export function contentJob(config: AstroConfig, command: string): ContentJob {
  const root = fileURLToPath(config.root);
  const cache = privateCache(root);
  return {
    root,
    site: siteBase(config.site ? new URL(config.site) : undefined),
    accessed: buildInfo.date,
    version: buildInfo.version,
    cache,
    ...(command === 'build' ? { staging: join(cache, `downloads-${process.pid}`) } : {}),
    citations: command !== 'sync',
  };
}

/** The content check's verdict. */
export interface CheckOutcome {
  problems: Problem[];
  /** How many files were judged, and how long it took. */
  files: number;
  ms: number;
  /** How many of them were unchanged, their facts taken from the store of an earlier check (src/build/file-facts.ts). */
  factsStored?: number;
}

/** The citations: the texts pages show, and each download file's site path and content. */
export interface CitationResult {
  texts: [string, Record<string, string>][];
  /**
   * `['/cite/decisions/pc-1202.bib', '@misc{…}']`: BibTeX, RIS and CSL-JSON of every citable entry,
   * for `astro dev` to serve; empty in a build, which moves the files the thread staged.
   */
  downloads: [string, string][];
}

/** What the citations thread builds the corpus graph from: each accepted entry's collection, id and data. */
export type CorpusData = [CollectionName, string, unknown][];

/** The threads' messages, in the order they send them (the check's thread the first, the citations' the rest). */
export type ContentMessage =
  | { kind: 'check'; outcome: CheckOutcome; corpus: CorpusData }
  | { kind: 'citations'; result: CitationResult }
  | { kind: 'staged'; count: number }
  | { kind: 'error'; error: string };

export interface ContentWork {
  check: Promise<CheckOutcome>;
  citations: Promise<CitationResult>;
  /** How many downloads the thread has written into the job's staging folder. */
  staged: Promise<number>;
}

/** A promise with its settle functions; a rejection nobody awaits (a dev server that never asks for citations) is no crash. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * New worker threads for this job. Each call starts them: the integration asks at every
 * `astro:config:setup`, which `astro dev` runs again after a config change, so that the check and
 * the citations see the content as it is now. The promises reject if a thread fails.
 */
export function contentWork(job: ContentJob): ContentWork {
  const check = deferred<CheckOutcome>();
  const citations = deferred<CitationResult>();
  const staged = deferred<number>();
  const fail = (error: Error) => {
    check.reject(error);
    citations.reject(error);
    staged.reject(error);
  };
  /** One thread of the job: `check` first, then (if the job asks) `citations` from the data the check posted. */
  const start = (phase: 'check' | 'citations', corpus?: CorpusData) => {
    const worker = new Worker(new URL('./content-thread.ts', import.meta.url), {
      workerData: { ...job, phase, corpus },
    });
    let checked = false;
    worker.on('message', (message: ContentMessage) => {
      if (message.kind === 'check') {
        checked = true;
        check.resolve(message.outcome);
        // The check's thread ends by itself; the citations start in a fresh one once it has.
        if (job.citations) worker.once('exit', () => start('citations', message.corpus));
        return;
      }
      if (message.kind === 'citations') return citations.resolve(message.result);
      // After the downloads the thread writes its cache and ends by itself.
      if (message.kind === 'staged') return staged.resolve(message.count);
      fail(new Error(`content worker: ${message.error}`));
      void worker.terminate();
    });
    worker.once('error', fail);
    // A thread that ends without its messages (an exit in the code it runs) must not leave the build
    // waiting; settled promises stay as they are.
    worker.once('exit', (code) => {
      if (phase === 'citations' || !checked)
        fail(new Error(`content worker: the ${phase} thread exited (code ${code}) before it was done`));
    });
  };
  start('check');
  return { check: check.promise, citations: citations.promise, staged: staged.promise };
}
