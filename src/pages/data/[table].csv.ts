/** /data/<table>.csv: a CSV per collection, its link tables and citations.csv (src/lib/views/data-package.ts). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../adapter/corpus.ts';
import { siteBase } from '../../adapter/site-url.ts';
import { dataTables, tableCsv, type Table } from '../../lib/views/data-package.ts';
import type { Graph } from '../../lib/corpus/graph.ts';
import type { ExportTranslations } from '../../lib/views/exports.ts';
import { exportTranslations } from '../../adapter/translations.ts';

// Every route asks for all tables; they are made once per corpus and site address.
const made = new WeakMap<Graph, Map<string, Table[]>>();
function tables(graph: Graph, site: string, translations: ExportTranslations): Table[] {
  const bySite = made.get(graph) ?? new Map<string, Table[]>();
  made.set(graph, bySite);
  const fresh = bySite.get(site) ?? dataTables(graph, site, translations);
  bySite.set(site, fresh);
  return fresh;
}

export async function getStaticPaths() {
  const { graph } = await loadCorpus();
  return tables(graph, siteBase(undefined), await exportTranslations()).map((t) => ({ params: { table: t.name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { graph } = await loadCorpus();
  const table = tables(graph, siteBase(site), await exportTranslations()).find((t) => t.name === params['table'])!;
  return new Response(tableCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
