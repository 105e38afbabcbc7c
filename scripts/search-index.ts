/**
 * `node scripts/search-index.ts [--site dist]`: the last step of `npm run build`, after Pagefind:
 * the search page's preload of the index's metadata file, and the facet table read from the index,
 * split into the page's head, the roles files and the facet file
 * (src/build/search-index.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addMetaPreload, writeFacetTables } from '../src/build/search-index.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = resolve(values.site!);
for (const preload of addMetaPreload(site)) console.log(`search-index: ${preload} preloaded`);
for (const table of writeFacetTables(site))
  console.log(
    `search-index: ${table.file}: ${table.values} facet values of ${table.pages} pages; ${table.roles} roles files for ${table.sources} sources`,
  );
