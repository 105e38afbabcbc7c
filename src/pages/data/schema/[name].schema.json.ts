/** /data/schema/<collection>.schema.json (and crosswalk.schema.json): JSON Schema of each export, from the zod schemas. */
import type { APIRoute } from 'astro';
import { exportSchema } from '../../../lib/views/exports.ts';
import { crosswalkSchema } from '../../../lib/views/crosswalk-exports.ts';
import { siteBase } from '../../../adapter/site-url.ts';
import { COLLECTIONS, type CollectionName } from '../../../schemas/index.ts';

export function getStaticPaths() {
  return [...COLLECTIONS, 'crosswalk'].map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(
    JSON.stringify(
      params['name'] === 'crosswalk'
        ? crosswalkSchema(siteBase(site))
        : exportSchema(params['name'] as CollectionName, siteBase(site)),
      null,
      2,
    ),
    { headers: { 'content-type': 'application/schema+json' } },
  );
