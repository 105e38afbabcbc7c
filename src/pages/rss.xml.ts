/** /rss.xml: every dated entry (decisions, documents, events, activities), newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../adapter/corpus.ts';
import { siteFeed } from '../lib/views/feed.ts';

export const GET: APIRoute = async ({ site }) => rss({ ...siteFeed((await loadCorpus()).graph), site: site! });
