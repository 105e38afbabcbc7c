/** /rss.xml: every dated entry (decisions, documents, events, activities), newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../site/corpus.ts';
import { feedItems } from '../lib/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { graph } = await loadCorpus();
  return rss({
    title: 'CyberCBM: OSCE cyber/ICT-security decisions, documents, events and activities',
    description: 'New and dated entries of the CyberCBM knowledge base, newest first.',
    site: site!,
    items: feedItems(graph),
  });
};
