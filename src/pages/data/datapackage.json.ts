/** /data/datapackage.json: the Frictionless Data Package of every file in /data/ (src/lib/views/data-package-descriptor.ts). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../adapter/corpus.ts';
import { exportTranslations } from '../../adapter/translations.ts';
import { buildInfo } from '../../adapter/build-info.ts';
import { siteBase } from '../../adapter/site-url.ts';
import { dataTables } from '../../lib/views/data-package.ts';
import { dataPackage } from '../../lib/views/data-package-descriptor.ts';
import { buildMatrix } from '../../lib/views/matrix.ts';

export const GET: APIRoute = async ({ site }) => {
  const { graph } = await loadCorpus();
  const base = siteBase(site);
  const descriptor = dataPackage(
    dataTables(graph, base, await exportTranslations()),
    buildMatrix(graph),
    base,
    buildInfo.version,
  );
  return new Response(JSON.stringify(descriptor, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
