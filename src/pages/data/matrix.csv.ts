/** /data/matrix.csv: the matrix the page shows, from the same function. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../adapter/corpus.ts';
import { buildMatrix } from '../../lib/views/matrix.ts';
import { matrixCsv } from '../../lib/views/exports.ts';

export const GET: APIRoute = async () => {
  const { graph } = await loadCorpus();
  return new Response(matrixCsv(buildMatrix(graph)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
