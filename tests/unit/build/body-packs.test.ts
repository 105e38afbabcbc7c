import { existsSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
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
} from '../../../src/build/body-packs.ts';

const dir = mkdtempSync(join(tmpdir(), 'body-cache-'));
const cache = pathToFileURL(`${dir}/`);
const root = pathToFileURL('/repo/');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A body as the entry page gets it: through the metadata the store keeps. */
const roundTrip = (metadata: Record<string, unknown>) => readBody(storedBody({ metadata })!);

describe('rendered bodies in packs beside the data store', () => {
  it('keeps a folder per project, code fingerprint, mode and collection', () => {
    const events = bodyDir(cache, root, 'code1', 'build', 'events');
    expect(events.startsWith(join(dir, 'cybercbm-bodies/'))).toBe(true);
    expect(events).toMatch(/\/[0-9a-f]{12}\/code1\/build\/events\/$/);
    expect(bodyDir(cache, root, 'code1', 'dev', 'events')).not.toBe(events);
    expect(bodyDir(cache, pathToFileURL('/copy/'), 'code1', 'build', 'events')).not.toBe(events);
  });

  it('appends each body to one pack and reads each back by its byte range, whatever its script', () => {
    const where = bodyDir(cache, root, 'code1', 'build', 'cbms');
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

  it('writes no pack, and makes no folder, when nothing was rendered', () => {
    const where = bodyDir(cache, root, 'code1', 'build', 'empty');
    packWriter(where).close();
    expect(existsSync(where)).toBe(false);
  });

  it('makes its folder again if it was deleted while the loader rendered', () => {
    const where = bodyDir(cache, root, 'code1', 'build', 'deleted');
    const pack = packWriter(where);
    rmSync(where, { recursive: true, force: true });
    const ref = pack.add('<p>still here</p>');
    pack.close();
    expect(roundTrip(bodyMetadata(ref, []))).toBe('<p>still here</p>');
  });

  it('tells an entry rendered by MDX (no pack) from one the loader rendered', () => {
    expect(storedBody(undefined)).toBeUndefined();
    expect(storedBody({ metadata: { headings: [] } })).toBeUndefined();
    // An entry stored by the old one-file-per-body cache is not trusted either.
    expect(storedBody({ metadata: { headings: [], bodyFile: '/x/08.abc.html' } })).toBeUndefined();
  });

  it('sweeps packs no entry points to once they are ten minutes old, unfinished ones too', () => {
    const where = bodyDir(cache, root, 'code1', 'build', 'events');
    const older = packWriter(where);
    const gone = older.add('<p>an earlier version</p>');
    older.close();
    const current = packWriter(where);
    const kept = current.add('<p>the current version</p>');
    current.close();
    writeFileSync(join(where, 'writing.html.tmp'), '<p>half');
    const names = () => readdirSync(where).sort();
    // Just written: it may be another process's (an astro sync beside a build), so it stays.
    sweepBodies(where, [kept.pack]);
    expect(names()).toEqual(
      [gone.pack, kept.pack, join(where, 'writing.html.tmp')].map((f) => f.split('/').at(-1)).sort(),
    );
    // Eleven minutes later.
    sweepBodies(where, [kept.pack], Date.now() + 11 * 60 * 1000);
    expect(names()).toEqual([kept.pack.split('/').at(-1)]);
    expect(hasPack(gone.pack)).toBe(false);
    expect(roundTrip(bodyMetadata(kept, []))).toBe('<p>the current version</p>');
  });

  it('names the fix when a pack is missing or cut short', () => {
    const where = bodyDir(cache, root, 'code1', 'build', 'documents');
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
      /is missing \(under `astro dev`, a reload shows the body rendered since\); delete \.astro\/ and node_modules\/\.astro\//,
    );
  });
});
