/** The citation context for this build: graph, site URL, access date and dataset version. */
import type { CiteContext } from '../lib/citations/items.ts';
import { buildInfo } from './build-info.ts';
import { loadCorpus } from './corpus.ts';
import { siteBase } from './site-url.ts';

export async function citeContext(site: URL | undefined): Promise<CiteContext> {
  const { graph } = await loadCorpus();
  return { graph, site: siteBase(site), accessed: buildInfo.date, version: buildInfo.version };
}
