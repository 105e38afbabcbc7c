/** The citation context for this build: graph, site URL, access date and dataset version. */
import { allItems, type CiteContext } from '../lib/views/citations.ts';
import { buildInfo } from './build-info.ts';
import { CITATIONS_KEY, formatInWorker, type Formatted } from './citation-worker.ts';
import { loadCorpus } from './corpus.ts';
import { siteBase } from './site-url.ts';

export async function citeContext(site: URL | undefined): Promise<CiteContext> {
  const { graph } = await loadCorpus();
  return { graph, site: siteBase(site), accessed: buildInfo.date, version: buildInfo.version };
}

let formatted: Promise<Formatted> | undefined;

/**
 * Every citation of the build, formatted once in a worker thread: the one the integration started
 * before the build (content-integrity.ts), or, in `astro dev`, one started by the first page.
 */
export async function formattedCitations(site: URL | undefined): Promise<Formatted> {
  formatted ??= ((globalThis as Record<symbol, unknown>)[CITATIONS_KEY] as Promise<Formatted> | undefined) ?? citeContext(site).then((ctx) => formatInWorker(allItems(ctx), ctx.version));
  return formatted;
}
