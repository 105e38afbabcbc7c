/** /data/crosswalk.csv: one row per measure–norm link, from the same records as crosswalk.json and the page. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../adapter/corpus.ts';
import { crosswalkCsv } from '../../lib/views/crosswalk-exports.ts';
import { siteBase } from '../../adapter/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const { graph } = await loadCorpus();
  return new Response(crosswalkCsv(graph, siteBase(site)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
