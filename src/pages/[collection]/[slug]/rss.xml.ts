/** /cbms/<n>/rss.xml and /states/<id>/rss.xml: the feed of one measure or State (src/lib/views/feed.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../../adapter/corpus.ts';
import { ENTRY_FEEDS, entryFeed } from '../../../lib/views/feed.ts';
import { collectionSegment, entrySlug } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const { graph } = await loadCorpus();
  return ENTRY_FEEDS.flatMap((collection) =>
    graph.nodesOf(collection).map((n) => ({
      params: { collection: collectionSegment(collection), slug: entrySlug(collection, n.id) },
      props: { key: n.key },
    })),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { graph } = await loadCorpus();
  const node = graph.nodes.get((props as { key: string }).key)!;
  return rss({ ...entryFeed(graph, node)!, site: site! });
};
