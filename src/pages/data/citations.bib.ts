/** /data/citations.bib: every citable entry in BibTeX. */
import type { APIRoute } from 'astro';
import { citeContext } from '../../adapter/cite-context.ts';
import { allItems } from '../../lib/citations/items.ts';
import { toBibtex } from '../../lib/citations/files.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toBibtex(allItems(await citeContext(site))), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
