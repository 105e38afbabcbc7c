/** /<collection>/rss.xml: one feed per collection. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../site/corpus.ts';
import { feedItems } from '../../lib/feed.ts';
import { COLLECTION_INFO } from '../../lib/collections.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';

export function getStaticPaths() {
  return COLLECTIONS.map((collection) => ({ params: { collection } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { graph } = await loadCorpus();
  const collection = params['collection'] as CollectionName;
  // Dated entries newest first, then the undated ones by name: every entry is in its feed.
  const dated = feedItems(graph, [collection]);
  const listed = new Set(dated.map((i) => i.link));
  const undated = [...graph.nodes.values()]
    .filter((n) => n.collection === collection && !listed.has(n.url))
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((n) => ({ title: n.title, link: n.url, description: String(n.data['summary'] ?? ''), categories: [collection] }));
  const items = [...dated, ...undated];
  return rss({ title: `CyberCBM: ${COLLECTION_INFO[collection].title}`, description: COLLECTION_INFO[collection].description, site: site!, items });
};
