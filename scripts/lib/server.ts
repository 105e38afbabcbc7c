/**
 * Serves dist/ on 127.0.0.1 (a free port) for browser tests and the benchmark, as a static host
 * would. With `gzip: true` it also sends the compressed copies `precompress()` wrote beside the
 * files (sirv's `gzip` option), as a host that compresses text responses does. With
 * `pagefindEncoding: true` it sends Pagefind's own files, which are gzip already, with
 * `Content-Encoding: gzip`, as a host configured so does (README, "Hosting"): the browser then
 * inflates them natively and Pagefind skips its own JavaScript gunzip.
 */
import { createReadStream, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The responses a host compresses. Pagefind's `.pf_*` files and `.pagefind` WebAssembly are gzip already. */
const COMPRESSED_TYPES = /\.(js|mjs|css|html|json|wasm)$/;

/**
 * Writes `<file>.gz` beside every text file of `root` (zlib's default level 6, what hosts that
 * compress on the fly typically use). Returns how many it wrote. Meant for a throwaway dist.
 */
export function precompress(root: string): number {
  let written = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSED_TYPES.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path)));
    written++;
  }
  return written;
}

/** Pagefind's files that it writes gzip-compressed (each, once inflated, starts with `pagefind_dcd`). */
const PAGEFIND_GZIP = /^\/pagefind\/.+\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

/** The Pagefind gzip file a request names under `root`, if it is one and exists; never a path outside `root`. */
function pagefindFile(root: string, url = '/'): { path: string; size: number } | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://host').pathname);
  } catch {
    return undefined; // a malformed escape: sirv answers it
  }
  if (path.includes('\0') || !PAGEFIND_GZIP.test(path)) return undefined;
  const file = join(root, path);
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const size = statSync(file, { throwIfNoEntry: false })?.size;
  return size === undefined ? undefined : { path: file, size };
}

export async function serveDist(
  root = DIST,
  options: { gzip?: boolean; pagefindEncoding?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const assets = sirv(root, { dev: false, etag: true, extensions: ['html'], gzip: options.gzip ?? false });
  const server: Server = createServer((req, res) => {
    const file = options.pagefindEncoding ? pagefindFile(root, req.url) : undefined;
    if (file) {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-encoding': 'gzip',
        'content-length': file.size,
      });
      createReadStream(file.path)
        .on('error', () => res.destroy())
        .pipe(res);
      return;
    }
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
