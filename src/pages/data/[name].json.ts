/** /data/<collection>.json, /data/matrix.json, /data/crosswalk.json and /data/citations.json (CSL-JSON). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../adapter/corpus.ts';
import { exportTranslations } from '../../adapter/translations.ts';
import { citeContext } from '../../adapter/cite-context.ts';
import { siteBase } from '../../adapter/site-url.ts';
import { exportRows, matrixJson } from '../../lib/views/exports.ts';
import { buildMatrix } from '../../lib/views/matrix.ts';
import { crosswalkJson } from '../../lib/views/crosswalk-exports.ts';
import { allItems } from '../../lib/citations/items.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';

export function getStaticPaths() {
  return [...COLLECTIONS, 'matrix', 'crosswalk', 'citations'].map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { graph } = await loadCorpus();
  const name = params['name']!;
  const body =
    name === 'matrix'
      ? matrixJson(buildMatrix(graph))
      : name === 'crosswalk'
        ? crosswalkJson(graph, siteBase(site))
        : name === 'citations'
          ? allItems(await citeContext(site))
          : exportRows(graph, name as CollectionName, siteBase(site), await exportTranslations());
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
