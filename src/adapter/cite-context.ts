/** The citation context for this build: graph, site URL, access date and dataset version. */
import { citations } from 'virtual:cybercbm/citations';
import type { CiteContext } from '../lib/citations/items.ts';
import { buildInfo } from './build-info.ts';
import type { Formatted } from '../build/content-worker.ts';
import { loadCorpus } from './corpus.ts';
import { siteBase } from './site-url.ts';

export async function citeContext(site: URL | undefined): Promise<CiteContext> {
  const { graph } = await loadCorpus();
  return { graph, site: siteBase(site), accessed: buildInfo.date, version: buildInfo.version };
}

/**
 * Every citation of the build, formatted once in a worker thread (src/build/citations.ts
 * prepares them). The site URL is the one the build was configured with.
 */
export async function formattedCitations(_site?: URL): Promise<Formatted> {
  return citations;
}
