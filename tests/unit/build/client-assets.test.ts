/** `astro dev` serves the browser scripts compiled on request from src/client/ (src/build/client-assets.ts). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { SCRIPTS, clientAssets } from '../../../src/build/client-assets.ts';

/** One request through the dev middleware: the response it wrote, or 'next' when it passed the request on. */
function request(url: string): Promise<{ type: string | undefined; body: string } | 'next'> {
  const [handler] = clientAssets().middleware!;
  return new Promise((resolve, reject) => {
    const headers = new Map<string, string>();
    const res = {
      setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
      end: (body: string) => resolve({ type: headers.get('content-type'), body }),
    } as unknown as ServerResponse;
    handler!({ url } as IncomingMessage, res, (error?: unknown) => (error ? reject(error) : resolve('next')));
  });
}

describe('the dev middleware of the client scripts', () => {
  it.each(Object.keys(SCRIPTS))('compiles /%s from its TypeScript source, unminified', async (name) => {
    const response = await request(`/${name}?v=1`);
    expect(response).not.toBe('next');
    const { type, body } = response as { type: string; body: string };
    expect(type).toBe('text/javascript; charset=utf-8');
    expect(body.length).toBeGreaterThan(200);
    expect(body).not.toMatch(/:\s*(string|number|boolean)\b[,)]/); // no type annotations left
    expect(body.split('\n').length).toBeGreaterThan(10); // not minified
  });

  it('keeps the runtime import of another script as a request for its file', async () => {
    const { body } = (await request('/search.js')) as { body: string };
    expect(body).toContain('/search-facets.js');
  });

  it.each(['/', '/search/', '/site.ts', '/constructor', '/toString', '/__proto__', '/pagefind/pagefind.js'])(
    'passes %s on to Astro',
    async (url) => {
      expect(await request(url)).toBe('next');
    },
  );
});
