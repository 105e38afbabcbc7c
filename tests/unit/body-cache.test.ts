import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyFile, readBody, storedBody, sweepBodies, writeBody } from '../../src/site/body-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'body-cache-'));
const root = pathToFileURL(`${dir}/`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rendered bodies beside the data store', () => {
  it('keeps one file per entry and digest, read back through what the store holds', () => {
    const file = bodyFile(root, 'cbms', '08', 'abc');
    expect(file).toBe(join(dir, '.astro/cybercbm-bodies/cbms/08.abc.html'));
    writeBody(file, '<p>Contact points.</p>');
    const stored = storedBody({ metadata: { bodyFile: file, headings: [{ depth: 2, slug: 'aim', text: 'Aim' }] } });
    expect(stored?.headings.map((h) => h.slug)).toEqual(['aim']);
    expect(readBody(stored!)).toBe('<p>Contact points.</p>');
  });

  it('tells an entry rendered by MDX (no body file) from one the loader rendered', () => {
    expect(storedBody(undefined)).toBeUndefined();
    expect(storedBody({ metadata: { headings: [] } })).toBeUndefined();
  });

  it('sweeps earlier versions and deleted entries, and names the fix when a file is missing', () => {
    const keep = bodyFile(root, 'events', 'a', 'new');
    writeBody(keep, 'new');
    writeBody(bodyFile(root, 'events', 'a', 'old'), 'old');
    writeBody(bodyFile(root, 'events', 'gone', 'x'), 'gone');
    sweepBodies(root, 'events', [keep]);
    expect(readdirSync(join(dir, '.astro/cybercbm-bodies/events'))).toEqual(['a.new.html']);
    expect(() => readBody({ bodyFile: join(dir, 'nope.html'), headings: [] })).toThrow(
      /delete \.astro\/ and node_modules\/\.astro\//,
    );
  });
});
