/** /data/citations.bib: every citable entry in BibTeX. */
import type { APIRoute } from 'astro';
import { citeContext } from '../../site/cite-context.ts';
import { allItems, toBibtex } from '../../lib/views/citations.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toBibtex(allItems(await citeContext(site))), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
