/**
 * The content check's store of front-matter facts between builds: what each file's YAML says
 * (src/lib/check/frontmatter.ts, `FrontmatterFacts`), by a digest of the file's text. Reading the
 * YAML of 10,000 files is about 0.9 s of the check's 2.3 s; a rebuild reads only the files that
 * changed. Kept in `.astro/` (cleared with Astro's own cache), under a name that carries the
 * fingerprint of the code that makes the facts, so a change to the reader or to `yaml` starts
 * afresh. A missing or unreadable store is an empty one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { frontmatterFacts, type FrontmatterFacts } from '../lib/check/frontmatter.ts';
import { codeFingerprint } from './code-fingerprint.ts';

const PREFIX = 'cybercbm-frontmatter-';

export interface FrontmatterStore {
  /** The facts of a file's front matter: stored ones for a text seen before, else read now. */
  facts(text: string): FrontmatterFacts;
  /** How many files were read from the store and how many were read afresh since it was opened. */
  readonly counts: { stored: number; read: number };
  /** Writes the facts of the files seen since the store was opened (and no others) for the next build. */
  save(): void;
}

/** Opens the store of the project in `root` (kept in its `.astro/`, or in `dir`). */
export function frontmatterStore(root: string, dir = join(root, '.astro')): FrontmatterStore {
  const code = codeFingerprint(root, ['src/lib/check/frontmatter.ts'], ['yaml']);
  const file = join(dir, `${PREFIX}${code}.bin`);
  let stored = new Map<string, FrontmatterFacts>();
  try {
    stored = deserialize(readFileSync(file)) as Map<string, FrontmatterFacts>;
  } catch {
    // No store yet, or one this Node cannot read: start empty.
  }
  const seen = new Map<string, FrontmatterFacts>();
  const counts = { stored: 0, read: 0 };
  return {
    counts,
    facts(text) {
      const key = createHash('sha256').update(text).digest('base64url');
      let facts = seen.get(key) ?? stored.get(key);
      if (facts) counts.stored++;
      else {
        facts = frontmatterFacts(text);
        counts.read++;
      }
      seen.set(key, facts);
      return facts;
    },
    save() {
      mkdirSync(dir, { recursive: true });
      // Stores made by other code are of no use any more.
      for (const name of readdirSync(dir))
        if (name.startsWith(PREFIX) && name !== `${PREFIX}${code}.bin`) rmSync(join(dir, name), { force: true });
      const aside = `${file}.${process.pid}`;
      writeFileSync(aside, serialize(seen));
      renameSync(aside, file);
    },
  };
}
