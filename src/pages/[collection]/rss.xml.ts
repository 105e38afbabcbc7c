/** /<collection>/rss.xml: one feed per collection (src/lib/views/feed.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../adapter/corpus.ts';
import { feed } from '../../lib/views/feed.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { collectionSegment } from '../../lib/urls.ts';

export function getStaticPaths() {
  return COLLECTIONS.map((collection) => ({
    params: { collection: collectionSegment(collection) },
    props: { collection },
  }));
}

export const GET: APIRoute = async ({ props, site }) =>
  rss({ ...feed((await loadCorpus()).graph, (props as { collection: CollectionName }).collection), site: site! });
