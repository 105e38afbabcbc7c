/** /compare/items.json: every comparable entry's column, for /compare.js (the same model as the pre-rendered pairs). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../adapter/corpus.ts';
import { compareItems } from '../../lib/views/compare.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(compareItems((await loadCorpus()).graph)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
