/**
 * The content loader's cache of rendered bodies, run against Astro's own data store (whose `set`
 * ignores an entry whose digest it already has): a body is rendered once, kept while its pack is
 * there, and rendered and stored again when its pack has gone.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
// Not exported by Astro: its semantics are what the loader has to live with, so the test uses them.
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { corpusLoader } from '../../../src/build/corpus-loader.ts';
import { hasPack, readBody, storedBody } from '../../../src/build/body-packs.ts';

const repo = new URL('../../../', import.meta.url);
const root = mkdtempSync(join(tmpdir(), 'corpus-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
// The code the digest fingerprints, and the packages whose versions it reads.
for (const path of ['src', 'node_modules', 'astro.config.mjs']) symlinkSync(new URL(path, repo), join(root, path));
mkdirSync(join(root, 'content/events'), { recursive: true });
const write = (id: string, body: string) =>
  writeFileSync(join(root, `content/events/${id}.mdx`), `---\ntitle: ${id}\n---\n\n${body}\n`);
write('a', 'First body, with Zürich and Київ.');
write('b', 'Second body.');

const store = new MutableDataStore();
let renders = 0;
const ctx = {
  collection: 'events',
  config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
  store: store.scopedStore('events'),
  meta: new Map<string, string>(),
  generateDigest: (text: string) => String(text.length) + text.slice(0, 200),
  parseData: async ({ data }: { data: Record<string, unknown> }) => data,
  renderMarkdown: async (markdown: string) => {
    renders++;
    return { html: `<p>${markdown.trim()}</p>`, metadata: { headings: [] } };
  },
} as unknown as LoaderContext;
const load = () => corpusLoader('events').load(ctx);
const bodyOf = (id: string) => readBody(storedBody(ctx.store.get(id)?.rendered)!);
const packOf = (id: string) => storedBody(ctx.store.get(id)?.rendered)!.body.pack;

describe('the content loader and its packs of rendered bodies', () => {
  it('renders every body once into one pack, and reads each back', async () => {
    await load();
    expect(renders).toBe(2);
    expect(packOf('a')).toBe(packOf('b'));
    expect(bodyOf('a')).toBe('<p>First body, with Zürich and Київ.</p>');
    expect(bodyOf('b')).toBe('<p>Second body.</p>');
  });

  it('renders nothing again when nothing changed', async () => {
    const pack = packOf('a');
    await load();
    expect(renders).toBe(2);
    expect(packOf('a')).toBe(pack);
  });

  it('renders a changed body into a new pack and keeps the other where it was', async () => {
    const pack = packOf('b');
    write('a', 'First body, changed.');
    await load();
    expect(renders).toBe(3);
    expect(packOf('a')).not.toBe(pack);
    expect(packOf('b')).toBe(pack);
    expect(bodyOf('a')).toBe('<p>First body, changed.</p>');
  });

  it('renders and stores again a body whose pack has gone, although its digest is the same', async () => {
    rmSync(packOf('b'));
    await load();
    expect(renders).toBe(4); // b alone: a moved to a pack of its own when it changed
    expect(hasPack(packOf('a')) && hasPack(packOf('b'))).toBe(true);
    expect(bodyOf('b')).toBe('<p>Second body.</p>');
    // A second load trusts the new place.
    await load();
    expect(renders).toBe(4);
  });

  it('keeps what it rendered before an entry failed, and leaves no unfinished pack', async () => {
    write('a', 'First body, changed again.');
    write('c', 'Third body.');
    const failing = {
      ...ctx,
      renderMarkdown: async (markdown: string) => {
        if (markdown.includes('Third')) throw new Error('c cannot be rendered');
        return { html: `<p>${markdown.trim()}</p>`, metadata: { headings: [] } };
      },
    } as unknown as LoaderContext;
    await expect(corpusLoader('events').load(failing)).rejects.toThrow('c cannot be rendered');
    expect(bodyOf('a')).toBe('<p>First body, changed again.</p>');
    expect(ctx.store.get('c')).toBeUndefined();
    const folder = packOf('a').replace(/[^/]+$/, '');
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the translations loader', () => {
  it('loads nothing, and fails nothing, in a project that has no translations', async () => {
    const tctx = {
      ...ctx,
      collection: 'translations',
      store: store.scopedStore('translations'),
      meta: new Map<string, string>(),
    } as unknown as LoaderContext;
    await corpusLoader('translations', { deep: true }).load(tctx);
    expect([...tctx.store.keys()]).toEqual([]);
  });
});
