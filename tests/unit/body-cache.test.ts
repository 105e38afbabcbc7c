import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyFile, readBody, storedBody, sweepBodies, writeBody } from '../../src/site/body-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'body-cache-'));
const cache = pathToFileURL(`${dir}/`);
const root = pathToFileURL('/repo/');
const project = bodyFile(cache, root, 'build', 'c', 'i', 'd').split('/').at(-3)!;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rendered bodies beside the data store', () => {
  it('keeps one file per entry and digest, read back through what the store holds', async () => {
    const file = bodyFile(cache, root, 'build', 'cbms', '08', 'abc');
    expect(file).toBe(join(dir, `cybercbm-bodies/${project}/cbms/08.abc.html`));
    await writeBody(file, '<p>Contact points.</p>');
    const stored = storedBody({ metadata: { bodyFile: file, headings: [{ depth: 2, slug: 'aim', text: 'Aim' }] } });
    expect(stored?.headings.map((h) => h.slug)).toEqual(['aim']);
    expect(readBody(stored!)).toBe('<p>Contact points.</p>');
  });

  it('tells an entry rendered by MDX (no body file) from one the loader rendered', () => {
    expect(storedBody(undefined)).toBeUndefined();
    expect(storedBody({ metadata: { headings: [] } })).toBeUndefined();
  });

  it('sweeps earlier versions and deleted entries, and names the fix when a file is missing', async () => {
    const keep = bodyFile(cache, root, 'build', 'events', 'a', 'new');
    await writeBody(keep, 'new');
    await writeBody(bodyFile(cache, root, 'build', 'events', 'a', 'old'), 'old');
    await writeBody(bodyFile(cache, root, 'build', 'events', 'gone', 'x'), 'gone');
    sweepBodies(cache, root, 'build', 'events', [keep]);
    expect(readdirSync(join(dir, `cybercbm-bodies/${project}/events`))).toEqual(['a.new.html']);
    expect(() => readBody({ bodyFile: join(dir, 'nope.html'), headings: [] })).toThrow(
      /delete \.astro\/ and node_modules\/\.astro\//,
    );
  });
});
