/**
 * The content check's store of file facts between builds: what each file's front matter and body
 * say for the checks (src/lib/check/index.ts, `FileFacts`), by a digest of the file's text.
 * Parsing the YAML and MDX of every file is most of the check's time on a large corpus; a rebuild parses only the
 * files that changed, and the corpus-wide rules (references, links, anchors) run on the facts.
 * Kept in the build's private cache folder (`.astro/cybercbm/<fingerprint>/facts.bin`,
 * src/build/fingerprint.ts), so that any change of code starts afresh. A missing or unreadable
 * store is an empty one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { fileFacts, type FileFacts } from '../lib/check/index.ts';

export interface FileFactsStore {
  /** A file's facts: stored ones for a text seen before, else read now. */
  facts(text: string): FileFacts;
  /** How many files were read from the store and how many were read afresh since it was opened. */
  readonly counts: { stored: number; read: number };
  /** Writes the facts of the files seen since the store was opened (and no others) for the next build. */
  save(): void;
}

/** Opens the store kept in `dir` (the build's private cache folder). */
export function fileFactsStore(dir: string): FileFactsStore {
  const file = join(dir, 'facts.bin');
  let stored = new Map<string, FileFacts>();
  try {
    stored = deserialize(readFileSync(file)) as Map<string, FileFacts>;
  } catch {
    // No store yet, or one this Node cannot read: start empty.
  }
  const seen = new Map<string, FileFacts>();
  const counts = { stored: 0, read: 0 };
  return {
    counts,
    facts(text) {
      const key = createHash('sha256').update(text).digest('base64url');
      const known = seen.get(key);
      if (known) return known;
      let facts = stored.get(key);
      if (facts) counts.stored++;
      else {
        facts = fileFacts(text);
        counts.read++;
      }
      seen.set(key, facts);
      return facts;
    },
    save() {
      mkdirSync(dir, { recursive: true });
      const aside = `${file}.${process.pid}`;
      writeFileSync(aside, serialize(seen));
      renameSync(aside, file);
    },
  };
}
