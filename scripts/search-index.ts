/**
 * `node scripts/search-index.ts [--site dist]`: the last step of `npm run build`, in its own
 * process after `astro build`: the Pagefind index of the built site, and the search page's
 * preload of its metadata file (src/site/search-index.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/site/search-index.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const started = performance.now();
const pages = await buildSearchIndex(resolve(values.site!));
console.log(`search-index: Pagefind read ${pages} pages in ${Math.round(performance.now() - started)} ms`);
