/**
 * Rendered entry bodies kept beside Astro's data store, in Astro's cache folder
 * (`node_modules/.astro/`, which no file watcher looks at), under a folder named after the
 * project's path: copies of the project that share `node_modules` (tests, the benchmark) keep
 * their bodies apart.
 *
 * Why beside the store: Astro bundles its whole data store into the build as one string. With
 * every body's HTML in it, the store of a large corpus is several times larger, and Vite spends
 * seconds and gigabytes on that one module (BENCHMARKS.md).
 *
 * Why packs: each time the loader renders bodies (a build, or a file saved under `astro dev`) it
 * appends them to one new pack file per collection, and the store keeps, with each entry's
 * headings, where its body is in which pack (`rendered.metadata.bodyPack`, `bodyOffset` and
 * `bodyLength`, in bytes); the entry page reads that slice when it renders. One file per body was
 * a file created per entry, and creating many files right after a clean is slow, far slower than
 * appending the same bodies to one file (BENCHMARKS.md). A pack no entry points to any longer is deleted by a
 * later load, once it is ten minutes old; an entry whose pack has gone is rendered again (the
 * loader looks before it trusts its digest) and stored with its new place.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarkdownHeading } from 'astro';
import { cacheFolder, removeOldLayout } from './fingerprint.ts';

/**
 * The folder of the packs of `collection` of the project at `root`, built by the code of
 * `fingerprint` (src/build/fingerprint.ts: other fingerprints' folders of this project go);
 * `mode` keeps `astro dev`'s bodies apart from `astro build`'s (their stores differ, and each
 * sweeps what its own store does not name).
 */
export function bodyDir(cacheDir: URL, root: URL, fingerprint: string, mode: string, collection: string): string {
  const project = createHash('sha256').update(root.href).digest('hex').slice(0, 12);
  const bodies = fileURLToPath(new URL('cybercbm-bodies/', cacheDir));
  // Before the fingerprint: cybercbm-bodies/<project>-<mode>/.
  removeOldLayout(bodies, (name) => name.startsWith(`${project}-`));
  const code = cacheFolder(join(bodies, project), fingerprint);
  return join(code, mode, collection) + sep;
}

/** Where one body is: a pack file and a byte range in it. */
export interface BodyRef {
  pack: string;
  offset: number;
  length: number;
}

let packs = 0;

/**
 * A new pack in `dir`: bodies are appended as they are rendered, into a file aside that `close()`
 * renames into place, so a pack appears whole or not at all (a load stopped half-way leaves no
 * cut-off pack behind, and no entry points to one before it is closed).
 */
export function packWriter(dir: string) {
  const pack = join(dir, `${Date.now().toString(36)}-${process.pid}-${++packs}.html`);
  const aside = `${pack}.tmp`;
  let fd: number | undefined;
  let offset = 0;
  const failed = (what: string, error: unknown) =>
    new Error(`The rendered bodies could not be ${what} ${aside}: ${(error as Error).message}`);
  return {
    /** Appends a body; where it will be once the pack is closed. */
    add(html: string): BodyRef {
      const bytes = Buffer.from(html, 'utf8');
      try {
        if (fd === undefined) {
          // Made here rather than up front: the folder may have been deleted while the loader rendered.
          mkdirSync(dir, { recursive: true });
          fd = openSync(aside, 'w');
        }
        for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
      } catch (error) {
        throw failed('written to', error);
      }
      const ref = { pack, offset, length: bytes.length };
      offset += bytes.length;
      return ref;
    },
    /** Puts the pack in place (nothing, if no body was added). */
    close(): void {
      if (fd === undefined) return;
      try {
        closeSync(fd);
        fd = undefined;
        renameSync(aside, pack);
      } catch (error) {
        throw failed('moved into place from', error);
      }
    },
  };
}

/** The metadata the loader stores for a body. */
export function bodyMetadata(ref: BodyRef, headings: MarkdownHeading[]): Record<string, unknown> {
  return { headings, bodyPack: ref.pack, bodyOffset: ref.offset, bodyLength: ref.length };
}

/** What the loader stored of a rendered body: no HTML, its headings and where it is. */
export interface StoredBody {
  body: BodyRef;
  headings: MarkdownHeading[];
}

/** The stored body of an entry the loader rendered, or undefined (an entry that went through MDX). */
export function storedBody(rendered: { metadata?: Record<string, unknown> } | undefined): StoredBody | undefined {
  const m = rendered?.metadata;
  const [pack, offset, length] = [m?.['bodyPack'], m?.['bodyOffset'], m?.['bodyLength']];
  if (typeof pack !== 'string' || typeof offset !== 'number' || typeof length !== 'number') return undefined;
  return { body: { pack, offset, length }, headings: (m?.['headings'] as MarkdownHeading[] | undefined) ?? [] };
}

export function hasPack(pack: string): boolean {
  return existsSync(pack);
}

/** The HTML of a stored body. A missing or short pack is a broken cache: say how to mend it. */
export function readBody({ body }: StoredBody): string {
  const broken = (why: string) =>
    new Error(
      `The rendered body at ${body.pack} (bytes ${body.offset}–${body.offset + body.length}) ${why}; delete .astro/ and node_modules/.astro/ and build again.`,
    );
  let fd: number;
  try {
    fd = openSync(body.pack, 'r');
  } catch {
    throw broken('is missing (under `astro dev`, a reload shows the body rendered since)');
  }
  try {
    const bytes = Buffer.alloc(body.length);
    const read = readSync(fd, bytes, 0, body.length, body.offset);
    if (read !== body.length) throw broken('is cut short');
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * A pack no entry of this load points to may be another process's, just written (an `astro sync`
 * beside an `astro build` of the same project, each with its own store): only packs and
 * unfinished packs older than this are deleted.
 */
const GRACE_MS = 10 * 60 * 1000;

/**
 * Deletes every pack in `dir` that no entry points to (earlier versions, deleted entries) and
 * every unfinished one, once it is older than GRACE_MS.
 */
export function sweepBodies(dir: string, keep: Iterable<string>, now = Date.now()): void {
  const kept = new Set(keep);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = join(dir, name);
    if (kept.has(file)) continue;
    try {
      if (now - statSync(file).mtimeMs < GRACE_MS) continue;
    } catch {
      continue;
    }
    rmSync(file, { force: true });
  }
}
