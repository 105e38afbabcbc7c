/**
 * `node scripts/search-preload.ts [--site dist]`: the last step of `npm run build`, after
 * Pagefind: the search page's preload of the index's metadata file (src/site/search-preload.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addMetaPreload } from '../src/site/search-preload.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
console.log(`search-preload: /search/ preloads ${addMetaPreload(resolve(values.site!)).join(', ')}`);
