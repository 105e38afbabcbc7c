/**
 * `node scripts/bench/cold-bytes.ts [--dist dist] [--gzip] [--out file.json]`: what a cold query
 * receives, file by file. For each of the benchmark's queries (scripts/bench/search.ts), opens
 * `/search/?q=…` in a fresh Chromium context (nothing cached), waits until the network has gone
 * quiet, and sums the bytes received (the encoded body size Chromium reports) by part: the page,
 * the site's scripts and stylesheet, Pagefind's script, entry file, WebAssembly, metadata, index
 * chunks and fragments, and the facet table. Prints the median of each part over the queries.
 * `--gzip` serves text files compressed, as a host does (the benchmark's search runs do the same).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../lib/browser.ts';
import { precompress, serveDist } from '../lib/server.ts';
import { median } from './protocol.ts';
import { QUERIES } from './search.ts';

/** The part of a cold query a file belongs to, by its path. */
export function partOf(path: string): string {
  if (path === '/search/' || path.endsWith('.html')) return 'page (HTML)';
  if (/^\/pagefind\/pagefind\.js$/.test(path)) return 'Pagefind script';
  if (path.startsWith('/pagefind/pagefind-entry.json')) return 'Pagefind entry file';
  if (path.endsWith('.pagefind')) return 'Pagefind WebAssembly';
  if (path.endsWith('.pf_meta')) return 'Pagefind metadata';
  if (path.endsWith('.pf_index')) return 'Pagefind index chunks';
  if (path.endsWith('.pf_fragment')) return 'Pagefind fragments';
  if (path.endsWith('.pf_filter')) return 'Pagefind filters';
  if (path.startsWith('/pagefind/cybercbm-facets')) return 'facet file';
  if (path.startsWith('/pagefind/cybercbm-roles.')) return 'roles files';
  if (path.endsWith('.js')) return 'site scripts';
  if (path.endsWith('.css')) return 'stylesheet';
  return 'other';
}

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, gzip: { type: 'boolean' }, out: { type: 'string' } },
});
let root = resolve(values.dist!);
let copy: string | undefined;
if (values.gzip) {
  copy = mkdtempSync(join(tmpdir(), 'cybercbm-cold-bytes-'));
  cpSync(root, copy, { recursive: true });
  precompress(copy);
  root = copy;
}
const server = await serveDist(root, { gzip: Boolean(values.gzip) });
const browser = await launchChromium();
const perQuery: Record<string, Record<string, number>> = {};
try {
  for (const q of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const parts: Record<string, number> = {};
    let pending = 0;
    let last = Date.now();
    page.on('request', () => (pending++, (last = Date.now())));
    page.on('requestfailed', () => pending--);
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      const part = partOf(new URL(request.url()).pathname);
      parts[part] = (parts[part] ?? 0) + (sizes?.responseBodySize ?? 0);
      pending--;
      last = Date.now();
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
    while (pending > 0 || Date.now() - last < 500) await new Promise((go) => setTimeout(go, 50));
    perQuery[q] = parts;
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
}
const names = [...new Set(Object.values(perQuery).flatMap((p) => Object.keys(p)))].sort();
const medians = Object.fromEntries(names.map((n) => [n, median(QUERIES.map((q) => perQuery[q]![n] ?? 0))]));
const total = median(QUERIES.map((q) => Object.values(perQuery[q]!).reduce((a, b) => a + b, 0)));
console.log(`cold query, ${QUERIES.length} queries, median bytes received${values.gzip ? ' (served gzip)' : ''}:`);
for (const n of names) console.log(`  ${n.padEnd(24)} ${String(medians[n]).padStart(9)}`);
console.log(`  ${'total (median of sums)'.padEnd(24)} ${String(total).padStart(9)}`);
if (values.out) writeFileSync(values.out, `${JSON.stringify({ queries: QUERIES, medians, total, perQuery }, null, 2)}\n`);
