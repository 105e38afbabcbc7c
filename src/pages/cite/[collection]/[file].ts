/** Per-entry citation downloads: /cite/<collection>/<id>.bib, .ris and .json (CSL-JSON). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../../site/corpus.ts';
import { citeContext } from '../../../site/cite-context.ts';
import { CITABLE, cslItem, toBibtex, toRis } from '../../../lib/views/citations.ts';
import type { CollectionName } from '../../../schemas/index.ts';

export async function getStaticPaths() {
  const { graph } = await loadCorpus();
  return CITABLE.flatMap((c) => graph.nodesOf(c)).flatMap((n) =>
    ['bib', 'ris', 'json'].map((ext) => ({ params: { collection: n.collection, file: `${n.id}.${ext}` } })),
  );
}

const TYPES: Record<string, string> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};

export const GET: APIRoute = async ({ params, site }) => {
  const ctx = await citeContext(site);
  const [id, ext] = params['file']!.split(/\.(?=[a-z]+$)/) as [string, string];
  const node = ctx.graph.get(params['collection'] as CollectionName, id)!;
  const item = cslItem(node, ctx)!;
  const body = ext === 'bib' ? toBibtex([item]) : ext === 'ris' ? toRis([item]) : JSON.stringify([item], null, 2);
  return new Response(body, { headers: { 'content-type': `${TYPES[ext]}; charset=utf-8` } });
};
