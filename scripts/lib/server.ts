/** Serves dist/ on 127.0.0.1 (a free port) for browser tests, as a static host would. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export async function serveDist(root = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  const assets = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
