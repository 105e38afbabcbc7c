/** /cbms/<n>/rss.xml and /states/<id>/rss.xml: follow a measure or a State (src/lib/views/feed.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../../adapter/corpus.ts';
import type { Graph } from '../../../lib/corpus/graph.ts';
import { measureFeed, stateFeed } from '../../../lib/views/feed.ts';
import { collectionSegment, entrySlug } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const { graph } = await loadCorpus();
  return (['cbms', 'states'] as const).flatMap((collection) =>
    graph.nodesOf(collection).map((node) => ({
      params: { collection: collectionSegment(collection), slug: entrySlug(collection, node.id) },
      props: { collection, id: node.id },
    })),
  );
}

const feedOf = (graph: Graph, { collection, id }: { collection: 'cbms' | 'states'; id: string }) =>
  collection === 'cbms' ? measureFeed(graph, graph.get('cbms', id)!) : stateFeed(graph, graph.get('states', id)!);

export const GET: APIRoute = async ({ props, site }) =>
  rss({ ...feedOf((await loadCorpus()).graph, props as { collection: 'cbms' | 'states'; id: string }), site: site! });
