/**
 * The content loader for every collection. Astro's glob() loader hands each .mdx file to the MDX
 * integration, which compiles it into its own JavaScript module during the build: a module per entry,
 * far slower and larger at scale (BENCHMARKS.md). Our entries are
 * Markdown in .mdx files (the content lint allows no JSX, expressions or imports except content
 * components), so this loader renders a plain file once, at content sync, with the project's own
 * Markdown processor (Sätteri with the site's plugins: src/lib/markdown/pipeline.ts) and caches it by digest, as Astro does
 * for .md files, keeping the HTML in a pack file beside the data store (src/build/body-packs.ts). A file that really uses MDX (an allow-listed content component) still goes
 * through glob() and the MDX integration, unchanged.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { bodyOf, parseMdx } from '../lib/markdown/parse.ts';
import { glossaryFingerprint } from '../adapter/glossary-terms.ts';
import { buildFingerprint } from './fingerprint.ts';
import { bodyDir, bodyMetadata, hasPack, packWriter, storedBody, sweepBodies } from './body-packs.ts';

const MDX_NODES = new Set([
  'mdxjsEsm',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** Whether a body needs the MDX compiler: it has imports, JSX or expressions. */
export function needsMdx(body: string): boolean {
  if (!/^\s*(import|export)\s|<[A-Za-z]|\{/m.test(body)) return false;
  const { tree, error } = parseMdx(body);
  if (error || !tree) return true; // let MDX report its own error
  const stack: { type: string; children?: unknown[] }[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (MDX_NODES.has(node.type)) return true;
    if (node.children) stack.push(...(node.children as { type: string }[]));
  }
  return false;
}

/**
 * When Astro's schema rejects an entry, the content check (running beside the sync) has found the
 * same mistake and says it better: file, line, field, expected value, did-you-mean. The module
 * `virtual:cybercbm/content-verdict` loads once the check is done and hands its report
 * (src/build/check-gate.ts); only if the check passed does Astro's own error follow.
 */
async function explain(error: unknown): Promise<never> {
  const { failure } = await import('virtual:cybercbm/content-verdict');
  if (failure) throw new Error(failure);
  throw error;
}

/**
 * The .mdx files under `dir`, as paths relative to it; below it too when `deep` (translations:
 * `ru/cbms/08.mdx`). A project may have no translations at all: a missing folder of them is none.
 */
function mdxFiles(dir: URL, deep: boolean): string[] {
  if (deep && !existsSync(dir)) return [];
  const names = readdirSync(dir, deep ? { recursive: true } : {}).map(String);
  return names.filter((f) => f.endsWith('.mdx') && !f.split('/').some((p) => p.startsWith('.'))).sort();
}

/**
 * The loader of one collection, `content/<collection>/*.mdx`; or of the translations,
 * `content/translations/<lang>/<collection>/<id>.mdx` (`deep`: their ids are `ru/cbms/08`).
 */
export function corpusLoader(collection: string, { deep = false }: { deep?: boolean } = {}): Loader {
  const base = `./content/${collection}`;
  const load = async (ctx: LoaderContext) => {
    const dir = new URL(`${base}/`, ctx.config.root);
    const files = mdxFiles(dir, deep);
    const plain: { id: string; file: string; text: string }[] = [];
    const rich: string[] = [];
    for (const file of files) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      if (needsMdx(bodyOf(text))) rich.push(file);
      else plain.push({ id: file.slice(0, -'.mdx'.length), file, text });
    }
    // glob() forgets every entry it did not touch, so it runs first and the plain files follow;
    // what the store held of them before is kept aside, so an unchanged one is not rendered again.
    const previous = new Map(plain.map(({ id }) => [id, ctx.store.get(id)]));
    // glob() keeps an entry whose file is unchanged, whatever the code that parsed it: when the
    // build fingerprint changed since the last load, its entries go first, so they are parsed anew.
    const code = buildFingerprint(fileURLToPath(ctx.config.root));
    if (ctx.meta.get('fingerprint') !== code) for (const file of rich) ctx.store.delete(file.slice(0, -'.mdx'.length));
    if (rich.length) await glob({ pattern: rich, base }).load(ctx).catch(explain);
    ctx.meta.set('fingerprint', code);
    const keep = new Set([...rich.map((f) => f.slice(0, -'.mdx'.length))]);
    // Bodies link to the glossary (src/lib/markdown/glossary-links.ts): a changed glossary renders them again.
    const glossary = glossaryFingerprint(fileURLToPath(ctx.config.root));
    // The build fingerprint (src/build/fingerprint.ts) is part of each digest: Astro keeps an entry
    // whose digest it already has, so a change of the code that renders or validates bodies must
    // show. It also names the folder of the packs; `astro dev` and `astro build` keep separate
    // stores, so their packs are kept apart too.
    const where = bodyDir(ctx.config.cacheDir, ctx.config.root, code, ctx.watcher ? 'dev' : 'build', collection);
    // Whether each pack the store points to is still there, asked once per pack.
    const present = new Map<string, boolean>();
    const packed = (pack: string) => present.get(pack) ?? present.set(pack, hasPack(pack)).get(pack)!;
    // The bodies rendered now go to one new pack; their entries are stored once it is in place,
    // also when a later entry fails (what was rendered is kept, as it was one file at a time).
    const pack = packWriter(where);
    const rendered: Parameters<LoaderContext['store']['set']>[0][] = [];
    try {
      for (const { id, file, text } of plain) {
        keep.add(id);
        const digest = ctx.generateDigest(`${text}${glossary}${where}${code}`);
        const stored = previous.get(id);
        const body = storedBody(stored?.rendered)?.body;
        if (stored?.digest === digest && body && packed(body.pack)) {
          if (!ctx.store.has(id)) ctx.store.set(stored);
          continue;
        }
        const { frontmatter, content } = parseFrontmatter(text);
        const filePath = `content/${collection}/${file}`;
        const data = await ctx.parseData({ id, data: frontmatter, filePath }).catch(explain);
        const { html, metadata } = await ctx.renderMarkdown(content, { fileURL: new URL(file, dir) });
        // The HTML goes to the pack (src/build/body-packs.ts); the store keeps its headings and where
        // it is, and no `body`: the Markdown source would only make the store Astro bundles larger.
        const ref = pack.add(html);
        rendered.push({
          id,
          data,
          filePath,
          digest,
          rendered: { html: '', metadata: bodyMetadata(ref, metadata?.headings ?? []) },
        });
      }
    } finally {
      pack.close();
      for (const entry of rendered) {
        // Astro ignores `set` for a digest it already has: a body rendered again because its pack
        // had gone has the same digest, and its new place must replace the old one. (Only then:
        // each delete also resets three of the store's debounced writers.)
        if (ctx.store.get(entry.id)?.digest === entry.digest) ctx.store.delete(entry.id);
        ctx.store.set(entry);
      }
    }
    for (const id of ctx.store.keys()) if (!keep.has(id)) ctx.store.delete(id);
    // Packs no entry points to any longer (earlier versions, deleted entries) go.
    const inUse = [...ctx.store.values()].flatMap((e) => storedBody(e.rendered)?.body.pack ?? []);
    sweepBodies(where, inUse);
  };
  return {
    name: 'cybercbm-corpus',
    load: async (ctx) => {
      await load(ctx);
      // In `astro dev`, re-sync the collection when one of its files changes.
      const dir = fileURLToPath(new URL(`${base}/`, ctx.config.root));
      ctx.watcher?.add(dir);
      ctx.watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir)) void load(ctx);
      });
    },
  };
}
