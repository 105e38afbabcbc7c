/**
 * Rendered entry bodies kept beside Astro's data store, one HTML file per entry and digest, in
 * Astro's cache folder (`node_modules/.astro/`, which no file watcher looks at), under a folder
 * named after the project's path: copies of the project that share `node_modules` (tests, the
 * benchmark) keep their bodies apart. A body file that has gone is rendered again (the loader
 * looks before it trusts its digest).
 *
 * Why: Astro bundles its whole data store into the build as one string. With every body's HTML
 * in it, the store of 10,000 entries is 59 MB, and Vite spends seconds and gigabytes on that one
 * module; without the HTML it is a quarter of that. The content loader writes each body here when
 * it renders it and stores the file's path with the entry's headings
 * (`rendered.metadata.bodyFile`); the entry page reads the file when it renders.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarkdownHeading } from 'astro';

/**
 * Where the body of `collection/id` of the project at `root`, rendered from the source with this
 * digest, lives; `mode` keeps `astro dev`'s bodies apart from `astro build`'s (their stores differ,
 * and each sweeps what its own store does not name).
 */
export function bodyFile(
  cacheDir: URL,
  root: URL,
  mode: string,
  collection: string,
  id: string,
  digest: string,
): string {
  const project = createHash('sha256').update(root.href).digest('hex').slice(0, 12);
  return fileURLToPath(new URL(`cybercbm-bodies/${project}-${mode}/${collection}/${id}.${digest}.html`, cacheDir));
}

/** Folders made by this process: one `mkdir` per collection, not one per body. */
const made = new Set<string>();

/**
 * Writes a body; the write runs in the background (libuv's threads) while the loader renders the
 * next body: one synchronous write after another cost a third of a second per 1,000 bodies on the
 * main thread. Await the returned promise before the body is read. The file appears whole or not
 * at all (written aside, then renamed), so a build stopped half-way leaves no cut-off body behind.
 */
export async function writeBody(file: string, html: string): Promise<void> {
  const dir = dirname(file);
  if (!made.has(dir)) mkdirSync(dir, { recursive: true });
  made.add(dir);
  const aside = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(aside, html);
  } catch (error) {
    // The cache folder was deleted while this process ran (`astro dev`): make it again.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dir, { recursive: true });
    await writeFile(aside, html);
  }
  await rename(aside, file);
}

export function hasBodyFile(file: string): boolean {
  return existsSync(file);
}

/** Deletes every body file of `collection` but the ones in `keep` (earlier versions, deleted entries). */
export function sweepBodies(
  cacheDir: URL,
  root: URL,
  mode: string,
  collection: string,
  keep: readonly (string | undefined)[],
): void {
  const dir = dirname(bodyFile(cacheDir, root, mode, collection, 'x', 'x'));
  const kept = new Set(keep);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (!kept.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}

/** What the loader stores of a rendered body: no HTML, its headings and the file that holds it. */
export interface StoredBody {
  bodyFile: string;
  headings: MarkdownHeading[];
}

/** The stored body of an entry the loader rendered, or undefined (an entry that went through MDX). */
export function storedBody(rendered: { metadata?: Record<string, unknown> } | undefined): StoredBody | undefined {
  const file = rendered?.metadata?.['bodyFile'];
  if (typeof file !== 'string') return undefined;
  return { bodyFile: file, headings: (rendered?.metadata?.['headings'] as MarkdownHeading[] | undefined) ?? [] };
}

/** The HTML of a stored body. A missing file is a broken cache: say how to mend it. */
export function readBody(body: StoredBody): string {
  try {
    return readFileSync(body.bodyFile, 'utf8');
  } catch {
    throw new Error(
      `The rendered body ${body.bodyFile} is missing; delete .astro/ and node_modules/.astro/ and build again.`,
    );
  }
}
