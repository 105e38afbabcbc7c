import { mkdtempSync, readdirSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bodyDir,
  bodyMetadata,
  hasPack,
  packWriter,
  readBody,
  storedBody,
  sweepBodies,
} from '../../src/site/body-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'body-cache-'));
const cache = pathToFileURL(`${dir}/`);
const root = pathToFileURL('/repo/');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A body as the entry page gets it: through the metadata the store keeps. */
const roundTrip = (metadata: Record<string, unknown>) => readBody(storedBody({ metadata })!);

describe('rendered bodies in packs beside the data store', () => {
  it('keeps a folder per project, mode and collection', () => {
    const events = bodyDir(cache, root, 'build', 'events');
    expect(events.startsWith(join(dir, 'cybercbm-bodies/'))).toBe(true);
    expect(events).toMatch(/\/[0-9a-f]{12}-build\/events\/$/);
    expect(bodyDir(cache, root, 'dev', 'events')).not.toBe(events);
    expect(bodyDir(cache, pathToFileURL('/copy/'), 'build', 'events')).not.toBe(events);
  });

  it('appends each body to one pack and reads each back by its byte range, whatever its script', () => {
    const where = bodyDir(cache, root, 'build', 'cbms');
    const pack = packWriter(where);
    const bodies = [
      '<p>Contact points.</p>',
      '<p>Zürich, Київ, 東京: «quotes» — and an emoji 🛰️.</p>',
      '',
      '<p>Last.</p>',
    ];
    const refs = bodies.map((html) => pack.add(html));
    // Nothing is in place before the pack is closed.
    expect(hasPack(refs[0]!.pack)).toBe(false);
    pack.close();
    expect(readdirSync(where)).toEqual([refs[0]!.pack.split('/').at(-1)]);
    expect(new Set(refs.map((r) => r.pack)).size).toBe(1);
    expect(refs[2]).toMatchObject({ length: 0 });
    expect(refs[1]!.length).toBeGreaterThan(bodies[1]!.length); // bytes, not UTF-16 units
    const headings = [{ depth: 2, slug: 'aim', text: 'Aim' }];
    expect(storedBody({ metadata: bodyMetadata(refs[1]!, headings) })?.headings).toEqual(headings);
    expect(bodies.map((_, i) => roundTrip(bodyMetadata(refs[i]!, [])))).toEqual(bodies);
  });

  it('writes no pack when nothing was rendered', () => {
    const where = bodyDir(cache, root, 'build', 'empty');
    packWriter(where).close();
    expect(readdirSync(where)).toEqual([]);
  });

  it('tells an entry rendered by MDX (no pack) from one the loader rendered', () => {
    expect(storedBody(undefined)).toBeUndefined();
    expect(storedBody({ metadata: { headings: [] } })).toBeUndefined();
    // An entry stored by the old one-file-per-body cache is not trusted either.
    expect(storedBody({ metadata: { headings: [], bodyFile: '/x/08.abc.html' } })).toBeUndefined();
  });

  it('sweeps packs no entry points to, and leaves a pack another load is still writing', () => {
    const where = bodyDir(cache, root, 'build', 'events');
    const older = packWriter(where);
    const gone = older.add('<p>an earlier version</p>');
    older.close();
    const current = packWriter(where);
    const kept = current.add('<p>the current version</p>');
    current.close();
    writeFileSync(join(where, 'writing.html.tmp'), '<p>half');
    writeFileSync(join(where, 'stopped.html.tmp'), '<p>half');
    const twoHoursAgo = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
    utimesSync(join(where, 'stopped.html.tmp'), twoHoursAgo, twoHoursAgo);
    sweepBodies(where, [kept.pack]);
    expect(readdirSync(where).sort()).toEqual([kept.pack.split('/').at(-1), 'writing.html.tmp'].sort());
    expect(hasPack(gone.pack)).toBe(false);
    expect(roundTrip(bodyMetadata(kept, []))).toBe('<p>the current version</p>');
  });

  it('names the fix when a pack is missing or cut short', () => {
    const where = bodyDir(cache, root, 'build', 'documents');
    const pack = packWriter(where);
    pack.add('<p>first</p>');
    const second = pack.add('<p>second</p>');
    pack.close();
    truncateSync(second.pack, second.offset + 3);
    expect(() => roundTrip(bodyMetadata(second, []))).toThrow(
      /is cut short; delete \.astro\/ and node_modules\/\.astro\//,
    );
    rmSync(second.pack);
    expect(() => roundTrip(bodyMetadata(second, []))).toThrow(
      /is missing; delete \.astro\/ and node_modules\/\.astro\//,
    );
  });
});
